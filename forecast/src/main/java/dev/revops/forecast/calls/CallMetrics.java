package dev.revops.forecast.calls;

import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.metric.Metric;
import dev.revops.core.metric.MetricUnit;

/**
 * The governed definitions of what this package computes, each declared once here and cited by
 * every result's {@link dev.revops.core.metric.Provenance}.
 */
public final class CallMetrics {
  private CallMetrics() {}

  /** Each person's own deals and everything below them in the roster, per close period. */
  public static final DefinitionRef HIERARCHY_ROLLUP = DefinitionRef.of("hierarchy-rollup", 1);

  /** Won, lost and open deals and the win rate per group of open dimensions. */
  public static final DefinitionRef DEAL_GROUPING = DefinitionRef.of("deal-grouping", 1);

  /** The forecast per person without and with manager and owner adjustments. */
  public static final DefinitionRef ADJUSTED_FORECAST = DefinitionRef.of("adjusted-forecast", 1);

  /** Own targets rolled up the roster of a day; team targets beside the roll-up with their difference. */
  public static final DefinitionRef TARGET_ROLLUP = DefinitionRef.of("target-rollup", 1);

  /**
   * The Wednesday review per manager: target, call, the roll-up without and with adjustments, the
   * system forecast and its P10-P90, and the gaps between them.
   */
  public static final DefinitionRef MANAGER_REVIEW = DefinitionRef.of("manager-review", 1);

  /**
   * The system's forecast at week N of a period, rebuilt from the deals' histories: won in the period
   * by the end of week N plus the open pipeline closing in the period then, weighted by a probability
   * model, per person of the roster (their deals and everyone's below them).
   */
  public static final DefinitionRef SYSTEM_FORECAST_AT_WEEK = DefinitionRef.of("system-forecast-at-week", 1);

  /** Error, bias and WMAPE of calls against the won amount, per caller and level. */
  public static final DefinitionRef CALL_ACCURACY = DefinitionRef.of("call-accuracy", 1);

  /** Weighted mean absolute percentage error of calls. */
  public static final Metric CALL_WMAPE = Metric.builder().id("call-wmape").name("Call WMAPE")
      .description("Sum over ended periods of |call - won| divided by the sum of won; absent when nothing was won. "
          + "Rounded half-even to 4 decimals.").unit(MetricUnit.RATIO).owningTeam("revops").version(1).build();

  /** Bias of calls: over-calling positive. */
  public static final Metric CALL_BIAS = Metric.builder().id("call-bias").name("Call bias")
      .description("Sum over ended periods of (call - won) divided by the sum of won: positive when the caller "
          + "over-calls; absent when nothing was won. Rounded half-even to 4 decimals.").unit(MetricUnit.RATIO)
      .owningTeam("revops").version(1).build();
}
