package dev.revops.forecast.conversion;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One bin of a reliability table: deals whose predicted probability fell in [from, to) (the last
 * bin includes 1), their mean prediction and the share of them that were won. A well-calibrated
 * model has the two close in every bin.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReliabilityBin.class)
@JsonDeserialize(as = ImmutableReliabilityBin.class)
public abstract class ReliabilityBin {

  /** Only the generated implementation extends this class, so every instance is validated. */
  ReliabilityBin() {}

  /**
   * The bin's lower bound.
   *
   * @return inclusive
   */
  public abstract BigDecimal from();

  /**
   * The bin's upper bound.
   *
   * @return exclusive, except 1 for the last bin
   */
  public abstract BigDecimal to();

  /**
   * Deals in the bin.
   *
   * @return the count
   */
  public abstract long deals();

  /**
   * Their mean predicted probability.
   *
   * @return four decimals; empty for an empty bin
   */
  public abstract Optional<BigDecimal> meanPredicted();

  /**
   * The share that were won.
   *
   * @return four decimals; empty for an empty bin
   */
  public abstract Optional<BigDecimal> observedWinShare();

  /** Builds bins (calibration does). */
  static final class Builder extends ImmutableReliabilityBin.Builder {
    Builder() {}
  }
}
