package dev.revops.forecast.calls;

/**
 * The day a deal is credited to the roster on: whose team it counts for when people move.
 *
 * <pre>{@code
 * CallOptions.builder().scope(scope).roster(roster).creditDate(CreditDate.AS_OF).build();
 * }</pre>
 */
public enum CreditDate {
  /** The deal's close date: its closed date if closed, its expected close date if open. */
  CLOSE_DATE,
  /** The scope's as-of date: every deal counts for today's hierarchy (as Salesforce forecasts do). */
  AS_OF
}
