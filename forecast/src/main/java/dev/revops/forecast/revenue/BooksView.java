package dev.revops.forecast.revenue;

import dev.revops.core.period.Period;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

/**
 * The closed-books part of a schedule: what the books already hold of one contract and which
 * period is the first open one. Closed periods show what was posted; the difference the contract
 * now makes to them is posted in the first open period, and a booking the books do not hold yet
 * whose period is closed is booked in the first open period.
 */
final class BooksView {
  private final ClosedBooks books;
  private final Optional<BooksIndex.Contract> posted;
  private final Optional<Period> open;
  private final Period bookingPeriod;

  /**
   * The view of one contract.
   *
   * @param books the books
   * @param contractId the contract
   * @param bookedIn the period of its booking date
   */
  BooksView(ClosedBooks books, String contractId, Period bookedIn) {
    this.books = books;
    this.posted = Optional.ofNullable(books.index().contracts.get(contractId));
    this.open = books.batches().isEmpty() ? Optional.empty() : Optional.of(books.firstOpen());
    // the booking is posted once: where the books have it, else in its period, else in the first open one
    this.bookingPeriod = posted.map(c -> c.bookingPeriod)
        .orElseGet(() -> open.filter(o -> o.compareTo(bookedIn) > 0).orElse(bookedIn));
  }

  /** Whether the books already hold the contract's booking. */
  boolean booked() {
    return posted.isPresent();
  }

  /** The period the booking is (to be) posted in. */
  Period bookingPeriod() {
    return bookingPeriod;
  }

  /** The booking date the books hold, else the contract's own. */
  LocalDate bookingDate(LocalDate own) {
    return posted.map(c -> c.bookingDate).orElse(own);
  }

  /** The figures to show: the computed ones, with closed periods frozen at what was posted. */
  PeriodFigures shown(PeriodFigures computed, Currency currency) {
    return open.isEmpty() ? computed : PeriodFigures.frozen(computed,
        posted.map(c -> c.figures).orElseGet(PeriodFigures::new), books.closedBefore(), open.get(), currency);
  }

  /** The last period to show: the last with activity, extended to the first open one if corrections need it. */
  Period last(Period lastActivity, PeriodFigures shown) {
    Period last = max(max(lastActivity, bookingPeriod), shown.last().orElse(lastActivity));
    if (open.isPresent() && PeriodFigures.closed(bookingPeriod, books.closedBefore())) {
      last = max(last, open.get());   // corrections need the first open period
    }
    return last;
  }

  private static Period max(Period a, Period b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
