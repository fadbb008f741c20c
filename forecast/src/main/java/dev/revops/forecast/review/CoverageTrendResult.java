package dev.revops.forecast.review;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.metric.Provenance;
import dev.revops.forecast.pipeline.Target;
import java.util.List;
import org.immutables.value.Value;

/**
 * What {@link CoverageTrend} gives: a point per state and currency, the points at the latest
 * state's week (the latest period against the same week of earlier ones), and the provenance.
 *
 * <pre>{@code
 * CoverageTrendResult r = trend.result();
 * r.sameWeek();   // week N of this period and of each earlier period among the states
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCoverageTrendResult.class)
public abstract class CoverageTrendResult {

  /** Only the generated implementation extends this class. */
  CoverageTrendResult() {}

  /**
   * Where the figures come from: {@link ReviewDefinitions#COVERAGE_TREND}, the scope's definitions
   * and the probability model, the deals counted (in at least one state).
   *
   * @return the provenance
   */
  public abstract Provenance provenance();

  /**
   * The model the weighted pipeline's probabilities came from.
   *
   * @return its reference
   */
  public abstract DefinitionRef probabilityModel();

  /**
   * A point per state (oldest first) and currency.
   *
   * @return the points
   */
  public abstract List<CoveragePoint> points();

  /**
   * The latest state's week of its period.
   *
   * @return the week
   */
  public abstract int latestWeek();

  /**
   * The points at the latest state's week: the latest period's and those of earlier periods (oldest
   * first), so this week's coverage reads against the same week before.
   *
   * @return the points
   */
  public abstract List<CoveragePoint> sameWeek();

  /**
   * Targets not used: split by a dimension (the trend compares whole-pipeline targets).
   *
   * @return the targets
   */
  public abstract List<Target> targetsNotUsed();
}
