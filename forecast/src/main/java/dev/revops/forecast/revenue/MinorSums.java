package dev.revops.forecast.revenue;

import dev.revops.core.money.AmountOverflowException;
import java.util.Currency;

/**
 * The sums of the revenue reports, in {@code long} minor units, added exactly: a sum beyond a long is
 * an {@link AmountOverflowException} naming the report, the period and the currency.
 */
final class MinorSums {
  private MinorSums() {}

  /**
   * Adds {@code values} into {@code sums}, place by place.
   *
   * @param report the report: {@code "period close"}
   * @param group what the sums are of: a period, {@code "all periods"}
   */
  static void add(long[] sums, long[] values, String report, String group, Currency currency) {
    try {
      for (int i = 0; i < values.length; i++) {
        sums[i] = Math.addExact(sums[i], values[i]);
      }
    } catch (ArithmeticException e) {
      throw new AmountOverflowException(report, "a sum", group, currency);
    }
  }
}
