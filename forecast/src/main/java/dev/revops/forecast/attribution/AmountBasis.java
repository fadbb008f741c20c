package dev.revops.forecast.attribution;

/**
 * Which deals' amounts are credited, chosen explicitly. Example: {@code AmountBasis.WON_ONLY}.
 */
public enum AmountBasis {
  /** Only won deals, at their amount; open deals are excluded as {@code open-deal}. */
  WON_ONLY,
  /**
   * Won deals at their amount and open deals at amount x probability (rounded with
   * {@code Rounding.MONEY}), open deals converting at the scope's as-of.
   */
  WON_AND_WEIGHTED_OPEN
}
