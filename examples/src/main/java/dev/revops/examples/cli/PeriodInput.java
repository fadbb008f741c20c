package dev.revops.examples.cli;

import dev.revops.core.period.FiscalCalendar;
import dev.revops.core.period.PeriodKind;
import picocli.CommandLine.Option;

/** The options that say how close dates are grouped into periods. */
final class PeriodInput {
  @Option(names = "--period", paramLabel = "KIND",
      description = "Periods: month, quarter or fiscal-year (default: quarter; month for reconcile, handoffs and retention).")
  String period;

  @Option(names = "--fiscal-year-start", paramLabel = "MONTH", defaultValue = "january",
      description = "First month of the fiscal year (default: ${DEFAULT-VALUE}).")
  String fiscalYearStart;

  PeriodKind kind() {
    return kind("quarter");
  }

  /** The kind given, else the command's default. */
  PeriodKind kind(String fallback) {
    return Options.periodKind(period == null ? fallback : period);
  }

  FiscalCalendar calendar() {
    return FiscalCalendar.startingIn(Options.month(fiscalYearStart));
  }
}
