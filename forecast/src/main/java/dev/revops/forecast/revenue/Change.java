package dev.revops.forecast.revenue;

import dev.revops.core.money.Money;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One change a schedule applies, in the order of their instants: a contract modification, or a
 * credit note with a treatment (a price concession of its amount). The two kinds are two types,
 * so a schedule never tells them apart by an absent field.
 */
sealed interface Change permits Change.Modification, Change.Concession {

  /**
   * When the change takes effect.
   *
   * @return the instant
   */
  Instant at();

  /**
   * The id of the modification or credit note.
   *
   * @return the id
   */
  String id();

  /**
   * How its revenue is posted.
   *
   * @return {@link RevenueSource#MODIFICATION}, {@link RevenueSource#CANCELLATION} or
   *     {@link RevenueSource#CREDIT_NOTE}
   */
  RevenueSource source();

  /**
   * How the change is accounted for.
   *
   * @return the treatment
   */
  Treatment treatment();

  /**
   * What the change adds to the transaction price, in minor units (negative for a concession).
   *
   * @return the price change
   */
  long priceChange();

  /**
   * The input field an invalid price change is reported against.
   *
   * @return for example {@code modifications.M1.priceChange}
   */
  String priceField();

  /**
   * Whether the change ends every obligation and sets the price to what was recognized.
   *
   * @return true for a cancellation
   */
  default boolean cancels() {
    return false;
  }

  /**
   * The changes of a contract in the order they apply: by instant, modifications before credit
   * notes at the same instant. Credit notes without a treatment change billing only and are not
   * listed.
   *
   * @param contract the contract
   * @param zone the zone a credit note's date starts in
   * @return the ordered changes
   */
  static List<Change> of(Contract contract, ZoneId zone) {
    List<Change> out = new ArrayList<>();
    contract.modifications().forEach(m -> out.add(new Modification(m)));
    contract.creditNotes().stream().filter(n -> n.treatment().isPresent())
        .forEach(n -> out.add(new Concession(n, n.date().atStartOfDay(zone).toInstant())));
    out.sort(Comparator.comparing(Change::at));   // stable: modifications first on ties
    return out;
  }

  /**
   * A contract modification.
   *
   * @param modification the modification
   */
  record Modification(ContractModification modification) implements Change {
    public Modification {
      Objects.requireNonNull(modification, "modification");
    }

    @Override
    public Instant at() {
      return modification.effective();
    }

    @Override
    public String id() {
      return modification.id();
    }

    @Override
    public RevenueSource source() {
      return cancels() ? RevenueSource.CANCELLATION : RevenueSource.MODIFICATION;
    }

    @Override
    public Treatment treatment() {
      return modification.treatment();
    }

    @Override
    public long priceChange() {
      return modification.priceChange().map(Money::getAmountMinor).orElse(0L);
    }

    @Override
    public String priceField() {
      return "modifications." + id() + ".priceChange";
    }

    @Override
    public boolean cancels() {
      return modification.kind() == ContractModification.Kind.CANCELLATION;
    }
  }

  /**
   * A credit note with a treatment: a price concession of its amount.
   *
   * @param note the credit note (its treatment present)
   * @param at the start of its date
   */
  record Concession(CreditNote note, Instant at) implements Change {
    public Concession {
      Objects.requireNonNull(note, "note");
      Objects.requireNonNull(at, "at");
      if (note.treatment().isEmpty()) {
        throw new IllegalArgumentException("credit note " + note.id() + " has no treatment: it changes billing only");
      }
    }

    @Override
    public String id() {
      return note.id();
    }

    @Override
    public RevenueSource source() {
      return RevenueSource.CREDIT_NOTE;
    }

    @Override
    public Treatment treatment() {
      return note.treatment().orElseThrow();
    }

    @Override
    public long priceChange() {
      return -note.amount().getAmountMinor();
    }

    @Override
    public String priceField() {
      return "creditNotes." + id() + ".amount";
    }
  }
}
