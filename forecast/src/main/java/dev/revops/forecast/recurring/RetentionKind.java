package dev.revops.forecast.recurring;

/**
 * The formula of a {@link RetentionDefinition}. Amounts are a period's movements per customer
 * (see {@link MovementKind}); counts are customers.
 */
public enum RetentionKind {
  /** (churn + contraction) / opening MRR. */
  GROSS_MRR_CHURN(true),
  /** (churn + contraction - expansion [- reactivation]) / opening MRR; negative when gains win. */
  NET_MRR_CHURN(true),
  /** Customers who churned in the period (less those a rule excludes) / customers at the opening. */
  CUSTOMER_CHURN(false),
  /**
   * Churn events in a rolling window ending at the period's close / (customers paying at the
   * window's start + first-time customers in the window).
   */
  SUBSCRIBER_CHURN_ROLLING(false),
  /** (opening - churn - contraction) / opening MRR: at most 1. */
  GROSS_REVENUE_RETENTION(true),
  /** (opening + expansion [+ reactivation] - contraction - churn) / opening MRR. */
  NET_REVENUE_RETENTION(true);

  private final boolean money;

  RetentionKind(boolean money) {
    this.money = money;
  }

  /**
   * Whether numerator and denominator are money (else customer counts).
   *
   * @return true for the MRR-based kinds
   */
  public boolean isMoney() {
    return money;
  }
}
