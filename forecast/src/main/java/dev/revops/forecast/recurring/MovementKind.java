package dev.revops.forecast.recurring;

/**
 * What happened to a customer's MRR in a period (or at one change): the five movements, or none.
 *
 * <p>In a period, a customer is in exactly one kind, by its MRR at the period's opening
 * ({@code s}) and closing ({@code e}) and whether it ever paid before:
 * <ul>
 *   <li>{@link #NEW}: {@code s = 0 < e}, never paid before (amount {@code e});</li>
 *   <li>{@link #REACTIVATION}: {@code s = 0 < e}, paid before (amount {@code e});</li>
 *   <li>{@link #EXPANSION}: {@code 0 < s < e} (amount {@code e - s});</li>
 *   <li>{@link #CONTRACTION}: {@code 0 < e < s} (amount {@code s - e});</li>
 *   <li>{@link #CHURN}: {@code s > 0 = e}, a downgrade to zero included (amount {@code s});</li>
 *   <li>{@link #UNCHANGED}: {@code s = e}: paying the same at both ends, or paying at neither
 *       (having joined and left, or come back and left, within the period).</li>
 * </ul>
 */
public enum MovementKind {
  /** A first-time paying customer. */
  NEW,
  /** A former customer paying again. */
  REACTIVATION,
  /** More MRR from a paying customer. */
  EXPANSION,
  /** Less, but not zero, MRR from a paying customer. */
  CONTRACTION,
  /** A paying customer down to zero. */
  CHURN,
  /** The same MRR at both ends. */
  UNCHANGED
}
