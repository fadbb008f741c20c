package dev.revops.forecast.revenue;

import dev.revops.core.metric.Provenance;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.period.Period;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The schedules summed per period: one row per period and currency, and, with a functional
 * currency, one row per period in it. See {@link ScheduleTotals}.
 *
 * <pre>{@code
 * ScheduleTotalsResult r = totals.result();
 * r.rows().forEach(row -> System.out.println(row.period().label() + " " + row.recognized()));
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScheduleTotalsResult.class)
@JsonDeserialize(as = ImmutableScheduleTotalsResult.class)
public abstract class ScheduleTotalsResult {

  /** Only the generated implementation extends this class, so every instance is validated. */
  ScheduleTotalsResult() {}

  /**
   * The periods summed.
   *
   * @return first to last, in order
   */
  public abstract List<Period> periods();

  /**
   * Contracts counted.
   *
   * @return the count
   */
  public abstract long contracts();

  /**
   * One row per period and currency, from the first period in which a contract of the currency is
   * booked.
   *
   * @return the rows, by period then currency code
   */
  public abstract List<ScheduleTotalsRow> rows();

  /**
   * The functional currency of {@link #functional()}.
   *
   * @return the currency; empty without one
   */
  public abstract Optional<Currency> functionalCurrency();

  /**
   * One row per period from the first booking on, in the functional currency.
   *
   * @return the rows, by period; empty without a functional currency
   */
  public abstract List<FunctionalTotalsRow> functional();

  /**
   * Where the result comes from: its report definition, the scope's as-of and definitions, the
   * contracts counted and those left out, by reason.
   *
   * @return the provenance
   */
  public abstract Provenance provenance();

  /** Builds results. */
  public static final class Builder extends ImmutableScheduleTotalsResult.Builder {
    Builder() {}
  }
}
