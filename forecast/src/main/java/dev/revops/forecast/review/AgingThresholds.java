package dev.revops.forecast.review;

import dev.revops.forecast.velocity.StageVelocityResult;
import dev.revops.forecast.velocity.StageVelocityRow;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The aging thresholds of the pipeline review ({@link ReviewOptions#agingThresholdDays()}) taken
 * from a stage velocity: a deal is stalled when it has been in its stage longer than the velocity's
 * aging percentile of the stage's completed visits.
 *
 * <p>Only stages whose velocity has a threshold (at least one completed visit) get one; the others
 * judge nobody, and the review counts their deals as not judged. The velocity must be of the whole
 * pipeline: thresholds per group would give a stage several.
 *
 * <pre>{@code
 * StageVelocityResult velocity = ...;   // aging percentile 0.90, as of the latest state
 * ReviewOptions options = ReviewOptions.builder().scope(scope).addAllStates(states)
 *     .putAllAgingThresholdDays(AgingThresholds.of(velocity)).build();
 * }</pre>
 */
public final class AgingThresholds {
  private AgingThresholds() {}

  /**
   * The threshold of each stage of a velocity, in days.
   *
   * @param velocity a stage velocity of the whole pipeline (not grouped)
   * @return stage id to days, by stage id; immutable
   * @throws IllegalArgumentException if the velocity is grouped
   */
  public static SortedMap<String, BigDecimal> of(StageVelocityResult velocity) {
    Objects.requireNonNull(velocity, "velocity");
    SortedMap<String, BigDecimal> thresholds = new TreeMap<>();
    for (StageVelocityRow row : velocity.stages()) {
      if (!row.group().isEmpty()) {
        throw new IllegalArgumentException("aging thresholds need the stage velocity of the whole pipeline, "
            + "not grouped: stage " + row.stageId() + " has a row for " + row.group());
      }
      row.agingThresholdDays().ifPresent(t -> thresholds.put(row.stageId(), t));
    }
    return Collections.unmodifiableSortedMap(thresholds);
  }
}
