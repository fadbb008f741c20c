package dev.revops.forecast.funnel;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.lead.LeadFunnel;
import dev.revops.core.scope.Scope;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What the funnel counts and how: the scope (as-of instant, zone, reporting periods), the funnel's
 * steps, the grouping, the conversion rules asked for, the cohort rule's window, and the horizons
 * of time to convert.
 *
 * <pre>{@code
 * FunnelOptions options = FunnelOptions.builder().scope(Scope.asOf(LocalDate.parse("2026-07-01")))
 *     .funnel(LeadFunnel.of(LifecycleDefinition.hubspotDefault(), "MQL", "SQL", "won"))
 *     .addGroupBy(LeadDimension.SOURCE).addRules(ConversionRule.COHORT, ConversionRule.PERIOD)
 *     .window(Duration.ofDays(90)).addHorizonsDays(30, 90).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFunnelOptions.class)
@JsonDeserialize(as = ImmutableFunnelOptions.class)
public abstract class FunnelOptions {
  /** Only the generated implementation extends this class, so every instance is validated. */
  FunnelOptions() {}

  /**
   * What the funnel is computed as of and in: periods are the scope's, entry months in its zone.
   *
   * @return the scope
   */
  public abstract Scope scope();

  /**
   * The steps counted and how leads reach them.
   *
   * @return the funnel
   */
  public abstract LeadFunnel funnel();

  /**
   * The dimensions to group by.
   *
   * @return the dimensions, without repeats; empty for overall figures
   */
  public abstract List<LeadDimension> groupBy();

  /**
   * The conversion rules to compute, named explicitly.
   *
   * @return at least one rule, without repeats
   */
  public abstract List<ConversionRule> rules();

  /**
   * How long after entering a step a conversion counts for the cohort rule.
   *
   * @return the window; empty for no limit (only disqualification and lost deals resolve a lead as
   *     not converted)
   */
  public abstract Optional<Duration> window();

  /**
   * Whether to estimate time to convert.
   *
   * @return true unless set
   */
  @Value.Default
  public boolean timeToConvert() {
    return true;
  }

  /**
   * The horizons, in days, at which time to convert gives the estimated share converted.
   *
   * @return positive day counts, ascending; possibly none
   */
  public abstract List<Integer> horizonsDays();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds options. */
  public static final class Builder extends ImmutableFunnelOptions.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("funnel options");
    v.check(!rules().isEmpty(), "rules", rules(), "must name at least one conversion rule (COHORT, PERIOD)");
    v.check(new HashSet<>(rules()).size() == rules().size(), "rules", rules(), "must not repeat a rule");
    Set<LeadDimension> seen = new HashSet<>();
    groupBy().forEach(d -> v.check(seen.add(d), "groupBy", d, "must not repeat a dimension"));
    window().ifPresent(w -> v.check(!w.isNegative() && !w.isZero(), "window", w, "must be positive"));
    Integer previous = null;
    for (Integer h : horizonsDays()) {
      v.check(h > 0, "horizonsDays", h, "must be positive");
      v.check(previous == null || h > previous, "horizonsDays", h, "must be ascending without repeats");
      previous = h;
    }
    v.throwIfInvalid();
  }
}
