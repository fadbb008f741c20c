package dev.revops.forecast.revenue;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.money.ExchangeRateTable;
import dev.revops.core.period.FiscalCalendar;
import dev.revops.core.period.PeriodKind;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How schedules are computed and reported: the periods (calendar months unless set, or quarters
 * and fiscal years of a fiscal calendar), the zone dates are taken in, and an optional functional
 * currency with the rates into it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRevenueOptions.class)
@JsonDeserialize(as = ImmutableRevenueOptions.class)
public abstract class RevenueOptions {

  /** Only the generated implementation extends this class, so every instance is validated. */
  RevenueOptions() {}

  /**
   * The zone days and months start in.
   *
   * @return UTC unless set
   */
  @Value.Default
  public ZoneId zone() {
    return ZoneOffset.UTC;
  }

  /**
   * The length of the reporting periods.
   *
   * @return a month unless set
   */
  @Value.Default
  public PeriodKind periodKind() {
    return PeriodKind.MONTH;
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
   * The currency the books are kept in, when contracts are in others.
   *
   * @return the functional currency, if any
   */
  public abstract Optional<Currency> functionalCurrency();

  /**
   * Dated rates into the functional currency.
   *
   * @return the rate table; empty unless set
   */
  @Value.Default
  public ExchangeRateTable exchangeRates() {
    return ExchangeRateTable.empty();
  }

  /**
   * Definitions the results cite.
   *
   * @return definition references
   */
  public abstract List<DefinitionRef> basedOn();

  /**
   * The defaults: calendar months in UTC, no functional currency.
   *
   * @return the options
   */
  public static RevenueOptions defaults() {
    return builder().build();
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
  public static final class Builder extends ImmutableRevenueOptions.Builder {
    Builder() {}
  }
}
