package dev.revops.forecast.winloss;

import dev.revops.core.metric.Metric;
import dev.revops.core.metric.MetricUnit;

/**
 * The governed definition of what this package computes, declared once and cited as the
 * {@code definition} of its results' {@link dev.revops.core.metric.Provenance}.
 */
public final class WinLossMetrics {
  private WinLossMetrics() {}

  /** Win and loss from deals alone. */
  public static final Metric WIN_LOSS = Metric.builder().id("win-loss").name("Win and loss from deals")
      .description("Over deals closed on or before the as-of date: won and lost counts; win rate won / (won + lost), "
          + "rounded half-even to 4 decimals; average won deal, the won amounts' sum over the won deals with an "
          + "amount, rounded half-even to the minor unit (absent when they are in several currencies); sales cycle "
          + "in calendar days from the created date to the closed date, mean (half-even, 2 decimals) and type-7 "
          + "median, of won deals and of all closed deals with both dates. Open deals are counted apart.")
      .unit(MetricUnit.RATIO).owningTeam("revops").version(1).build();
}
