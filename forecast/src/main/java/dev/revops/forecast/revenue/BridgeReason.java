package dev.revops.forecast.revenue;

/**
 * The named reasons between a period's bookings and its recognized revenue. With each line's sign:
 * bookings - not yet started - deferred to later periods + recognized from earlier bookings +
 * modifications + credit notes + cancellations + corrections + FX = revenue recognized.
 */
public enum BridgeReason {
  /** The price of contracts booked in the period, as booked. */
  BOOKINGS(1),
  /** Of those, the part allocated to obligations whose service starts after the period. */
  NOT_YET_STARTED(-1),
  /** Of those, the part of started obligations recognized after the period (or replaced by a change in it). */
  DEFERRED_TO_LATER_PERIODS(-1),
  /** Revenue in the period from contracts booked before it, as booked. */
  RECOGNIZED_FROM_EARLIER_BOOKINGS(1),
  /** Revenue in the period from modifications (their new segments and catch-ups). */
  MODIFICATIONS(1),
  /** Revenue in the period from credit notes that reduced a price (their new segments and catch-ups). */
  CREDIT_NOTES(1),
  /** Revenue in the period from cancellations (catch-ups: a settlement fee, say). */
  CANCELLATIONS(1),
  /** Corrections posted in the period for closed periods. */
  CORRECTIONS(1),
  /** In a functional currency: revenue at invoice rates less the other lines at booking-date rates. */
  FX(1);

  private final int sign;

  BridgeReason(int sign) {
    this.sign = sign;
  }

  /**
   * How the line counts toward revenue.
   *
   * @return 1 when added, -1 when subtracted
   */
  public int sign() {
    return sign;
  }
}
