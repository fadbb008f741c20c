package dev.revops.forecast.funnel;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.lead.FunnelStep;
import dev.revops.core.metric.Exclusion;
import dev.revops.core.metric.Provenance;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The funnel: entries into each step by group, and the conversion rules asked for, side by side,
 * each citing its definition in its own provenance; time to convert; and the records counted but
 * flagged (a deal won before its lead's first contact, say).
 *
 * <pre>{@code
 * FunnelResult r = funnel.result();
 * r.entered(Map.of(), "marketingqualifiedlead");                                     // 8000
 * r.cohort().orElseThrow().row(Map.of(), "marketingqualifiedlead", "deal-won", Optional.empty());
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFunnelResult.class)
@JsonDeserialize(as = ImmutableFunnelResult.class)
public abstract class FunnelResult {
  /** Only the generated implementation extends this class, so every instance is validated. */
  FunnelResult() {}

  /**
   * Where the entries come from: the entries' definition, the lifecycle and the definitions read
   * under, as of, leads counted and left out (with reasons).
   *
   * @return the provenance
   */
  public abstract Provenance provenance();

  /**
   * The steps, in funnel order.
   *
   * @return the steps
   */
  public abstract List<FunnelStep> steps();

  /**
   * The dimensions grouped by.
   *
   * @return the dimension keys, in order
   */
  public abstract List<String> groupBy();

  /**
   * Entries into each step, by group then step.
   *
   * @return the rows
   */
  public abstract List<StepEntries> entries();

  /**
   * Conversion by the cohort rule, when asked for.
   *
   * @return the result
   */
  public abstract Optional<CohortConversionResult> cohort();

  /**
   * Conversion by the period rule, when asked for.
   *
   * @return the result
   */
  public abstract Optional<PeriodConversionResult> period();

  /**
   * Time to convert, when asked for.
   *
   * @return the result
   */
  public abstract Optional<TimeToConvertResult> timeToConvert();

  /**
   * Leads counted as their data says, but flagged for a person to look at, by reason, with examples.
   *
   * @return the flags
   */
  public abstract List<Exclusion> flagged();

  /** Builds results (the funnel does). */
  static final class Builder extends ImmutableFunnelResult.Builder {
    Builder() {}
  }

  /**
   * Entries into a step of a group.
   *
   * @param group the group (empty without grouping)
   * @param step the step's id
   * @return the leads that reached it; 0 when none
   */
  public long entered(Map<String, String> group, String step) {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(step, "step");
    return entries().stream().filter(e -> e.group().equals(group) && e.step().equals(step))
        .mapToLong(StepEntries::entered).sum();
  }
}
