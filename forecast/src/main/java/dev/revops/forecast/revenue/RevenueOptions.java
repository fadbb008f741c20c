package dev.revops.forecast.revenue;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.scope.Scope;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How schedules are computed and reported: all of it is the {@link Scope} they are computed in.
 * Revenue has no setting of its own; the scope fields it uses are
 * <ul>
 *   <li>{@link Scope#zone()}: the zone days and months start in;</li>
 *   <li>{@link Scope#periodKind()} and {@link Scope#fiscalCalendar()}: the reporting periods
 *       (calendar months unless set, or quarters and fiscal years of the fiscal calendar);</li>
 *   <li>{@link Scope#reportingCurrency()}: <b>the functional currency</b>, the currency the books
 *       are kept in when contracts are in others (none: every contract reports in its own), with
 *       {@link Scope#exchangeRates()} the dated rates into it;</li>
 *   <li>{@link Scope#asOf()}, {@link Scope#basedOn()} and {@link Scope#exampleLimit()}: the
 *       provenance of every report (a schedule itself covers the contract's whole life).</li>
 * </ul>
 *
 * <p>JSON: {@code {"scope": {...}}}, the scope without the fields revenue does not use
 * (its working calendar) and without its as-of and example limit, which every report's
 * provenance carries.
 *
 * <pre>{@code
 * RevenueOptions options = RevenueOptions.of(Scope.builder().asOf(LocalDate.parse("2026-10-01"), ZoneOffset.UTC)
 *     .reportingCurrency(Money.currency("USD")).exchangeRates(rates).build());
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRevenueOptions.class)
@JsonDeserialize(as = ImmutableRevenueOptions.class)
public abstract class RevenueOptions {

  /** Only the generated implementation extends this class, so every instance is validated. */
  RevenueOptions() {}

  /**
   * The scope the schedules and reports are computed in.
   *
   * @return the scope
   */
  @JsonProperty("scope")
  public abstract Scope scope();

  /**
   * The functional currency: it IS the scope's reporting currency.
   *
   * @return {@code scope().reportingCurrency()}
   */
  @JsonIgnore
  public Optional<Currency> functionalCurrency() {
    return scope().reportingCurrency();
  }

  /**
   * The options of a scope.
   *
   * @param scope the scope
   * @return the options
   */
  public static RevenueOptions of(Scope scope) {
    return builder().scope(Objects.requireNonNull(scope, "scope")).build();
  }

  /**
   * A new builder.
   *
   * @return a builder (the scope is required)
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds options. */
  public static final class Builder extends ImmutableRevenueOptions.Builder {
    Builder() {}
  }
}
