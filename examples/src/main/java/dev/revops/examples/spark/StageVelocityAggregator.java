package dev.revops.examples.spark;

import dev.revops.core.deal.DealWithHistory;
import dev.revops.core.history.DealHistory;
import dev.revops.forecast.velocity.StageVelocity;
import dev.revops.forecast.velocity.StageVelocityResult;
import dev.revops.forecast.velocity.VelocityOptions;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * The library's {@link StageVelocity} as a Spark {@link Aggregator} over deal histories (without
 * grouping by a deal field: the histories come without their deals). Partial accumulators merge
 * exactly, so the result is the one of a single pass.
 *
 * <pre>{@code
 * StageVelocityResult r = histories.select(new StageVelocityAggregator(options).toColumn()).first();
 * }</pre>
 */
public final class StageVelocityAggregator extends Aggregator<DealHistory, StageVelocity, StageVelocityResult> {
  private static final long serialVersionUID = 1L;

  /** The options, as their JSON (options are not serializable). */
  private final OptionsJson<VelocityOptions> options;

  /**
   * An aggregator.
   *
   * @param options what to count; its group-by must be empty
   * @throws IllegalArgumentException if the options group by a deal field
   */
  public StageVelocityAggregator(VelocityOptions options) {
    if (!options.groupBy().isEmpty()) {
      throw new IllegalArgumentException("groupBy must be empty: the histories come without their deals, was "
          + options.groupBy());
    }
    this.options = new OptionsJson<>(options, VelocityOptions.class);
  }

  @Override
  public StageVelocity zero() {
    return new StageVelocity(options.get());
  }

  @Override
  public StageVelocity reduce(StageVelocity buffer, DealHistory history) {
    buffer.add(DealWithHistory.ofHistory(history));
    return buffer;
  }

  @Override
  public StageVelocity merge(StageVelocity a, StageVelocity b) {
    return a.merge(b);
  }

  @Override
  public StageVelocityResult finish(StageVelocity buffer) {
    return buffer.result();
  }

  @Override
  public Encoder<StageVelocity> bufferEncoder() {
    return Encoders.kryo(StageVelocity.class);
  }

  @Override
  public Encoder<StageVelocityResult> outputEncoder() {
    return Encoders.kryo(StageVelocityResult.class);
  }
}
