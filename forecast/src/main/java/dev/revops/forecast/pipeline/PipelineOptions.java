package dev.revops.forecast.pipeline;

import dev.revops.core.dimension.Dimension;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.money.ExchangeRateTable;
import dev.revops.core.period.FiscalCalendar;
import dev.revops.core.period.PeriodKind;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What the pipeline aggregates count and how they group it: the as-of date, the grouping, the
 * close periods, an optional window of close dates, and whether amounts stay in their own
 * currencies or are converted into one.
 *
 * <p>Without a {@linkplain #reportingCurrency() reporting currency}, every total is per currency.
 * With one, each deal's amount is converted with the {@linkplain #exchangeRates() rate table} at
 * the rate in force on its close date (expected for open deals, actual for closed ones); a deal
 * whose currency has no rate then is excluded, and says so.
 *
 * <pre>{@code
 * PipelineOptions options = PipelineOptions.builder()
 *     .asOf(LocalDate.parse("2026-10-01"))
 *     .addGroupBy(Dimension.OWNER, Dimension.CLOSE_PERIOD)
 *     .periodKind(PeriodKind.QUARTER)
 *     .reportingCurrency(Money.currency("USD")).exchangeRates(rates)
 *     .addBasedOn(definition.ref())
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
   * The date the deals are seen from: results cite it, and open deals expected to close before it
   * are counted as past due.
   *
   * @return the as-of date
   */
  public abstract LocalDate asOf();

  /**
   * The dimensions to group by, in order; empty for totals only.
   *
   * @return the dimensions
   */
  public abstract List<Dimension> groupBy();

  /**
   * The length of the close periods (for {@link Dimension#CLOSE_PERIOD}, roll-ups and ranges).
   *
   * @return a quarter unless set
   */
  @Value.Default
  public PeriodKind periodKind() {
    return PeriodKind.QUARTER;
  }

  /**
   * Where quarters and fiscal years start.
   *
   * @return the calendar year unless set
   */
  @Value.Default
  public FiscalCalendar calendar() {
    return FiscalCalendar.calendarYear();
  }

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
   * The one currency every amount is converted into.
   *
   * @return the currency; empty for totals per currency
   */
  public abstract Optional<Currency> reportingCurrency();

  /**
   * The dated rates used to convert into the reporting currency.
   *
   * @return the rate table; empty unless set
   */
  @Value.Default
  public ExchangeRateTable exchangeRates() {
    return ExchangeRateTable.empty();
  }

  /**
   * The definitions the deals were read under (the pipeline definition, say), cited by results.
   *
   * @return definition references
   */
  public abstract List<DefinitionRef> basedOn();

  /**
   * How many example deal ids results keep per exclusion reason.
   *
   * @return 5 unless set
   */
  @Value.Default
  public int maxExamples() {
    return 5;
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
  public static final class Builder extends ImmutablePipelineOptions.Builder {
    Builder() {}
  }

  /**
   * Whether deals are placed in close periods.
   *
   * @return true when grouping by {@link Dimension#CLOSE_PERIOD}
   */
  boolean groupsByPeriod() {
    return groupBy().contains(Dimension.CLOSE_PERIOD);
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("pipeline options");
    Set<Dimension> seen = new HashSet<>();
    groupBy().forEach(d -> v.check(seen.add(d), "groupBy", d, "must not repeat a dimension"));
    if (windowStart().isPresent() && windowEnd().isPresent()) {
      v.check(windowEnd().get().isAfter(windowStart().get()), "windowEnd", windowEnd().get(),
          "must be after windowStart", "windowStart is " + windowStart().get());
    }
    v.check(reportingCurrency().isPresent() || exchangeRates().rates().isEmpty(), "exchangeRates",
        exchangeRates().rates().size() + " rates", "need a reportingCurrency to convert into");
    v.check(maxExamples() >= 0, "maxExamples", maxExamples(), "must not be negative");
    v.throwIfInvalid();
  }
}
