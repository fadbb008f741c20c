package dev.revops.core.scope;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.money.ExchangeRateTable;
import dev.revops.core.period.FiscalCalendar;
import dev.revops.core.period.Period;
import dev.revops.core.period.PeriodKind;
import dev.revops.core.period.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a computation is "as of and in": the one value every computation of revops-model takes,
 * so that a pipeline, a velocity, a review and a revenue close asked the same question agree on
 * what day it is, which periods there are and which currency totals are in.
 *
 * <ul>
 *   <li>{@link #asOf()}: the instant the data is seen from (nothing after it is known);</li>
 *   <li>{@link #zone()}: the zone days, months and business hours start in;</li>
 *   <li>{@link #periodKind()} and {@link #fiscalCalendar()}: how dates are cut into reporting
 *       periods (months; fiscal quarters and years with a configurable first month);</li>
 *   <li>{@link #workingCalendar()}: which days are working days, for business-time durations;</li>
 *   <li>{@link #reportingCurrency()} with its {@link #exchangeRates()}: the one currency totals are
 *       converted into, if any (without one, every total stays per currency: two currencies are
 *       never added);</li>
 *   <li>{@link #basedOn()}: the definitions the records were read under, which results cite;</li>
 *   <li>{@link #exampleLimit()}: how many example ids a result keeps per exclusion reason.</li>
 * </ul>
 *
 * <p>Options classes keep only what is their own (the grouping of a pipeline, the look-back of a
 * conversion) and take a {@code Scope} for the rest.
 *
 * <pre>{@code
 * Scope scope = Scope.builder()
 *     .asOf(LocalDate.parse("2026-10-01"), ZoneId.of("Europe/Paris"))  // midnight, Paris time
 *     .periodKind(PeriodKind.QUARTER).fiscalCalendar(FiscalCalendar.startingIn(Month.FEBRUARY))
 *     .reportingCurrency(Money.currency("USD")).exchangeRates(rates)
 *     .addBasedOn(definition.ref())
 *     .build();
 * scope.asOfDate();                                   // 2026-10-01
 * scope.periodOf(LocalDate.parse("2026-03-15"));      // FY2027-Q1
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScope.class)
@JsonDeserialize(as = ImmutableScope.class)
public abstract class Scope {
  /** The most example ids a result may keep per exclusion reason. */
  public static final int MAX_EXAMPLE_LIMIT = 1_000;

  /** Only the generated implementation extends this class, so every instance is validated. */
  Scope() {}

  /**
   * The instant the data is seen from: results cite it, and nothing later is known.
   *
   * @return the as-of instant
   */
  public abstract Instant asOf();

  /**
   * The zone days, months and business hours start in.
   *
   * @return UTC unless set
   */
  @Value.Default
  public ZoneId zone() {
    return ZoneOffset.UTC;
  }

  /**
   * The length of reporting periods.
   *
   * @return a month unless set
   */
  @Value.Default
  public PeriodKind periodKind() {
    return PeriodKind.MONTH;
  }

  /**
   * Where fiscal quarters and years start.
   *
   * @return the calendar year unless set
   */
  @Value.Default
  public FiscalCalendar fiscalCalendar() {
    return FiscalCalendar.calendarYear();
  }

  /**
   * Which days are working days, for durations in business time. Its zone is the scope's zone.
   *
   * @return Monday to Friday in the scope's zone, without holidays, unless set
   */
  @Value.Default
  public WorkingCalendar workingCalendar() {
    return WorkingCalendar.builder().zone(zone()).build();
  }

  /**
   * The one currency totals are converted into.
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
   * The definitions the records were read under (the pipeline definition, say), cited by results.
   *
   * @return definition references, without repeats
   */
  public abstract List<DefinitionRef> basedOn();

  /**
   * How many example ids a result keeps per exclusion reason.
   *
   * @return 5 unless set; between 0 and {@value #MAX_EXAMPLE_LIMIT}
   */
  @Value.Default
  public int exampleLimit() {
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

  /**
   * A scope as of the start of a date in UTC, with every other setting at its default.
   *
   * @param asOf the as-of date
   * @return the scope
   */
  public static Scope asOf(LocalDate asOf) {
    return builder().asOf(asOf, ZoneOffset.UTC).build();
  }

  /** Builds scopes. */
  public static final class Builder extends ImmutableScope.Builder {
    Builder() {}

    /**
     * Sets the as-of instant to the start of a date in a zone, and the zone.
     *
     * @param date the as-of date
     * @param zone the zone days start in
     * @return this builder
     */
    public Builder asOf(LocalDate date, ZoneId zone) {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(zone, "zone");
      asOf(date.atStartOfDay(zone).toInstant());
      zone(zone);
      return this;
    }
  }

  /**
   * The as-of date: the day the as-of instant falls on in the scope's zone.
   *
   * @return the date
   */
  @JsonIgnore
  public LocalDate asOfDate() {
    return LocalDate.ofInstant(asOf(), zone());
  }

  /**
   * The start of a date in the scope's zone.
   *
   * @param date a date
   * @return its first instant
   */
  public Instant startOf(LocalDate date) {
    return Objects.requireNonNull(date, "date").atStartOfDay(zone()).toInstant();
  }

  /**
   * The reporting period a date falls in.
   *
   * @param date a date
   * @return the period of {@link #periodKind()} under {@link #fiscalCalendar()}
   */
  public Period periodOf(LocalDate date) {
    return fiscalCalendar().periodOf(periodKind(), Objects.requireNonNull(date, "date"));
  }

  /**
   * The reporting period an instant falls in, in the scope's zone.
   *
   * @param instant an instant
   * @return the period of the instant's date in {@link #zone()}
   */
  public Period periodOf(Instant instant) {
    return periodOf(LocalDate.ofInstant(Objects.requireNonNull(instant, "instant"), zone()));
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("scope");
    v.check(workingCalendar().zone().equals(zone()), "workingCalendar", workingCalendar().zone(),
        "must count days in the scope's zone", "the scope's zone is " + zone());
    v.check(reportingCurrency().isPresent() || exchangeRates().rates().isEmpty(), "exchangeRates",
        exchangeRates().rates().size() + " rates", "need a reportingCurrency to convert into");
    v.check(basedOn().stream().distinct().count() == basedOn().size(), "basedOn", basedOn(),
        "must not repeat a definition");
    v.check(exampleLimit() >= 0 && exampleLimit() <= MAX_EXAMPLE_LIMIT, "exampleLimit", exampleLimit(),
        "must be between 0 and " + MAX_EXAMPLE_LIMIT);
    v.throwIfInvalid();
  }
}
