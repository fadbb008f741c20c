package dev.revops.core.aggregate;

import java.util.Objects;

/**
 * The one shape of every aggregate in revops-model: {@link #add} records one at a time, {@link
 * #merge} an accumulator of other records, read the {@link #result}.
 *
 * <p>The contract every implementation keeps (and a shared property test checks for each one):
 * <ul>
 *   <li><b>Associative, order-free merge.</b> Splitting the records in any way, accumulating the
 *       parts apart and merging them in any order gives a result equal to one pass over all of
 *       them. So one thread, many threads and Spark partitions give identical results.</li>
 *   <li><b>Empty is the identity.</b> Merging an accumulator that saw no record changes nothing,
 *       on either side.</li>
 *   <li><b>Compatible only.</b> {@code merge} refuses an accumulator built with other settings
 *       (another scope, definition or model) with an {@link IllegalArgumentException} naming the
 *       difference.</li>
 *   <li><b>No nulls.</b> {@code add(null)} and {@code merge(null)} throw a {@link
 *       NullPointerException} naming the argument.</li>
 *   <li><b>Not into itself.</b> {@code a.merge(a)} is refused with an {@link
 *       IllegalArgumentException}: its records would count twice (to double them, merge a second
 *       accumulator fed the same records).</li>
 *   <li><b>Results are values.</b> {@code result()} returns an immutable value and may be called at
 *       any time; adding more records afterwards does not change a result already returned.</li>
 * </ul>
 *
 * <p>Accumulators are not thread-safe: use one per thread and merge them.
 *
 * <pre>{@code
 * WeightedPipeline left = new WeightedPipeline(options, model);
 * WeightedPipeline right = new WeightedPipeline(options, model);
 * firstHalf.forEach(left::add);
 * secondHalf.forEach(right::add);
 * WeightedPipelineResult all = left.merge(right).result();   // equals one pass over both halves
 * }</pre>
 *
 * @param <I> the record type added
 * @param <R> the result type
 * @param <A> the accumulator's own type, so that {@code merge} takes and returns it
 */
public interface Accumulator<I, R, A extends Accumulator<I, R, A>> {

  /**
   * Counts one record (or records why it is left out).
   *
   * @param record the record
   * @throws NullPointerException if {@code record} is null
   */
  void add(I record);

  /**
   * Adds what another accumulator of other records holds into this one.
   *
   * @param other an accumulator built with the same settings
   * @return this accumulator
   * @throws NullPointerException if {@code other} is null
   * @throws IllegalArgumentException if {@code other} was built with other settings, or is this
   *     accumulator
   */
  A merge(A other);

  /**
   * The result of everything added and merged so far.
   *
   * @return an immutable result
   */
  R result();

  /**
   * Counts every record of an iterable, in its order.
   *
   * @param records the records
   * @return this accumulator
   * @throws NullPointerException if {@code records} or one of them is null
   */
  @SuppressWarnings("unchecked")
  default A addAll(Iterable<? extends I> records) {
    Objects.requireNonNull(records, "records");
    for (I r : records) {
      add(r);
    }
    return (A) this;
  }
}
