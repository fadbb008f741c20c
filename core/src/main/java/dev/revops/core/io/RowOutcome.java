package dev.revops.core.io;

import java.util.Objects;

/**
 * What an importer tells its report about one piece of its input: a record accepted (made of one
 * or more rows), blank lines skipped, or a row rejected. The one input of {@link ReportAccumulator}.
 */
sealed interface RowOutcome {
  /** One accepted row that is one record: the common case, shared. */
  Accepted ONE_ROW = new Accepted(1);
  /** One blank line, shared. */
  Blank ONE_BLANK_LINE = new Blank(1);

  /**
   * One accepted record made of rows (a deal is one row; a stage history is as many rows as its
   * changes).
   *
   * @param rows the rows, at least 1
   */
  record Accepted(long rows) implements RowOutcome {
    public Accepted {
      if (rows < 1) {
        throw new IllegalArgumentException("rows of an accepted record must be at least 1, was " + rows);
      }
    }
  }

  /**
   * Blank lines skipped.
   *
   * @param lines how many, at least 0
   */
  record Blank(long lines) implements RowOutcome {
    public Blank {
      if (lines < 0) {
        throw new IllegalArgumentException("blank lines must not be negative, was " + lines);
      }
    }
  }

  /**
   * A rejected row (or record), with its problems.
   *
   * @param rejection the rejection
   */
  record Rejected(Rejection rejection) implements RowOutcome {
    public Rejected {
      Objects.requireNonNull(rejection, "rejection");
    }
  }
}
