package dev.revops.core.money;

import java.math.RoundingMode;

/**
 * The library's named rounding rules: the one home of every rounding mode a computation applies,
 * so that a reader can see which rule produced a figure and a change of rule is one edit.
 *
 * <p>Every rule below is applied once, at the end of a computation, never to intermediate
 * values. Each names the quantity it rounds:
 * <pre>{@code
 * Money.of(usd, amount.multiply(rate), Rounding.MONEY);                 // 12.345 USD -> 12.34 USD
 * won.divide(closed, Rounding.RATIO_SCALE, Rounding.RATIO);             // 2/3 -> 0.6667
 * }</pre>
 */
public final class Rounding {
  /**
   * Amounts to the currency's minor unit: banker's rounding ({@code HALF_EVEN}), so that rounding
   * many amounts does not drift upward on average. Example: 0.125 USD to 0.12, 0.135 USD to 0.14.
   */
  public static final RoundingMode MONEY = RoundingMode.HALF_EVEN;

  /**
   * A price derived from a unit price, such as a price per month over part of a month, to the
   * currency's minor unit: half up, as price lists and order forms state prices. Example: USD 100.00
   * a month over 1/3 of a month is USD 33.33; over 1/8 of a month (12.5) is USD 12.50, and USD 0.125
   * becomes USD 0.13.
   */
  public static final RoundingMode PRICE = RoundingMode.HALF_UP;

  /**
   * Ratios, shares and rates (win rate, attainment, calibration scores): banker's rounding.
   * Example: 2/3 at {@link #RATIO_SCALE} is 0.6667.
   */
  public static final RoundingMode RATIO = RoundingMode.HALF_EVEN;

  /**
   * Shares of counts in the handoff reports (payload completion, SLA attainment, failure rate, the
   * outcome link's shares): half up ({@code HALF_UP}) at {@link #RATIO_SCALE}, the schoolbook rule
   * of a percentage read by people. Not a published rule: it is the rule these reports were first
   * published with, kept so that their figures do not move. It differs from {@link #RATIO} only on
   * an exact tie at the fifth decimal. Example: 1/32 = 0.03125 is 0.0313 (half even: 0.0312).
   */
  public static final RoundingMode SHARE = RoundingMode.HALF_UP;

  /** The number of decimal places of a ratio the library reports: 4 (0.6667, that is 66.67%). */
  public static final int RATIO_SCALE = 4;

  /**
   * Probabilities (learned win probabilities, scorer outputs): banker's rounding at the scale
   * each model documents.
   */
  public static final RoundingMode PROBABILITY = RoundingMode.HALF_EVEN;

  /**
   * Durations reported in days or hours (stage velocity, handoff times): banker's rounding.
   * Example: 129,600 seconds is 1.50 days.
   */
  public static final RoundingMode DURATION = RoundingMode.HALF_EVEN;

  /**
   * The lower bound of an interval, rounded outward ({@code FLOOR}) so the rounded interval still
   * contains the exact one.
   */
  public static final RoundingMode INTERVAL_LOWER = RoundingMode.FLOOR;

  /**
   * The upper bound of an interval, rounded outward ({@code CEILING}) so the rounded interval still
   * contains the exact one.
   */
  public static final RoundingMode INTERVAL_UPPER = RoundingMode.CEILING;

  private Rounding() {}
}
