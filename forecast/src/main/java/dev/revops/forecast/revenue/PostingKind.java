package dev.revops.forecast.revenue;

/**
 * What a {@link Posting} in the books records: one figure of a contract's schedule row in a closed
 * period. Every figure a revenue report reads for a period is one of these, so a closed period's
 * reports can be rebuilt from the books alone.
 *
 * <p>The kinds in the contract's currency are {@link #BOOKING}, {@link #NOT_YET_STARTED},
 * {@link #CONTRACT_VALUE}, {@link #REVENUE}, {@link #BILLING} and {@link #CASH}; the four
 * {@code FUNCTIONAL_} kinds and {@link #FX_GAIN_LOSS} are in the books' functional currency and are
 * posted only for contracts in another currency. The order of the constants is the order of the
 * postings of one contract and period in a batch.
 *
 * <pre>{@code
 * books.batches().get(0).postings().stream().filter(p -> p.kind() == PostingKind.REVENUE)
 *     .forEach(p -> System.out.println(p.contract() + " " + p.period() + " " + p.amount()));
 * }</pre>
 */
public enum PostingKind {
  /**
   * The booked price, in the period the booking is posted in, once per contract (the only kind
   * that may be zero); its reference is the booking date. The bridge's "bookings".
   */
  BOOKING,
  /**
   * Of the booking, the part allocated to obligations whose service starts after its period: the
   * bridge's "not yet started".
   */
  NOT_YET_STARTED,
  /**
   * The change of the contract's value in the period: the booked price in the booking period, and
   * the price change of each modification or price-reducing credit note in the period it takes
   * effect. Summed to a period's end, the total contract value of the close and its remaining
   * performance obligations.
   */
  CONTRACT_VALUE,
  /** Revenue recognized, per obligation and {@link RevenueSource}, with the reference behind it. */
  REVENUE,
  /** Billed: invoices less credit notes. */
  BILLING,
  /** Cash collected. */
  CASH,
  /** Revenue in the functional currency (at the rates of the invoices that billed it). */
  FUNCTIONAL_REVENUE,
  /** Billed, in the functional currency. */
  FUNCTIONAL_BILLING,
  /** Collected, in the functional currency. */
  FUNCTIONAL_CASH,
  /** The FX gain (positive) or loss (negative), in the functional currency. */
  FX_GAIN_LOSS;

  /**
   * Whether amounts of this kind are in the functional currency rather than the contract's.
   *
   * @return true for the {@code FUNCTIONAL_} kinds and {@link #FX_GAIN_LOSS}
   */
  public boolean functional() {
    return ordinal() >= FUNCTIONAL_REVENUE.ordinal();
  }
}
