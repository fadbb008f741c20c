package dev.revops.forecast.pipeline;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.deal.Deal;
import dev.revops.core.dimension.Dimension;
import dev.revops.core.dimension.OpenDimension;
import dev.revops.core.period.Period;
import dev.revops.core.roster.CreditDate;
import dev.revops.core.roster.Roster;
import dev.revops.core.scope.Scope;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the pipeline aggregates count and how they group it: their own settings (the grouping and an
 * optional window of close dates) and the {@link Scope} they are computed in.
 *
 * <p>Of the scope, the pipeline aggregates use: the {@linkplain Scope#asOfDate() as-of date}
 * (results cite the as-of instant; open deals expected to close before the as-of date are past
 * due), the {@linkplain Scope#periodKind() period kind} and {@linkplain Scope#fiscalCalendar()
 * fiscal calendar} (close periods), the {@linkplain Scope#reportingCurrency() reporting currency}
 * with its {@linkplain Scope#exchangeRates() rates}, the definitions read under ({@linkplain
 * Scope#basedOn() basedOn}, cited by results) and the {@linkplain Scope#exampleLimit() example
 * limit} of exclusions. Not the zone beyond the as-of date, nor the working calendar.
 *
 * <p>Without a reporting currency, every total is per currency. With one, each deal's amount is
 * converted with the rate table at the rate in force on its close date (expected for open deals,
 * actual for closed ones); a deal whose currency has no rate then is excluded, and says so.
 *
 * <p>Groups are any {@link OpenDimension}s: a deal field, the account, {@code attribute:NAME}, or
 * {@code level:NAME} of the {@linkplain #roster() roster}, looked up on the day the deal is
 * {@linkplain #creditDate() credited} (named with the roster: its close date or the as-of date).
 *
 * <pre>{@code
 * Scope scope = Scope.builder().asOf(LocalDate.parse("2026-10-01"), ZoneOffset.UTC)
 *     .periodKind(PeriodKind.QUARTER)
 *     .reportingCurrency(Money.currency("USD")).exchangeRates(rates)
 *     .addBasedOn(definition.ref())
 *     .build();
 * PipelineOptions options = PipelineOptions.builder().scope(scope)
 *     .addGroupBy(Dimension.OWNER, Dimension.CLOSE_PERIOD)
 *     .build();
 * PipelineOptions byManager = PipelineOptions.builder().scope(scope)
 *     .roster(roster).creditDate(CreditDate.CLOSE_DATE)
 *     .addGroupBy(OpenDimension.parse("level:manager", roster), OpenDimension.of(Dimension.CLOSE_PERIOD))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePipelineOptions.class)
@JsonDeserialize(as = ImmutablePipelineOptions.class)
public abstract class PipelineOptions {

  /** Only the generated implementation extends this class, so every instance is validated. */
  PipelineOptions() {}

  /**
   * What the aggregates are as of and in (see the class comment for the fields they use).
   *
   * @return the scope
   */
  public abstract Scope scope();

  /**
   * The dimensions to group by, in order; empty for totals only.
   *
   * @return the dimensions
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
   * The first close date counted; earlier deals are excluded as outside the window.
   *
   * @return the start, inclusive, if any
   */
  public abstract Optional<LocalDate> windowStart();

  /**
   * The day after the last close date counted; later deals are excluded as outside the window.
   *
   * @return the end, exclusive, if any
   */
  public abstract Optional<LocalDate> windowEnd();

  /**
   * A new builder.
   *
   * @return a builder with the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds options. */
  public static final class Builder extends ImmutablePipelineOptions.Builder {
    Builder() {}

    /**
     * Adds fixed dimensions to group by (each as {@link OpenDimension#of}).
     *
     * <pre>{@code
     * PipelineOptions.builder().scope(scope).addGroupBy(Dimension.OWNER, Dimension.CLOSE_PERIOD).build();
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
   * The same options grouped by other dimensions.
   *
   * @param dimensions the dimensions to group by, in order
   * @return options with this scope, roster, credit date and window, grouped by {@code dimensions}
   */
  public PipelineOptions groupedBy(List<OpenDimension> dimensions) {
    return builder().scope(scope()).addAllGroupBy(dimensions).roster(roster()).creditDate(creditDate())
        .windowStart(windowStart()).windowEnd(windowEnd()).build();
  }

  /**
   * Whether deals are placed in close periods.
   *
   * @return true when grouping by {@link Dimension#CLOSE_PERIOD}
   */
  boolean groupsByPeriod() {
    return groupBy().stream().anyMatch(OpenDimension::isClosePeriod);
  }

  /** A deal's values of the grouping, levels looked up on its credit day. */
  List<String> keyOf(Deal deal, Optional<Period> period) {
    Roster r = roster().orElse(Roster.empty());
    return OpenDimension.groupKey(groupBy(), deal, period, r,
        creditDate().orElse(CreditDate.CLOSE_DATE).dayOf(deal, scope().asOfDate()));
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("pipeline options");
    OpenDimension.check(v, groupBy(), roster(), creditDate());
    if (windowStart().isPresent() && windowEnd().isPresent()) {
      v.check(windowEnd().get().isAfter(windowStart().get()), "windowEnd", windowEnd().get(),
          "must be after windowStart", "windowStart is " + windowStart().get());
    }
    v.throwIfInvalid();
  }
}
