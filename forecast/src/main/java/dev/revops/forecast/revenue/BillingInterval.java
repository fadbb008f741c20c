package dev.revops.forecast.revenue;

/** How often a periodic billing plan invoices. */
public enum BillingInterval {
  /** Every month. */
  MONTHLY(1),
  /** Every three months. */
  QUARTERLY(3),
  /** Every twelve months. */
  ANNUAL(12);

  private final int months;

  BillingInterval(int months) {
    this.months = months;
  }

  /**
   * The interval's length.
   *
   * @return months
   */
  public int months() {
    return months;
  }
}
