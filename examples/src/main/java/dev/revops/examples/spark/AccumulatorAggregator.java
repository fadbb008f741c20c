package dev.revops.examples.spark;

import dev.revops.core.aggregate.Accumulator;
import java.io.Serializable;
import java.util.Objects;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * Any library {@link Accumulator} as a Spark {@link Aggregator}: each partition adds its records to
 * its own accumulator, Spark merges the partial accumulators (in any grouping and order, which the
 * accumulator contract makes safe), and the result is the one of a single pass over all records.
 *
 * <p>The accumulators cross shuffles through Kryo ({@link RevopsKryoRegistrator} must be set on the
 * session); the factory that makes empty ones is shipped to the executors, so it must be
 * serializable: capture options as {@link OptionsJson} (options are not {@link Serializable}), models
 * as built-in enum values.
 *
 * <pre>{@code
 * OptionsJson<PipelineOptions> options = new OptionsJson<>(pipelineOptions, PipelineOptions.class);
 * WeightedPipelineResult r = deals.select(AccumulatorAggregator.of(
 *     () -> new WeightedPipeline(options.get(), BuiltInModel.DEAL_EFFECTIVE),
 *     WeightedPipeline.class, WeightedPipelineResult.class).toColumn()).first();
 * }</pre>
 *
 * @param <I> the record type
 * @param <R> the result type
 * @param <A> the accumulator type
 */
public final class AccumulatorAggregator<I, R, A extends Accumulator<I, R, A>> extends Aggregator<I, A, R> {
  private static final long serialVersionUID = 1L;

  /**
   * Makes empty accumulators, on the executors: serializable.
   *
   * @param <A> the accumulator type
   */
  @FunctionalInterface
  public interface Factory<A> extends Serializable {
    /**
     * A new accumulator that has seen nothing, with the settings of every other one this factory makes.
     *
     * @return an empty accumulator
     */
    A empty();
  }

  /** Makes the empty accumulators. */
  private final Factory<A> factory;
  /** The accumulator's class, for its encoder. */
  private final Class<A> accumulatorType;
  /** The result's class, for its encoder. */
  private final Class<R> resultType;

  private AccumulatorAggregator(Factory<A> factory, Class<A> accumulatorType, Class<R> resultType) {
    this.factory = Objects.requireNonNull(factory, "factory");
    this.accumulatorType = Objects.requireNonNull(accumulatorType, "accumulatorType");
    this.resultType = Objects.requireNonNull(resultType, "resultType");
  }

  /**
   * An aggregator feeding accumulators made by {@code factory}.
   *
   * @param factory makes empty accumulators (serializable: it runs on the executors)
   * @param accumulatorType the accumulator's class, for its Kryo encoder
   * @param resultType the result's class, for its Kryo encoder
   * @param <I> the record type
   * @param <R> the result type
   * @param <A> the accumulator type
   * @return the aggregator
   */
  public static <I, R, A extends Accumulator<I, R, A>> AccumulatorAggregator<I, R, A> of(Factory<A> factory,
      Class<A> accumulatorType, Class<R> resultType) {
    return new AccumulatorAggregator<>(factory, accumulatorType, resultType);
  }

  @Override
  public A zero() {
    return factory.empty();
  }

  @Override
  public A reduce(A buffer, I record) {
    buffer.add(record);
    return buffer;
  }

  @Override
  public A merge(A into, A other) {
    return into.merge(other);
  }

  @Override
  public R finish(A buffer) {
    return buffer.result();
  }

  @Override
  public Encoder<A> bufferEncoder() {
    return Encoders.kryo(accumulatorType);
  }

  @Override
  public Encoder<R> outputEncoder() {
    return Encoders.kryo(resultType);
  }
}
