package dev.revops.forecast.revenue;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.money.Money;
import dev.revops.core.period.Period;
import java.util.List;
import org.immutables.value.Value;

/**
 * The schedules of one currency in one period, summed: what was recognized, billed and collected in
 * the period, and deferred revenue and unbilled receivables at its end (netted per contract, then
 * summed). Every amount is in the row's currency.
 *
 * <p>JSON: {@code {"period": {...}, "recognized": "USD 450.00", "billed": "USD 0.00", ...}}.
 *
 * <pre>{@code
 * totals.result().rows().forEach(r -> System.out.println(r.period().label() + " " + r.recognized()));
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScheduleTotalsRow.class)
@JsonDeserialize(as = ImmutableScheduleTotalsRow.class)
public abstract class ScheduleTotalsRow {

  /** Only the generated implementation extends this class, so every instance is validated. */
  ScheduleTotalsRow() {}

  /**
   * The period.
   *
   * @return the period
   */
  public abstract Period period();

  /**
   * Revenue recognized in the period.
   *
   * @return the sum
   */
  public abstract Money recognized();

  /**
   * Billed in the period (invoices less credit notes).
   *
   * @return the sum
   */
  public abstract Money billed();

  /**
   * Collected in the period.
   *
   * @return the sum
   */
  public abstract Money collected();

  /**
   * Deferred revenue (contract liabilities) at the period's end, netted per contract.
   *
   * @return the sum
   */
  public abstract Money deferred();

  /**
   * Unbilled receivables (contract assets) at the period's end, netted per contract.
   *
   * @return the sum
   */
  public abstract Money unbilled();

  /** Builds rows (the totals do; public for JSON). */
  public static final class Builder extends ImmutableScheduleTotalsRow.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("schedule totals of " + period().label());
    for (Money m : List.of(billed(), collected(), deferred(), unbilled())) {
      v.check(m.getCurrency().equals(recognized().getCurrency()), "currency", m, "must be the row's currency "
          + recognized().getCurrencyCode());
    }
    v.throwIfInvalid();
  }
}
