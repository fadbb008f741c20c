package dev.revops.core.io;

import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an import tells an embedder's log, through SLF4J (logger {@code dev.revops.core.io.import}):
 * one summary line per finished import at INFO, each rejected row at DEBUG, never a line per
 * accepted row. Without an SLF4J provider on the class path nothing is written.
 *
 * <p>Example of the summary: {@code deals.csv: 600 CSV rows of deals read, 589 accepted, 11
 * rejected, 0 blank}.
 */
final class ImportLog {
  private static final Logger LOG = LoggerFactory.getLogger("dev.revops.core.io.import");

  private ImportLog() {}

  /** Logs a rejected row at DEBUG: where it is and why. */
  static void rejected(Rejection rejection) {
    if (LOG.isDebugEnabled()) {
      LOG.debug("rejected {}", rejection);
    }
  }

  /** Logs the summary of a finished import at INFO and returns the report unchanged. */
  static ImportReport finished(ImportReport report) {
    Objects.requireNonNull(report, "report");
    if (LOG.isInfoEnabled()) {
      LOG.info("{}: {} {} rows of {} read, {} accepted, {} rejected, {} blank", report.source().orElse("input"),
          report.rowsRead(), report.format(), report.records(), report.rowsAccepted(), report.rowsRejected(),
          report.blankLinesSkipped());
    }
    return report;
  }
}
