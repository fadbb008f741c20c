package dev.revops.forecast.velocity;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.period.WorkingCalendar;
import dev.revops.core.pipeline.Stage;
import dev.revops.core.deal.Deal;
import dev.revops.core.dimension.Dimension;
import dev.revops.core.dimension.OpenDimension;
import dev.revops.core.roster.CreditDate;
import dev.revops.core.roster.Roster;
import dev.revops.core.scope.Scope;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
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
  private static final Set<Dimension> NOT_GROUPABLE = EnumSet.of(Dimension.STAGE, Dimension.FORECAST_CATEGORY,
      Dimension.CLOSE_PERIOD);

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
   * Dimensions to group by: owner, segment, source, product, the account, {@code attribute:NAME}
   * or {@code level:NAME} of the {@linkplain #roster() roster} (not the stage, forecast category or
   * close period, which a deal leaves as it moves).
   *
   * @return the dimensions; empty for overall figures
   */
  public abstract List<OpenDimension> groupBy();

  /**
   * The sales hierarchy {@code level:NAME} dimensions are looked up in.
   *
   * @return the roster; empty unless set (grouping by a level needs one)
   */
  public abstract Optional<Roster> roster();

  /**
   * The day deals are credited to the roster on: required with a roster, so results name it.
   *
   * @return the credit date; empty without a roster
   */
  public abstract Optional<CreditDate> creditDate();

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

    /**
     * Adds fixed dimensions to group by (each as {@link OpenDimension#of}).
     *
     * <pre>{@code
     * VelocityOptions.builder().scope(scope).addGroupBy(Dimension.SEGMENT).build();
     * }</pre>
     *
     * @param dimensions the dimensions, in order
     * @return this builder
     */
    public Builder addGroupBy(Dimension... dimensions) {
      Arrays.stream(dimensions).forEach(d -> addGroupBy(OpenDimension.of(d)));
      return this;
    }
  }

  /**
   * A deal's values of the grouping, levels looked up on the deal's credit day.
   *
   * @param deal the deal
   * @return one value per dimension of {@link #groupBy()}
   */
  List<String> groupOf(Deal deal) {
    return OpenDimension.groupKey(groupBy(), deal, Optional.empty(), roster().orElse(Roster.empty()),
        creditDate().orElse(CreditDate.CLOSE_DATE).dayOf(deal, scope().asOfDate()));
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
    groupBy().forEach(d -> v.check(d.dimension().filter(NOT_GROUPABLE::contains).isEmpty(), "groupBy", d,
        "must not be the stage, forecast category or close period for velocity"));
    OpenDimension.check(v, groupBy(), roster(), creditDate());
    since().ifPresent(s -> v.check(s.isBefore(scope().asOfDate()), "since", s, "must be before the as-of date",
        "as of " + scope().asOfDate()));
    v.check(agingPercentile().signum() > 0 && agingPercentile().compareTo(BigDecimal.ONE) < 0, "agingPercentile",
        agingPercentile(), "must be between 0 and 1, exclusive");
    qualifiedStage().ifPresent(q -> v.check(q.isOpen(), "qualifiedStage", q.id(), "must be an open stage"));
    v.throwIfInvalid();
  }
}
