package dev.revops.forecast.review;

import dev.revops.core.deal.Deal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The close-date slips of one deal across consecutive states: each pair of states where the deal
 * is open in both and its expected close date is later in the second. (A deal that closes after
 * its expected date has not slipped: it closed late, and its closed date tells by how much.)
 *
 * @param count how many pairs slipped, at least one
 * @param days the days slipped, summed
 * @param first the expected close date before the first slip
 * @param last the expected close date after the last slip
 */
record Slips(int count, long days, LocalDate first, LocalDate last) {

  /** The slips of a series from state {@code from} on; empty when it did not slip. */
  static Optional<Slips> of(DealSeries series, int from) {
    int count = 0;
    long days = 0;
    LocalDate first = null;
    LocalDate last = null;
    for (int i = from; i + 1 < series.states().size(); i++) {
      Optional<Deal> a = series.at(i);
      Optional<Deal> b = series.at(i + 1);
      if (a.isEmpty() || b.isEmpty() || !a.get().isOpen() || !b.get().isOpen() || a.get().expectedCloseDate().isEmpty()
          || b.get().expectedCloseDate().isEmpty()) {
        continue;
      }
      LocalDate before = a.get().expectedCloseDate().get();
      LocalDate after = b.get().expectedCloseDate().get();
      if (after.isAfter(before)) {
        if (count == 0) {
          first = before;
        }
        last = after;
        days += ChronoUnit.DAYS.between(before, after);
        count++;
      }
    }
    return count == 0 ? Optional.empty() : Optional.of(new Slips(count, days, first, last));
  }
}
