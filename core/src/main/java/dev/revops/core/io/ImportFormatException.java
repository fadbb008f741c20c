package dev.revops.core.io;

import dev.revops.core.InvalidValueException;

/**
 * The input as a whole cannot be imported: it has no header row, a required column is missing,
 * the mapping cannot apply to it. Bad rows never cause this; they are rejected and reported.
 */
public final class ImportFormatException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param field what is wrong, for example {@code "header"}
   * @param value the offending value, for example the header row
   * @param rule the rule, for example {@code "must contain a column for id (one of: Id, ID)"}
   */
  public ImportFormatException(String field, Object value, String rule) {
    super(field, value, rule);
  }
}
