package dev.revops.examples.sample;

import java.time.YearMonth;
import java.util.Locale;

/**
 * The sample's monthly revenue targets, {@code revenue-targets.csv}: the plan finance sets for
 * recognized revenue, in USD, for the twelve months from the sample's as-of month (2026-10 to
 * 2027-09): USD 300,000 in October, 10,000 more each month to 410,000 in September. They are set
 * beside the projection in the Wednesday review's revenue view. Deterministic: fixed rows.
 */
final class SampleRevenueTargets {
  private SampleRevenueTargets() {}

  /** The CSV: {@code period,amount,currency}, one row per month. */
  static String csv() {
    StringBuilder b = new StringBuilder("period,amount,currency\n");
    YearMonth m = YearMonth.from(SampleGenerator.AS_OF);
    for (int k = 0; k < 12; k++) {
      b.append(String.format(Locale.ROOT, "%s,%d,USD\n", m.plusMonths(k), 300_000 + 10_000 * k));
    }
    return b.toString();
  }
}
