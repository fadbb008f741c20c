package dev.revops.forecast.pipeline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Rounds exact parts to whole minor units so that they add up to their rounded total.
 *
 * <p>The rule (largest remainder, for signed parts): the total is rounded half-even; each part is
 * rounded down (toward negative infinity); the minor units still missing go one each to the parts
 * with the largest discarded fractions, ties to the earlier part. No part moves by a whole unit or
 * more from its exact value.
 */
final class SumRounding {
  private SumRounding() {}

  /**
   * Rounds parts given in minor units.
   *
   * @param exact the exact parts, in minor units (any scale, any sign)
   * @return the rounded parts, in minor units; they sum to the half-even rounding of the exact sum
   */
  static long[] keepingSum(List<BigDecimal> exact) {
    int n = exact.size();
    long[] parts = new long[n];
    BigDecimal[] fractions = new BigDecimal[n];
    BigDecimal total = BigDecimal.ZERO;
    long floors = 0;
    for (int i = 0; i < n; i++) {
      BigDecimal x = exact.get(i);
      total = total.add(x);
      BigDecimal floor = x.setScale(0, RoundingMode.FLOOR);
      parts[i] = floor.longValueExact();
      fractions[i] = x.subtract(floor);
      floors += parts[i];
    }
    long missing = total.setScale(0, RoundingMode.HALF_EVEN).longValueExact() - floors;
    List<Integer> order = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    order.sort((a, b) -> fractions[b].compareTo(fractions[a]));
    for (int k = 0; k < missing; k++) {
      parts[order.get(k)]++;
    }
    return parts;
  }
}
