package dev.revops.forecast.revenue;

/** When a periodic billing plan invoices each billing period. */
public enum BillingTiming {
  /** On the first day of the billing period. */
  IN_ADVANCE,
  /** On the last day of the billing period. */
  IN_ARREARS
}
