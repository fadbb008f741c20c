package dev.revops.forecast.velocity;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.period.WorkingCalendar;
import dev.revops.core.pipeline.Stage;
import dev.revops.core.dimension.Dimension;
import dev.revops.core.scope.Scope;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What velocity counts and how: the grouping, an optional look-back window, how days are counted,
 * the aging percentile and what a qualified opportunity is; the rest comes from the {@link Scope}.
 *
 * <p>Of the scope, velocity uses: the as-of instant (stage changes before it are seen, visits still
 * going then are open), the zone (dates of the window and of deal records start in it), the
 * working calendar (business days), the reporting currency with its rates (sales velocity) and the
 * example limit. It does not use the period kind or the fiscal calendar.
 *
 * <pre>{@code
 * VelocityOptions options = VelocityOptions.builder()
 *     .scope(Scope.asOf(LocalDate.parse("2026-10-01")))
 *     .addGroupBy(Dimension.SEGMENT).dayCount(DayCount.BUSINESS).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVelocityOptions.class)
@JsonDeserialize(as = ImmutableVelocityOptions.class)
public abstract class VelocityOptions {
  private static final Set<Dimension> GROUPABLE = EnumSet.of(Dimension.OWNER, Dimension.SEGMENT, Dimension.SOURCE,
      Dimension.PRODUCT);

  /** Only the generated implementation extends this class, so every instance is validated. */
  VelocityOptions() {}

  /**
   * What the computation is as of and in: as-of instant, zone, working calendar, reporting currency
   * and rates, the definitions read under, the example limit.
   *
   * @return the scope
   */
  public abstract Scope scope();

  /**
   * Dimensions to group by: owner, segment, source and product.
   *
   * @return the dimensions; empty for overall figures
   */
  public abstract List<Dimension> groupBy();

  /**
   * The first day of the look-back window (in the scope's zone): stage visits entered and deals
   * closed (for sales velocity) before it are left out.
   *
   * @return the window start; empty for all history
   */
  public abstract Optional<LocalDate> since();

  /**
   * How days are counted.
   *
   * @return calendar days unless set
   */
  @Value.Default
  public DayCount dayCount() {
    return DayCount.CALENDAR;
  }

  /**
   * Open deals in a stage longer than this share of the stage's completed visits are aging.
   *
   * @return 0.9 (the 90th percentile) unless set
   */
  @Value.Default
  public BigDecimal agingPercentile() {
    return new BigDecimal("0.9");
  }

  /**
   * The stage from which a deal is a qualified opportunity: a deal qualifies when it entered this
   * stage, a later open stage, or won.
   *
   * @return the stage (of the pipeline definition); empty when every deal counts
   */
  public abstract Optional<Stage> qualifiedStage();

  /**
   * A new builder.
   *
   * @return a builder with the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds options. */
  public static final class Builder extends ImmutableVelocityOptions.Builder {
    Builder() {}
  }

  /**
   * The scope's as-of instant.
   *
   * @return the as-of instant
   */
  @JsonIgnore
  public Instant asOfInstant() {
    return scope().asOf();
  }

  /**
   * The start of the look-back window in the scope's zone.
   *
   * @return the instant, or empty without a window
   */
  @JsonIgnore
  public Optional<Instant> sinceInstant() {
    return since().map(d -> scope().startOf(d));
  }

  /** The working calendar durations in business days are counted in: the scope's. */
  WorkingCalendar calendar() {
    return scope().workingCalendar();
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("velocity options");
    groupBy().forEach(d -> v.check(GROUPABLE.contains(d), "groupBy", d,
        "must be owner, segment, source or product for velocity"));
    v.check(groupBy().stream().distinct().count() == groupBy().size(), "groupBy", groupBy(),
        "must not repeat a dimension");
    since().ifPresent(s -> v.check(s.isBefore(scope().asOfDate()), "since", s, "must be before the as-of date",
        "as of " + scope().asOfDate()));
    v.check(agingPercentile().signum() > 0 && agingPercentile().compareTo(BigDecimal.ONE) < 0, "agingPercentile",
        agingPercentile(), "must be between 0 and 1, exclusive");
    qualifiedStage().ifPresent(q -> v.check(q.isOpen(), "qualifiedStage", q.id(), "must be an open stage"));
    v.throwIfInvalid();
  }
}
