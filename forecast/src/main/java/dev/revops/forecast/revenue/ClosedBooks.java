package dev.revops.forecast.revenue;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.money.Money;
import dev.revops.core.period.Period;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * The books: an append-only, tamper-evident journal of closes. Each {@link BooksBatch} closes the
 * periods ending on or before its date and posts every figure of every contract in them
 * ({@link Posting}: revenue per obligation and source, billing, cash, the booking and the contract
 * value, and the functional-currency figures); a schedule computed against the books keeps those
 * figures, and posts the difference a late change makes as a correction in the first open period.
 *
 * <p><b>Tamper-evident.</b> Every entry carries a SHA-256 digest chained to the entry before it,
 * every batch the digest of its canonical content and the previous batch's digest (the canonical
 * form is defined in {@link BooksBatch}). Books are verified whenever they are built, so also when
 * read from JSON: the chain and every digest, and every invariant: each posting's period is one its
 * batch closes, its currency is its contract's (or the functional one), no posting repeats
 * another, a contract is booked once and before anything else is posted to it, and each batch's
 * balances are the previous ones plus its postings. Edited books are refused with an
 * {@link InvalidBooksException} naming the first bad batch and entry. The digests find edits, not a
 * forger who recomputes them all: keep the last {@link #digest()} somewhere else to detect that.
 *
 * <p><b>Append-only.</b> {@link #closing} adds one batch with only the newly closed periods;
 * nothing posted is ever removed, so a contract that is missing from a later input (or rejected,
 * or no longer scheduled) keeps its postings, and {@link #schedule(String)} gives its schedule from
 * the books alone for every report. Closing at or before the last close is refused.
 *
 * <p>Pure: a value, written and read as JSON by the caller
 * ({@code {"format": "revops-books/1", "batches": [...]}}).
 *
 * <pre>{@code
 * ClosedBooks books = ClosedBooks.none();
 * Closing june = books.closing(LocalDate.parse("2026-07-01"), "June close", options);
 * contracts.forEach(c -> june.add(RevenueSchedule.of(c, options, books)));
 * ClosedBooks closed = june.result();
 * ContractSchedule later = RevenueSchedule.of(contractWithLateCreditNote, options, closed);
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableClosedBooks.class)
@JsonDeserialize(as = ImmutableClosedBooks.class)
public abstract class ClosedBooks {
  /** The format this release writes and reads. */
  public static final String FORMAT = "revops-books/1";

  /** Only the generated implementation extends this class, so every instance is validated. */
  ClosedBooks() {}

  /**
   * The format of the books.
   *
   * @return {@value #FORMAT}
   */
  @Value.Default
  public String format() {
    return FORMAT;
  }

  /**
   * The closes, oldest first.
   *
   * @return the batches
   */
  public abstract List<BooksBatch> batches();

  /**
   * Books with nothing closed.
   *
   * @return empty books
   */
  public static ClosedBooks none() {
    return new Builder().build();
  }

  /**
   * Books of these batches, verified.
   *
   * @param batches the batches, oldest first
   * @return the books
   * @throws InvalidBooksException naming the first bad batch and entry
   */
  public static ClosedBooks of(List<BooksBatch> batches) {
    return new Builder().addAllBatches(batches).build();
  }

  /** The books indexed by contract (verified when built). */
  @Value.Lazy
  BooksIndex index() {
    return BooksIndex.read(batches(), false);
  }

  /**
   * The first day not closed: every period ending on or before it is closed.
   *
   * @return the last batch's date; {@link LocalDate#MIN} when nothing is closed
   */
  public LocalDate closedBefore() {
    return batches().isEmpty() ? LocalDate.MIN : batches().get(batches().size() - 1).closedBefore();
  }

  /**
   * The digest of the last batch, which vouches for every batch before it.
   *
   * @return 64 hex digits; empty when nothing is closed
   */
  public Optional<String> digest() {
    return batches().isEmpty() ? Optional.empty() : Optional.of(batches().get(batches().size() - 1).digest());
  }

  /**
   * The contracts the books hold postings of.
   *
   * @return their ids, sorted (unmodifiable)
   */
  public SortedSet<String> contracts() {
    return index().ids;
  }

  /**
   * The schedule of a contract from the books alone, for a contract that is in the books and not
   * in this input: its rows from its booking to the last closed period, every figure as posted
   * ({@link ContractSchedule#booksOnly()}). Its final price is the contract value last posted, so the
   * reports keep its remaining performance obligations; it has no allocations, changes or billing
   * documents, and its customer is empty (the books do not hold customers).
   *
   * @param contractId a contract of {@link #contracts()}
   * @return its schedule
   * @throws IllegalArgumentException if the books hold nothing of it
   */
  public ContractSchedule schedule(String contractId) {
    Objects.requireNonNull(contractId, "contractId");
    BooksIndex.Contract c = index().contracts.get(contractId);
    if (c == null) {
      throw new IllegalArgumentException("the books hold nothing of contract " + contractId);
    }
    Period lastClosed = index().calendar.periodOf(index().kind, firstOpen().start().minusDays(1));
    List<SchedulePeriod> rows = c.figures.rows(c.bookingPeriod, lastClosed, this::next, c.currency,
        index().functional.filter(f -> !f.equals(c.currency)));
    Money value = rows.get(rows.size() - 1).contractValue();
    return new ContractSchedule.Builder().contractId(contractId).customer("").currency(c.currency)
        .bookingDate(c.bookingDate).bookingPeriod(c.bookingPeriod).bookedPrice(Money.ofMinor(c.currency, c.booked))
        .finalPrice(value).addAllEntries(c.figures.entries()).addAllPeriods(rows).booksOnly(true).build();
  }

  /**
   * Starts the next close: every period ending on or before {@code closedBefore} will be closed.
   * Add the schedules of every contract of the input, computed against these books; contracts
   * already in the books and not added keep their postings.
   *
   * @param closedBefore the first day not closed; after {@link #closedBefore()}
   * @param note what to say of the close (for example who approved it); not blank
   * @param options the options the schedules were computed with; the books' own, once they have any
   * @return the close, to add schedules to
   * @throws IllegalArgumentException if the date is not after the last close (a one-line reason), or
   *     the options are not the books'
   */
  public Closing closing(LocalDate closedBefore, String note, RevenueOptions options) {
    return new Closing(this, closedBefore, note, options);
  }

  /**
   * Checks that schedules computed with these options can be reported and closed against the
   * books: the same period kind, fiscal-year start and functional currency as the batches.
   *
   * @param options the options
   * @throws IllegalArgumentException naming what differs
   */
  public void checkOptions(RevenueOptions options) {
    Objects.requireNonNull(options, "options");
    if (batches().isEmpty()) {
      return;
    }
    BooksIndex i = index();
    if (options.scope().periodKind() != i.kind || options.scope().fiscalCalendar().fiscalYearStart() != i.fiscalYearStart
        || !options.functionalCurrency().equals(i.functional)) {
      throw new IllegalArgumentException("the books are kept in " + BooksIndex.keeping(batches().get(0))
          + "; these options have " + options.scope().periodKind() + " periods (fiscal year from "
          + options.scope().fiscalCalendar().fiscalYearStart() + "), functional currency "
          + options.functionalCurrency().map(Currency::getCurrencyCode).orElse("none")
          + ": report and close the books with their own");
    }
  }

  /** The first open period, in the books' periods. */
  Period firstOpen() {
    return index().calendar.periodOf(index().kind, closedBefore());
  }

  Period next(Period p) {
    return index().calendar.periodOf(index().kind, p.end());
  }

  /** Builds books. */
  static final class Builder extends ImmutableClosedBooks.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (!FORMAT.equals(format())) {
      throw new InvalidBooksException(0, 0, "the books are in format '" + format() + "'; this release reads "
          + FORMAT);
    }
    BooksIndex.read(batches(), true);
  }
}
