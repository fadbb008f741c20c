package dev.revops.forecast.calls;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.metric.Provenance;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What {@link CallAccuracy} gives: a row per caller and a row per level (sorted by name; outcomes
 * without a level are in no level row), each per currency, and the provenance.
 *
 * <pre>{@code
 * AccuracyResult r = accuracy.result();
 * r.caller("bo").get().wmape();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAccuracyResult.class)
public abstract class AccuracyResult {

  /** Only the generated implementation extends this class. */
  AccuracyResult() {}

  /**
   * A row per caller and currency.
   *
   * @return the rows
   */
  public abstract List<AccuracyRow> callers();

  /**
   * A row per level and currency.
   *
   * @return the rows
   */
  public abstract List<AccuracyRow> levels();

  /**
   * Where the rows come from.
   *
   * @return the provenance
   */
  public abstract Provenance provenance();

  /**
   * A caller's row (the first currency's, if they called in several).
   *
   * @param caller the caller
   * @return the row, if they called
   */
  public Optional<AccuracyRow> caller(String caller) {
    Objects.requireNonNull(caller, "caller");
    return callers().stream().filter(r -> r.name().equals(caller)).findFirst();
  }

  /**
   * A level's row (the first currency's).
   *
   * @param level the level
   * @return the row, if someone at that level called
   */
  public Optional<AccuracyRow> level(String level) {
    Objects.requireNonNull(level, "level");
    return levels().stream().filter(r -> r.name().equals(level)).findFirst();
  }
}
