package dev.revops.examples.spark;

import dev.revops.core.aggregate.Accumulator;
import dev.revops.core.deal.DealWithHistory;
import dev.revops.forecast.velocity.StageVelocity;
import dev.revops.forecast.velocity.StageVelocityResult;
import dev.revops.forecast.velocity.VelocityOptions;
import java.util.Objects;

/**
 * Stage velocity over deals with their histories, in the one accumulator shape, for the generic
 * {@link AccumulatorAggregator}: a stand-in until {@link StageVelocity} itself takes a {@link
 * DealWithHistory} (then the job feeds {@code StageVelocity} directly and this class goes). Public
 * only because Spark's encoders need a public class.
 */
public final class HistoryVelocity implements Accumulator<DealWithHistory, StageVelocityResult, HistoryVelocity> {
  private final StageVelocity velocity;

  /**
   * An empty stage velocity.
   *
   * @param options what to count; grouping by a deal field needs the deals with their histories
   */
  public HistoryVelocity(VelocityOptions options) {
    this.velocity = new StageVelocity(options);
  }

  @Override
  public void add(DealWithHistory record) {
    Objects.requireNonNull(record, "record");
    velocity.add(record.history().orElseThrow(() -> new IllegalArgumentException(
        "deal " + record.id() + " comes without its history: stage velocity needs it")), record.deal().orElse(null));
  }

  @Override
  public HistoryVelocity merge(HistoryVelocity other) {
    Objects.requireNonNull(other, "other");
    velocity.merge(other.velocity);
    return this;
  }

  @Override
  public StageVelocityResult result() {
    return velocity.result();
  }
}
