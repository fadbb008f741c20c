package dev.revops.forecast.recurring;

/**
 * What became of a contract up for renewal. The next contract is the customer's earliest other
 * contract in the same currency starting within the gap before or after the end; its ARR at its
 * start is compared with the ending ARR.
 */
public enum RenewalOutcome {
  /** Renewed at the same ARR. */
  RENEWED_FLAT,
  /** Renewed at a higher ARR. */
  EXPANDED,
  /** Renewed at a lower ARR. */
  CONTRACTED,
  /** No next contract, and the gap after the end has passed as of the as-of. */
  CHURNED,
  /** No next contract yet, but the gap after the end has not passed. */
  PENDING;

  /**
   * Whether the contract was renewed.
   *
   * @return true for flat, expanded and contracted renewals
   */
  public boolean renewed() {
    return this == RENEWED_FLAT || this == EXPANDED || this == CONTRACTED;
  }

  /**
   * Whether the outcome is known.
   *
   * @return false only for {@link #PENDING}
   */
  public boolean decided() {
    return this != PENDING;
  }

  /**
   * The outcome as a short label, for reports and the handoff outcome link.
   *
   * @return for example {@code "renewed-flat"}, {@code "churned"}
   */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
