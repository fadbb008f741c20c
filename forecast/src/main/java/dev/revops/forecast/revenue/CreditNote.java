package dev.revops.forecast.revenue;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.money.Money;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A credit note against an invoice: it reduces what is billed on its date and, unless it only
 * corrects billing, reduces the transaction price by the same amount (a price concession), with
 * the {@link Treatment} given.
 *
 * <p>JSON: {@code {"id": "CN-7", "invoiceId": "C42-1", "date": "2026-06-01", "amount": "USD 250.00",
 * "treatment": "PROSPECTIVE"}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCreditNote.class)
@JsonDeserialize(as = ImmutableCreditNote.class)
public abstract class CreditNote {

  /** Only the generated implementation extends this class, so every instance is validated. */
  CreditNote() {}

  /**
   * The credit note's id.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The invoice it credits.
   *
   * @return the invoice id
   */
  public abstract String invoiceId();

  /**
   * Its date.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * How much it credits.
   *
   * @return a positive amount, at most the invoice's
   */
  public abstract Money amount();

  /**
   * How the price reduction reaches revenue.
   *
   * @return the treatment; empty when the note corrects billing only and the price is unchanged
   */
  public abstract Optional<Treatment> treatment();

  /**
   * Why it was issued.
   *
   * @return the reason, if given
   */
  public abstract Optional<String> reason();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds credit notes. */
  public static final class Builder extends ImmutableCreditNote.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("credit note " + id());
    v.text("id", id());
    v.text("invoiceId", invoiceId());
    v.text("reason", reason());
    v.check(amount().isPositive(), "amount", amount(), "must be positive");
    ContractBounds.date(v, "date", date());
    v.throwIfInvalid();
  }
}
