package dev.revops.forecast.conversion;

import dev.revops.core.metric.Provenance;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.definition.DefinitionRef;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How well a probability model predicted outcomes: Brier score (mean squared error, lower is
 * better, 0.25 for always saying 0.5), log loss (lower is better) and a reliability table.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCalibrationScore.class)
@JsonDeserialize(as = ImmutableCalibrationScore.class)
public abstract class CalibrationScore {

  /** Only the generated implementation extends this class, so every instance is validated. */
  CalibrationScore() {}

  /**
   * Where the result comes from: the definition, the scope's as-of and definitions, what was
   * counted and excluded.
   *
   * @return the provenance
   */
  public abstract Provenance provenance();

  /**
   * The model scored.
   *
   * @return its id and version
   */
  public abstract DefinitionRef model();

  /**
   * Deals scored.
   *
   * @return the count
   */
  public abstract long deals();

  /**
   * Of them, won.
   *
   * @return the count
   */
  public abstract long won();

  /**
   * The mean of (p - outcome)^2.
   *
   * @return six decimals; empty without deals
   */
  public abstract Optional<BigDecimal> brierScore();

  /**
   * The mean of -ln(p) for won and -ln(1 - p) for lost deals, with p kept within [1e-15, 1 - 1e-15].
   *
   * @return six decimals; empty without deals
   */
  public abstract Optional<BigDecimal> logLoss();

  /**
   * The reliability table, ten bins of width 0.1.
   *
   * @return the bins
   */
  public abstract List<ReliabilityBin> reliability();

  /** Builds scores (calibration does; public for JSON). */
  public static final class Builder extends ImmutableCalibrationScore.Builder {
    Builder() {}
  }
}
