package dev.revops.forecast.revenue;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.money.Money;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** One billing document of a contract: an invoice, an adjustment invoice or a credit note (negative). */
@Value.Immutable
@JsonSerialize(as = ImmutableBillingLine.class)
@JsonDeserialize(as = ImmutableBillingLine.class)
public abstract class BillingLine {

  /** The kinds of document. */
  public enum Kind {
    /** An invoice of the billing plan. */
    INVOICE,
    /** An invoice issued when a modification raised the price beyond what was left to bill. */
    ADJUSTMENT,
    /** A credit note: given, or issued when a modification lowered the price below what was billed. */
    CREDIT_NOTE
  }

  /** Only the generated implementation extends this class, so every instance is validated. */
  BillingLine() {}

  /**
   * The document's id.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * What it is.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * Its date.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * The amount billed: positive for invoices, negative for credit notes.
   *
   * @return the amount
   */
  public abstract Money amount();

  /**
   * The invoice a credit note credits, or the modification an adjustment comes from.
   *
   * @return the reference, if any
   */
  public abstract Optional<String> reference();

  static BillingLine of(String id, Kind kind, LocalDate date, Money amount, Optional<String> reference) {
    return new Builder().id(id).kind(kind).date(date).amount(amount).reference(reference).build();
  }

  /** Builds lines (schedules do). */
  static final class Builder extends ImmutableBillingLine.Builder {
    Builder() {}
  }
}
