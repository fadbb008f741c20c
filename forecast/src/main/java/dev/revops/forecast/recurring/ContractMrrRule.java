package dev.revops.forecast.recurring;

import java.math.MathContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How a contract's recurring obligation becomes a monthly amount: the named normalisation rule
 * {@link ContractMrr} applies.
 */
public enum ContractMrrRule {
  /**
   * The amount allocated to the obligation divided by its term in months, rounded half-even to the
   * minor unit once per stretch. The term in months is the number of whole calendar months from
   * the service's first day (in the scope's zone) to its end, plus the days left over as a share of
   * the month they fall in: 2026-01-15 to 2027-01-15 is 12 months; 2026-01-01 to 2026-02-15 is
   * 1 + 14/28 = 1.5 months. So USD 12,000.00 for a year is USD 1,000.00 a month whatever the
   * year's length.
   */
  TERM_MONTHS;

  /**
   * The term in months between two days.
   *
   * @param start the first day
   * @param end the day after the last
   * @return whole months plus a share of the next; zero when the days are equal
   */
  static BigDecimal months(LocalDate start, LocalDate end) {
    long whole = ChronoUnit.MONTHS.between(start, end);
    LocalDate from = start.plusMonths(whole);
    if (from.isAfter(end)) {
      whole--;
      from = start.plusMonths(whole);
    }
    long rest = ChronoUnit.DAYS.between(from, end);
    long length = ChronoUnit.DAYS.between(from, start.plusMonths(whole + 1));
    return BigDecimal.valueOf(whole).add(BigDecimal.valueOf(rest).divide(BigDecimal.valueOf(length),
        MathContext.DECIMAL128));
  }
}
