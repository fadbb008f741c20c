package dev.revops.core.period;

/**
 * How long a reporting period is.
 */
public enum PeriodKind {
  /** A calendar month, for example {@code 2026-11}. */
  MONTH,
  /** A fiscal quarter: three months from the fiscal year's start, for example {@code 2026-Q4}. */
  QUARTER,
  /** A fiscal year, for example {@code FY2027}. */
  FISCAL_YEAR
}
