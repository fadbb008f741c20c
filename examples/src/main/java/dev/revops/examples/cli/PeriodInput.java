package dev.revops.examples.cli;

import dev.revops.core.period.FiscalCalendar;
import dev.revops.core.period.PeriodKind;
import picocli.CommandLine.Option;

/** The options that say how close dates are grouped into periods. */
final class PeriodInput {
  @Option(names = "--period", paramLabel = "KIND", defaultValue = "quarter",
      description = "Close periods: month, quarter or fiscal-year (default: ${DEFAULT-VALUE}).")
  String period;

  @Option(names = "--fiscal-year-start", paramLabel = "MONTH", defaultValue = "january",
      description = "First month of the fiscal year (default: ${DEFAULT-VALUE}).")
  String fiscalYearStart;

  PeriodKind kind() {
    return Options.periodKind(period);
  }

  FiscalCalendar calendar() {
    return FiscalCalendar.startingIn(Options.month(fiscalYearStart));
  }
}
