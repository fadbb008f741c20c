package dev.revops.forecast.projection;

import dev.revops.core.period.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sums of a projection (or of one group of it) per currency and period, in minor units:
 * booked figures at 0 to {@link Projected#FIGURES} - 1, pipeline figures after them. Sums are
 * exact, so merging in any order gives one pass's sums.
 */
final class ProjectionCells {
  private final Map<Currency, TreeMap<Period, long[]>> cells = new TreeMap<>(Comparator.comparing(
      Currency::getCurrencyCode));

  /** Adds a record's figures: booked (part 0) or pipeline (part 1). */
  void add(Projected p, int part) {
    TreeMap<Period, long[]> byPeriod = cells.computeIfAbsent(p.currency, c -> new TreeMap<>());
    p.figures.forEach((period, f) -> add(byPeriod.computeIfAbsent(period, x -> new long[2 * Projected.FIGURES]),
        part * Projected.FIGURES, f));
  }

  private static void add(long[] into, int offset, long[] f) {
    for (int i = 0; i < f.length; i++) {
      into[offset + i] = Math.addExact(into[offset + i], f[i]);
    }
  }

  /** Adds what other cells hold. */
  void merge(ProjectionCells other) {
    other.cells.forEach((currency, byPeriod) -> {
      TreeMap<Period, long[]> mine = cells.computeIfAbsent(currency, c -> new TreeMap<>());
      byPeriod.forEach((period, f) -> add(mine.computeIfAbsent(period, x -> new long[2 * Projected.FIGURES]), 0, f));
    });
  }

  /**
   * The rows, by currency code then period.
   *
   * @param costToClose whether the figures show their cost to close
   */
  List<ProjectionRow> rows(boolean costToClose) {
    List<ProjectionRow> rows = new ArrayList<>();
    int n = Projected.FIGURES;
    cells.forEach((currency, byPeriod) -> byPeriod.forEach((period, f) -> {
      ProjectionFigures b = ProjectionFigures.of(currency, costToClose, f[0], f[1], f[2], f[3], f[4]);
      ProjectionFigures p = ProjectionFigures.of(currency, costToClose, f[n], f[n + 1], f[n + 2], f[n + 3], f[n + 4]);
      rows.add(new ProjectionRow.Builder().period(period).booked(b).pipeline(p).total(b.plus(p)).build());
    }));
    return rows;
  }
}
