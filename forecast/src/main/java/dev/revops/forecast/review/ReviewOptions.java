package dev.revops.forecast.review;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.dimension.Dimension;
import dev.revops.core.dimension.OpenDimension;
import dev.revops.core.period.Period;
import dev.revops.core.roster.CreditDate;
import dev.revops.core.roster.Roster;
import dev.revops.core.scope.Scope;
import dev.revops.forecast.pipeline.PipelineOptions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * What the weekly reviews compare and how: the pipeline states (oldest first; the last two are
 * "last week" and "now"), the grouping of the forecast reconciliation, the thresholds that make a
 * deal at risk and the length of the lists; the rest comes from the {@link #scope()}.
 *
 * <p>From the scope the reviews use: the {@linkplain Scope#zone() zone} (a state as of an instant
 * is "as of" the date of that instant there), the {@linkplain Scope#periodKind() period kind} and
 * {@linkplain Scope#fiscalCalendar() fiscal calendar} of the close periods, the {@linkplain
 * Scope#reportingCurrency() reporting currency} with its {@linkplain Scope#exchangeRates() rates}
 * (the waterfall and the lists convert at the rate in force on the latest state's date, so that
 * currency moves do not read as deal changes; the forecast figures as the weighted pipeline converts
 * them, at each deal's close date), the {@linkplain Scope#basedOn() definitions} results cite, and
 * the {@linkplain Scope#exampleLimit() example limit} of each exclusion reason. The scope's as-of
 * instant is the review's: no state may be later.
 *
 * <pre>{@code
 * ReviewOptions options = ReviewOptions.builder()
 *     .scope(Scope.builder().asOf(today, definition.timeZone()).periodKind(PeriodKind.QUARTER).build())
 *     .addStates(PipelineState.of("last week", lastWeek), PipelineState.of("today", today))
 *     .putAgingThresholdDays("proposal", new BigDecimal("41.33"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReviewOptions.class)
@JsonDeserialize(as = ImmutableReviewOptions.class)
public abstract class ReviewOptions {
  private static final Set<Dimension> NOT_GROUPABLE = EnumSet.of(Dimension.STAGE, Dimension.FORECAST_CATEGORY,
      Dimension.CLOSE_PERIOD);

  /** Only the generated implementation extends this class, so every instance is validated. */
  ReviewOptions() {}

  /**
   * What the reviews are as of and in: zone, close periods, currency, definitions, example limit.
   *
   * @return the scope; its as-of instant is not before the latest state
   */
  public abstract Scope scope();

  /**
   * The states compared, oldest first.
   *
   * @return at least two states with increasing instants
   */
  public abstract List<PipelineState> states();

  /**
   * The groups of the forecast reconciliation (owner, segment, source, product, the account,
   * {@code attribute:NAME}, {@code level:NAME} of the {@linkplain #roster() roster}); totals always.
   *
   * @return the dimensions, possibly none
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
   * How long a deal may stay in each open stage before it counts as stalled, in days (typically a
   * high percentile of the stage's completed visits, from stage velocity: see {@link
   * AgingThresholds}).
   *
   * @return stage id to days; a stage without a threshold judges nobody
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, BigDecimal> agingThresholdDays();

  /**
   * How many close-date slips across the states put a deal at risk.
   *
   * @return 2 unless set
   */
  @Value.Default
  public int slipsAtRisk() {
    return 2;
  }

  /**
   * How far a probability override may be from the reference model before it is a risk.
   *
   * @return 0.25 (25 points) unless set
   */
  @Value.Default
  public BigDecimal overrideTolerance() {
    return new BigDecimal("0.25");
  }

  /**
   * How long before a period's end a forecast must have been made to be scored on it, in days.
   *
   * @return 0 unless set: the latest state before the period ended
   */
  @Value.Default
  public int accuracyLeadDays() {
    return 0;
  }

  /**
   * How many deals each list keeps (movers, slips, deals at risk, closed deals); counts and totals
   * always cover every deal.
   *
   * @return 25 unless set
   */
  @Value.Default
  public int listLimit() {
    return 25;
  }

  /**
   * A new builder.
   *
   * @return a builder with the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds options. */
  public static final class Builder extends ImmutableReviewOptions.Builder {
    Builder() {}

    /**
     * Adds fixed dimensions to group by (each as {@link OpenDimension#of}).
     *
     * <pre>{@code
     * ReviewOptions.builder().scope(scope).addStates(lastWeek, today).addGroupBy(Dimension.OWNER).build();
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
   * The date a state is as of, in the scope's zone.
   *
   * @param state the state's position
   * @return its date
   */
  public LocalDate dateOf(int state) {
    return LocalDate.ofInstant(states().get(state).asOf(), scope().zone());
  }

  /**
   * The state before the latest ("last week").
   *
   * @return the state
   */
  @JsonIgnore
  public PipelineState previous() {
    return states().get(states().size() - 2);
  }

  /**
   * The latest state ("now").
   *
   * @return the state
   */
  @JsonIgnore
  public PipelineState latest() {
    return states().get(states().size() - 1);
  }

  /** The close period of a date: the scope's period kind under its fiscal calendar. */
  Period periodOf(LocalDate date) {
    return scope().periodOf(date);
  }

  /** A close period from its label. */
  Period parsePeriod(String label) {
    return scope().fiscalCalendar().parse(scope().periodKind(), label);
  }

  /** Pipeline options for the deals of one state, grouped by the dimensions given. */
  PipelineOptions pipelineOptions(int state, List<OpenDimension> groupBy) {
    List<OpenDimension> dims = new ArrayList<>(groupBy);
    if (dims.stream().noneMatch(OpenDimension::isClosePeriod)) {
      dims.add(OpenDimension.of(Dimension.CLOSE_PERIOD));
    }
    Scope s = scope();
    // the pipeline of a state is as of the start of its day in UTC, as it always was
    Scope pipelineScope = Scope.builder().asOf(dateOf(state), ZoneOffset.UTC).periodKind(s.periodKind())
        .fiscalCalendar(s.fiscalCalendar()).reportingCurrency(s.reportingCurrency()).exchangeRates(s.exchangeRates())
        .addAllBasedOn(s.basedOn()).build();
    return PipelineOptions.builder().scope(pipelineScope).addAllGroupBy(dims).roster(roster())
        .creditDate(creditDate()).build();
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("review options");
    v.check(states().size() >= 2, "states", states().size(), "must be at least two (a review compares states)");
    for (int i = 1; i < states().size(); i++) {
      v.check(states().get(i).asOf().isAfter(states().get(i - 1).asOf()), "states", states().get(i).label(),
          "must be later than the state before it", states().get(i - 1).label() + " is as of "
              + states().get(i - 1).asOf());
    }
    states().stream().filter(st -> st.asOf().isAfter(scope().asOf())).findFirst().ifPresent(st -> v.check(false,
        "states", st.label(), "must not be later than the scope's as-of", "the scope is as of " + scope().asOf()));
    groupBy().forEach(d -> v.check(d.dimension().filter(NOT_GROUPABLE::contains).isEmpty(), "groupBy", d,
        "must not be the stage, forecast category or close period (periods are the reviews' rows already)"));
    OpenDimension.check(v, groupBy(), roster(), creditDate());
    agingThresholdDays().forEach((stage, days) -> v.check(days.signum() > 0, "agingThresholdDays." + stage,
        days.toPlainString(), "must be positive"));
    v.check(slipsAtRisk() >= 1, "slipsAtRisk", slipsAtRisk(), "must be at least 1");
    v.check(overrideTolerance().signum() >= 0 && overrideTolerance().compareTo(BigDecimal.ONE) <= 0,
        "overrideTolerance", overrideTolerance().toPlainString(), "must be between 0 and 1");
    v.check(accuracyLeadDays() >= 0, "accuracyLeadDays", accuracyLeadDays(), "must not be negative");
    v.check(listLimit() >= 0, "listLimit", listLimit(), "must not be negative");
    v.throwIfInvalid();
  }
}
