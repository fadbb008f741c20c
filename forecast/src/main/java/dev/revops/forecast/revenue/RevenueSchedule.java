package dev.revops.forecast.revenue;

import dev.revops.core.InvalidValueException;
import dev.revops.core.money.Money;
import dev.revops.core.money.Rounding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * The recognition and billing schedule of a contract: the pure function at the heart of the
 * revenue module.
 *
 * <p><b>Allocation.</b> The transaction price is allocated to the obligations by relative
 * standalone selling price ({@link Allocation}). <b>Recognition.</b> Each obligation's amount is
 * spread by its {@link RecognitionPattern}; what is recognized by any instant is the amount x the
 * pattern's exact share, rounded half-even to the minor unit (cumulative rounding), or, for the
 * conventions that place each calendar month's amount first ({@link RatableConvention}), the months
 * before plus the current month's amount x its elapsed share. Either way a period's revenue is the
 * difference of two such figures and every obligation's periods sum exactly to its amount. Nothing
 * is recognized before the booking date: service delivered earlier is recognized at booking.
 *
 * <p><b>Changes</b>, in order of their instant (modifications before credit notes at the same
 * instant): a {@link ContractModification}, or a {@link CreditNote} with a treatment (a price
 * concession of its amount). At each, the revenue recognized so far stays; then
 * <ul>
 *   <li>{@link Treatment#PROSPECTIVE}: the new price less what was recognized is allocated to what
 *       remains to be delivered, weighed by each obligation's standalone selling price x its
 *       remaining share, and spread from the change on (a negative remainder is reversed at once;
 *       a remainder with nothing left to deliver is recognized at once);</li>
 *   <li>{@link Treatment#CUMULATIVE_CATCH_UP}: the new price is allocated to all obligations as if
 *       from inception, and the difference between what that recognizes by the change and what was
 *       recognized is recognized at once.</li>
 * </ul>
 * A cancellation ends every obligation at the change and sets the price to what was recognized
 * (plus its price change: a settlement fee, say). An obligation whose service time changes has its
 * standalone selling price scaled in proportion (a price per month: worth its new calendar months).
 *
 * <p><b>Billing.</b> The plan's invoices; credit notes; and after each modification the invoices
 * not yet issued are re-spread so that billing meets the new price (what was billed beyond it is
 * credited at the change, a rise with nothing left to invoice is invoiced at the change).
 * <b>Closed books.</b> Periods the books have closed keep what was posted; the difference a late
 * change makes to them is posted in the first open period (revenue as a
 * {@link RevenueSource#CORRECTION} per obligation, billing, cash, contract value and the functional
 * figures in total). A contract the books do not hold yet whose booking period is closed is booked
 * in the first open period.
 *
 * <pre>{@code
 * ContractSchedule s = RevenueSchedule.of(contract, RevenueOptions.of(Scope.asOf(LocalDate.parse("2026-10-01"))));
 * s.periods().forEach(p -> System.out.println(p.period().label() + " " + p.recognized()));
 * }</pre>
 *
 * <p>Scope fields used: the zone (days and months start in it), the period kind and fiscal
 * calendar (the periods), the reporting currency (the functional currency) and its exchange rates.
 * Computed in four parts: recognition, billing, closed books and period assembly.
 *
 * <p>Pure and thread-safe.
 */
public final class RevenueSchedule {
  private RevenueSchedule() {}

  /**
   * The schedule of a contract with no period closed.
   *
   * @param contract the contract
   * @param options the periods, zone and functional currency
   * @return the schedule
   * @throws InvalidValueException if a change or credit note cannot apply (naming the contract, the
   *     line and the rule), or a rate into the functional currency is missing
   */
  public static ContractSchedule of(Contract contract, RevenueOptions options) {
    return of(contract, options, ClosedBooks.none());
  }

  /**
   * The schedule of a contract against closed books.
   *
   * @param contract the contract
   * @param options the periods, zone and functional currency
   * @param books what closed periods hold: closed periods show what was posted, and what this
   *     contract now puts in them beyond that is corrected in the first open period
   * @return the schedule
   * @throws InvalidValueException if a change or credit note cannot apply, a rate is missing, or
   *     a figure of the schedule is beyond what {@link Money} holds (its payments, say, sum beyond a
   *     {@code long} of minor units): one contract that cannot be scheduled, named with its amounts
   * @throws IllegalArgumentException if the books are kept in other options
   *     ({@link ClosedBooks#checkOptions})
   */
  public static ContractSchedule of(Contract contract, RevenueOptions options, ClosedBooks books) {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(options, "options");
    books.checkOptions(options);
    try {
      return compute(contract, options, books);
    } catch (ArithmeticException e) {
      // a contract's own figures beyond a long: that contract is invalid, not the run that reads it
      throw new InvalidValueException("contract " + contract.id(), List.of(new InvalidValueException.Violation(
          "amounts", InvalidValueException.text(contract.transactionPrice()), "must keep every figure of the schedule "
              + "(a price after changes, a period's billing, cash or revenue, in the contract's or the functional "
              + "currency) within what an amount holds: " + largest(contract.currency()) + " either way",
          String.valueOf(e.getMessage()))));
    }
  }

  /** The largest amount in a currency: a {@code long} of its minor units. */
  private static String largest(Currency currency) {
    return Money.ofMinor(currency.getCurrencyCode(), Long.MAX_VALUE).toString();
  }

  /** Recognition, billing and the changes in their order; then the periods against the books. */
  private static ContractSchedule compute(Contract contract, RevenueOptions options, ClosedBooks books) {
    Recognition recognition = new Recognition(contract, options.scope().zone());
    Billing billing = new Billing(contract);
    for (Change c : Change.of(contract, options.scope().zone())) {
      long newPrice = recognition.apply(c);
      if (c instanceof Change.Modification) {
        billing.respread(LocalDate.ofInstant(c.at(), options.scope().zone()), newPrice, c.id());
      }
    }
    return new PeriodAssembly(contract, options, recognition, billing.documents()).schedule(books);
  }

  /** A rule a contract's change or document breaks, naming the contract, the field and the value. */
  static InvalidValueException invalid(Contract contract, String field, Object value, String rule) {
    return new InvalidValueException("contract " + contract.id(), List.of(new InvalidValueException.Violation(
        field, InvalidValueException.text(value), rule)));
  }

  /** The rate of a contract's currency into another on a date; a missing rate names the contract. */
  static BigDecimal rate(RevenueOptions options, String contractId, Currency from, Currency to, LocalDate on) {
    return options.scope().exchangeRates().rate(from, to, on).orElseThrow(() -> new InvalidValueException(
        "contract " + contractId, List.of(new InvalidValueException.Violation("exchangeRates",
            from.getCurrencyCode() + "->" + to.getCurrencyCode() + " on " + on,
            "must have a rate to convert the contract into the functional currency"))));
  }

  static long round(BigDecimal amount, Currency currency) {
    return amount.setScale(currency.getDefaultFractionDigits(), Rounding.MONEY).unscaledValue()
        .longValueExact();
  }
}
