package dev.revops.forecast.revenue;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.money.Money;
import java.time.LocalDate;
import org.immutables.value.Value;

/** One invoice of a custom billing plan: its date and amount. */
@Value.Immutable
@JsonSerialize(as = ImmutableScheduledInvoice.class)
@JsonDeserialize(as = ImmutableScheduledInvoice.class)
public abstract class ScheduledInvoice {

  /** Only the generated implementation extends this class, so every instance is validated. */
  ScheduledInvoice() {}

  /**
   * The invoice date.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * The amount invoiced.
   *
   * @return a positive amount
   */
  public abstract Money amount();

  /**
   * An invoice.
   *
   * @param date its date
   * @param amount its amount, positive
   * @return the invoice
   */
  public static ScheduledInvoice of(LocalDate date, Money amount) {
    return new Builder().date(date).amount(amount).build();
  }

  /** Builds invoices. */
  static final class Builder extends ImmutableScheduledInvoice.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("scheduled invoice of " + date());
    v.check(amount().isPositive(), "amount", amount(), "must be positive");
    ContractBounds.date(v, "date", date());
    v.throwIfInvalid();
  }
}
