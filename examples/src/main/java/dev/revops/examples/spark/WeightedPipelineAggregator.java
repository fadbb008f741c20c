package dev.revops.examples.spark;

import dev.revops.core.deal.Deal;
import dev.revops.forecast.conversion.BuiltInModel;
import dev.revops.forecast.pipeline.PipelineOptions;
import dev.revops.forecast.pipeline.WeightedPipeline;
import dev.revops.forecast.pipeline.WeightedPipelineResult;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * The library's {@link WeightedPipeline} as a Spark {@link Aggregator}: each partition adds its
 * deals to its own accumulator, Spark merges them (in any grouping, which the accumulator's
 * associative merge makes safe), and the result is the one of a single pass.
 *
 * <pre>{@code
 * WeightedPipelineResult r = deals.select(new WeightedPipelineAggregator(options, BuiltInModel.DEAL_EFFECTIVE)
 *     .toColumn()).first();
 * }</pre>
 */
public final class WeightedPipelineAggregator extends Aggregator<Deal, WeightedPipeline, WeightedPipelineResult> {
  private static final long serialVersionUID = 1L;

  /** The options, as their JSON (options are not serializable). */
  private final OptionsJson<PipelineOptions> options;
  /** The probability model: built in, so serializable by name. */
  private final BuiltInModel model;

  /**
   * An aggregator.
   *
   * @param options what to count and how to group it
   * @param model where each deal's probability comes from
   */
  public WeightedPipelineAggregator(PipelineOptions options, BuiltInModel model) {
    this.options = new OptionsJson<>(options, PipelineOptions.class);
    this.model = model;
  }

  @Override
  public WeightedPipeline zero() {
    return new WeightedPipeline(options.get(), model);
  }

  @Override
  public WeightedPipeline reduce(WeightedPipeline buffer, Deal deal) {
    buffer.add(deal);
    return buffer;
  }

  @Override
  public WeightedPipeline merge(WeightedPipeline a, WeightedPipeline b) {
    return a.merge(b);
  }

  @Override
  public WeightedPipelineResult finish(WeightedPipeline buffer) {
    return buffer.result();
  }

  @Override
  public Encoder<WeightedPipeline> bufferEncoder() {
    return Encoders.kryo(WeightedPipeline.class);
  }

  @Override
  public Encoder<WeightedPipelineResult> outputEncoder() {
    return Encoders.kryo(WeightedPipelineResult.class);
  }
}
