package dev.revops.forecast.revenue;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.money.Money;
import dev.revops.core.period.Period;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The recognition and billing schedule of one contract, per period, with every line behind it:
 * the allocations, the billing documents, the revenue entries by obligation and source, and what
 * each change did. Built by {@link RevenueSchedule#of}.
 *
 * <p>Exact: the revenue entries sum to the final transaction price, each period row's figures are
 * sums of the entries and billing lines in it, and closed periods hold what was posted when they
 * closed (a late change is corrected in the first open period).
 *
 * <pre>{@code
 * ContractSchedule s = RevenueSchedule.of(contract, options, books);
 * s.positionAt(period).deferred();   // deferred revenue at the period's end
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableContractSchedule.class)
@JsonDeserialize(as = ImmutableContractSchedule.class)
public abstract class ContractSchedule {

  /** Only the generated implementation extends this class, so every instance is validated. */
  ContractSchedule() {}

  /**
   * The contract.
   *
   * @return its id
   */
  public abstract String contractId();

  /**
   * The customer.
   *
   * @return the customer
   */
  public abstract String customer();

  /**
   * The contract's currency.
   *
   * @return the currency
   */
  public abstract Currency currency();

  /**
   * When it was booked: the contract's booking date, or the one the books posted once they hold its
   * booking.
   *
   * @return the booking date
   */
  public abstract LocalDate bookingDate();

  /**
   * The period its booking is posted in, where its rows start: the booking date's period; the one
   * the books posted once they hold its booking; or, for a contract that reached closed books after
   * its booking period closed, the first open period (its earlier revenue is corrected there).
   *
   * @return the period
   */
  public abstract Period bookingPeriod();

  /**
   * The price as booked.
   *
   * @return the original transaction price
   */
  public abstract Money bookedPrice();

  /**
   * The price after every change.
   *
   * @return the final transaction price; for a schedule from the books alone, the contract value
   *     the books last posted
   */
  public abstract Money finalPrice();

  /**
   * Whether the contract is in the books and not in this input (missing, rejected or not
   * scheduled): its schedule is then what the books posted, closed periods only, and nothing after
   * them (see {@link ClosedBooks#schedule(String)}).
   *
   * @return true for a schedule from the books alone
   */
  @Value.Default
  public boolean booksOnly() {
    return false;
  }

  /**
   * The allocations: the original first, then the one of each prospective or catch-up change.
   *
   * @return the allocations
   */
  public abstract List<Allocation> allocations();

  /**
   * What each change did.
   *
   * @return the effects, in the order applied
   */
  public abstract List<ChangeEffect> changes();

  /**
   * The billing documents, in date order.
   *
   * @return the lines
   */
  public abstract List<BillingLine> billing();

  /**
   * The recognized revenue, per period, obligation and source.
   *
   * @return the entries, in period order
   */
  public abstract List<RevenueEntry> entries();

  /**
   * The schedule per period, from the booking period to the last period with activity.
   *
   * @return the rows, in period order
   */
  public abstract List<SchedulePeriod> periods();

  /**
   * The service start of each obligation, for the bridge ("not yet started").
   *
   * @return obligation id to the date its service starts
   */
  @Value.NaturalOrder
  public abstract java.util.SortedMap<String, LocalDate> serviceStarts();

  /**
   * The row of a period.
   *
   * @param period a period of the schedule's kind
   * @return the row; empty before the booking period or after the last one
   */
  public Optional<SchedulePeriod> row(Period period) {
    return periods().stream().filter(p -> p.period().equals(period)).findFirst();
  }

  /**
   * The contract's position at the end of a period, even one outside the rows: before the
   * booking nothing, after the last row the last row's position.
   *
   * @param period a period of the schedule's kind
   * @return recognized, billed and collected to date, contract value, deferred, unbilled and
   *     receivable
   */
  public Position positionAt(Period period) {
    Money zero = Money.zero(currency());
    SchedulePeriod last = null;
    for (SchedulePeriod p : periods()) {
      if (p.period().compareTo(period) > 0) {
        break;
      }
      last = p;
    }
    return last == null ? new Position(zero, zero, zero, zero) : Position.of(last);
  }

  /**
   * A contract's cumulative figures at a period's end.
   *
   * @param recognized recognized to date
   * @param billed billed to date
   * @param collected collected to date
   * @param contractValue the contract's value at the end
   */
  public record Position(Money recognized, Money billed, Money collected, Money contractValue) {
    static Position of(SchedulePeriod row) {
      return new Position(row.recognizedToDate(), row.billedToDate(), row.collectedToDate(), row.contractValue());
    }

    /**
     * Deferred revenue: billed beyond recognized.
     *
     * @return the amount, or zero
     */
    public Money deferred() {
      Money net = billed.minus(recognized);
      return net.isPositive() ? net : Money.zero(net.getCurrency());
    }

    /**
     * Unbilled receivable: recognized beyond billed.
     *
     * @return the amount, or zero
     */
    public Money unbilled() {
      Money net = recognized.minus(billed);
      return net.isPositive() ? net : Money.zero(net.getCurrency());
    }
  }

  /** Builds schedules (the engine does; public for JSON). */
  public static final class Builder extends ImmutableContractSchedule.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("schedule of contract " + contractId());
    Money total = Money.zero(currency());
    for (RevenueEntry e : entries()) {
      total = total.plus(e.amount());
    }
    v.check(booksOnly() || total.equals(finalPrice()), "entries", total, "must sum to the final transaction price "
        + finalPrice());
    if (!periods().isEmpty()) {
      Money value = periods().get(periods().size() - 1).contractValue();
      v.check(value.equals(finalPrice()), "periods", value, "must end at the final transaction price "
          + finalPrice() + " of contract value");
    }
    for (SchedulePeriod p : periods()) {
      v.check(p.period().equals(bookingPeriod()) || p.booked().isZero() && p.notYetStarted().isZero(), "periods",
          p.period().label(), "must book only in the booking period " + bookingPeriod().label());
    }
    v.throwIfInvalid();
  }
}
