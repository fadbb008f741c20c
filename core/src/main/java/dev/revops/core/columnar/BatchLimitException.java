package dev.revops.core.columnar;

/**
 * A record does not fit a column batch: the batch is full, or a value is beyond what its column
 * holds (a date outside the int range of epoch days, a decimal with more than {@value
 * DealBatch#MAX_SCALE} decimals). The message names the limit and the value. The builder is left as
 * it was before the refused record, so the caller can build what it has and start another batch.
 *
 * <pre>{@code
 * try {
 *   builder.add(deal);
 * } catch (BatchLimitException full) {
 *   batches.add(builder.build());
 * }
 * }</pre>
 */
public class BatchLimitException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * A refusal.
   *
   * @param message the limit and the value beyond it
   */
  public BatchLimitException(String message) {
    super(message);
  }
}
