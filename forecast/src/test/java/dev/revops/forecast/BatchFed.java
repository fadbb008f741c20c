package dev.revops.forecast;

import dev.revops.core.aggregate.Accumulator;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * An accumulator fed whole batches, seen as an accumulator of lists (one batch per list), so that
 * the accumulator contract's properties check batch-fed merges too.
 *
 * @param <I> the records of a batch
 * @param <R> the result
 * @param <A> the accumulator fed
 */
public final class BatchFed<I, R, A extends Accumulator<?, R, A>> implements Accumulator<List<I>, R, BatchFed<I, R, A>> {
  private final A accumulator;
  private final BiConsumer<A, List<I>> addAll;

  /**
   * Feeds {@code accumulator} each list through {@code addAll} (which builds the batch).
   *
   * @param accumulator the accumulator
   * @param addAll adds a list as one batch; given {@code null}, passes it on
   */
  public BatchFed(A accumulator, BiConsumer<A, List<I>> addAll) {
    this.accumulator = accumulator;
    this.addAll = addAll;
  }

  @Override
  public void add(List<I> records) {
    addAll.accept(accumulator, records);
  }

  @Override
  public BatchFed<I, R, A> merge(BatchFed<I, R, A> other) {
    accumulator.merge(other == null ? null : other.accumulator);
    return this;
  }

  @Override
  public R result() {
    return accumulator.result();
  }
}
