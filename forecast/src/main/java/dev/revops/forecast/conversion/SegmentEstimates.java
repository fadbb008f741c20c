package dev.revops.forecast.conversion;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The estimates of one segment (one value of the model's segmenting dimension), or the overall
 * ones it falls back to when it has too few closed deals.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSegmentEstimates.class)
@JsonDeserialize(as = ImmutableSegmentEstimates.class)
public abstract class SegmentEstimates {

  /** Only the generated implementation extends this class, so every instance is validated. */
  SegmentEstimates() {}

  /**
   * The segment's value.
   *
   * @return for example {@code "Enterprise"}
   */
  public abstract String value();

  /**
   * Closed deals of the segment learned from.
   *
   * @return the count
   */
  public abstract long closedDeals();

  /**
   * Whether the segment uses the overall estimates.
   *
   * @return true when it had too few closed deals
   */
  public abstract boolean fallback();

  /**
   * Why it fell back.
   *
   * @return the reason, when it did
   */
  public abstract Optional<String> note();

  /**
   * The segment's own estimates; empty when it falls back.
   *
   * @return the estimates
   */
  public abstract List<StageEstimate> stages();

  /** Builds segment estimates (models do). */
  static final class Builder extends ImmutableSegmentEstimates.Builder {
    Builder() {}
  }
}
