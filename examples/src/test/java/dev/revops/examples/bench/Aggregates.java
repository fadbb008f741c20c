package dev.revops.examples.bench;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The three aggregates of the benchmark in a form both engines can give and compare.
 *
 * @param weighted weighted pipeline of open deals, by {@code owner|currency|close quarter}: the
 *     amount in the currency, rounded to the minor unit by the library's named rule (largest
 *     remainder within a currency)
 * @param timeInStage completed visits of each open stage, by stage name
 * @param closedShare closed deals that passed through each open stage, and how many were won, by
 *     stage name
 */
record Aggregates(SortedMap<String, BigDecimal> weighted, SortedMap<String, Visits> timeInStage,
    SortedMap<String, Passed> closedShare) {

  /** The relative tolerance for ratios (means, medians, shares). */
  static final double RATIO_TOLERANCE = 1e-9;

  /**
   * Completed visits of a stage.
   *
   * @param count how many
   * @param meanSeconds their mean length
   * @param medianSeconds their median length
   */
  record Visits(long count, double meanSeconds, double medianSeconds) {}

  /**
   * Closed deals through a stage.
   *
   * @param closed how many
   * @param won how many of them were won
   */
  record Passed(long closed, long won) {
    double share() {
      return (double) won / closed;
    }
  }

  Aggregates {
    weighted = new TreeMap<>(weighted);
    timeInStage = new TreeMap<>(timeInStage);
    closedShare = new TreeMap<>(closedShare);
  }

  /**
   * Where this and another disagree: amounts and counts must be equal, ratios within
   * {@link #RATIO_TOLERANCE}.
   *
   * @param other the other engine's aggregates
   * @return one line per disagreement; empty when they agree
   */
  List<String> differences(Aggregates other) {
    List<String> out = new ArrayList<>();
    keys("weighted pipeline", weighted, other.weighted, out);
    weighted.forEach((k, v) -> {
      BigDecimal w = other.weighted.get(k);
      if (w != null && v.compareTo(w) != 0) {
        out.add("weighted pipeline " + k + ": " + v.toPlainString() + " <> " + w.toPlainString());
      }
    });
    keys("time in stage", timeInStage, other.timeInStage, out);
    timeInStage.forEach((k, v) -> {
      Visits w = other.timeInStage.get(k);
      if (w == null) {
        return;
      }
      if (v.count() != w.count()) {
        out.add("time in stage " + k + " count: " + v.count() + " <> " + w.count());
      }
      ratio("time in stage " + k + " mean seconds", v.meanSeconds(), w.meanSeconds(), out);
      ratio("time in stage " + k + " median seconds", v.medianSeconds(), w.medianSeconds(), out);
    });
    keys("share of closed deals", closedShare, other.closedShare, out);
    closedShare.forEach((k, v) -> {
      Passed w = other.closedShare.get(k);
      if (w == null) {
        return;
      }
      if (v.closed() != w.closed()) {
        out.add("share of closed deals " + k + " closed: " + v.closed() + " <> " + w.closed());
      }
      ratio("share of closed deals " + k + " won", v.share(), w.share(), out);
    });
    return out;
  }

  /** Rows of each aggregate, for the report. */
  String sizes() {
    return weighted.size() + " pipeline groups, " + timeInStage.size() + " stages timed, " + closedShare.size()
        + " stages with closed deals";
  }

  private static void keys(String what, Map<String, ?> a, Map<String, ?> b, List<String> out) {
    if (!a.keySet().equals(b.keySet())) {
      out.add(what + " keys differ: " + a.keySet() + " <> " + b.keySet());
    }
  }

  private static void ratio(String what, double a, double b, List<String> out) {
    double scale = Math.max(Math.abs(a), Math.abs(b));
    if (Math.abs(a - b) > RATIO_TOLERANCE * Math.max(scale, 1e-300) && a != b) {
      out.add(what + ": " + new BigDecimal(a).round(MathContext.DECIMAL64) + " <> "
          + new BigDecimal(b).round(MathContext.DECIMAL64));
    }
  }
}
