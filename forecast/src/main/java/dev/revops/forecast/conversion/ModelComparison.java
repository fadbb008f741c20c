package dev.revops.forecast.conversion;

import dev.revops.core.metric.Provenance;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.metric.Exclusion;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * Several probability models scored side by side on one hold-out: fitted on deals closed before
 * the split date, scored on deals open at the split date that closed later (before the as-of date).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableModelComparison.class)
@JsonDeserialize(as = ImmutableModelComparison.class)
public abstract class ModelComparison {

  /** Only the generated implementation extends this class, so every instance is validated. */
  ModelComparison() {}

  /**
   * Where the result comes from: the definition, the scope's as-of and definitions, what was
   * counted and excluded.
   *
   * @return the provenance
   */
  public abstract Provenance provenance();

  /**
   * The split date: models learn from deals closed before it.
   *
   * @return the split date
   */
  public abstract LocalDate splitDate();

  /**
   * The end of scoring: test deals closed before it.
   *
   * @return the as-of date
   */
  public abstract LocalDate asOf();

  /**
   * Deals the models learned from.
   *
   * @return the count
   */
  public abstract long trainingDeals();

  /**
   * Deals scored: open at the split date, closed after it.
   *
   * @return the count
   */
  public abstract long testDeals();

  /**
   * Deals in neither set, by reason.
   *
   * @return the exclusions
   */
  public abstract List<Exclusion> excluded();

  /**
   * The scores, one per model (stage defaults first).
   *
   * @return the scores
   */
  public abstract List<CalibrationScore> scores();

  /** Builds comparisons (a hold-out does; public for JSON). */
  public static final class Builder extends ImmutableModelComparison.Builder {
    Builder() {}
  }
}
