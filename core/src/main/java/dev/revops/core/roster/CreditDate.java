package dev.revops.core.roster;

import dev.revops.core.deal.Deal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The day a deal is credited to the roster on: whose team it counts for when people move. Results
 * that group by a roster level name it.
 *
 * <pre>{@code
 * CreditDate.CLOSE_DATE.dayOf(wonOnMarch3, LocalDate.parse("2026-10-01"));   // 2026-03-03
 * CreditDate.AS_OF.dayOf(wonOnMarch3, LocalDate.parse("2026-10-01"));        // 2026-10-01
 * }</pre>
 */
public enum CreditDate {
  /** The deal's close date: its closed date if closed, its expected close date if open. */
  CLOSE_DATE,
  /** The scope's as-of date: every deal counts for today's hierarchy (as Salesforce forecasts do). */
  AS_OF;

  /**
   * The day a deal is credited on.
   *
   * @param deal the deal
   * @param asOf the as-of date of the computation
   * @return under {@link #CLOSE_DATE} the deal's closed date if closed, its expected close date if
   *     open, the as-of date when it has neither; under {@link #AS_OF} the as-of date
   */
  public LocalDate dayOf(Deal deal, LocalDate asOf) {
    Objects.requireNonNull(deal, "deal");
    Objects.requireNonNull(asOf, "asOf");
    if (this == AS_OF) {
      return asOf;
    }
    Optional<LocalDate> close = deal.isClosed() ? deal.closedDate() : deal.expectedCloseDate();
    return close.orElse(asOf);
  }
}
