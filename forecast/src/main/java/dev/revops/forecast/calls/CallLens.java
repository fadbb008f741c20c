package dev.revops.forecast.calls;

import dev.revops.core.roster.CreditDate;
import dev.revops.core.deal.Deal;
import dev.revops.core.money.Money;
import dev.revops.core.period.Period;
import dev.revops.core.pipeline.ForecastCategory;
import dev.revops.core.money.Rounding;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

/** How the forecast-call aggregates see one deal: its period, credit day, amount, or why it is left out. */
final class CallLens {
  /** Why a deal is left out, or how it is seen. */
  record Seen(Optional<String> excludedBecause, Period period, LocalDate creditDate, Money amount,
      ForecastCategory category) {
    boolean won() {
      return category == ForecastCategory.CLOSED;
    }
  }

  private final CallOptions options;

  CallLens(CallOptions options) {
    this.options = options;
  }

  /**
   * A deal's close period (closed date if closed, expected if open), credit day, amount and category
   * (Closed for won, Omitted for lost); left out without an amount, a close date or an owner.
   */
  Seen see(Deal deal) {
    Optional<LocalDate> close = deal.isClosed() ? deal.closedDate() : deal.expectedCloseDate();
    if (deal.owner().isEmpty()) {
      return excluded("no-owner");
    }
    if (deal.amount().isEmpty()) {
      return excluded("no-amount");
    }
    if (close.isEmpty()) {
      return excluded("no-close-date");
    }
    LocalDate credit = options.creditDate() == CreditDate.AS_OF ? options.scope().asOfDate() : close.get();
    ForecastCategory category = deal.isWon() ? ForecastCategory.CLOSED
        : deal.isLost() ? ForecastCategory.OMITTED : deal.effectiveForecastCategory();
    Optional<Money> amount = inReportingCurrency(deal.amount().get(), close.get());
    if (amount.isEmpty()) {
      return excluded("no-rate");
    }
    return new Seen(Optional.empty(), options.scope().periodOf(close.get()), credit, amount.get(), category);
  }

  /**
   * An amount in the scope's reporting currency at the rate of a day, rounded half-even to the minor
   * unit; unchanged without a reporting currency; empty when there is no rate that day.
   */
  Optional<Money> inReportingCurrency(Money amount, LocalDate on) {
    Optional<Currency> to = options.scope().reportingCurrency();
    if (to.isEmpty() || to.get().equals(amount.getCurrency())) {
      return Optional.of(amount);
    }
    if (options.scope().exchangeRates().rate(amount.getCurrency(), to.get(), on).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(options.scope().exchangeRates().convert(amount, to.get(), on, Rounding.MONEY));
  }

  private static Seen excluded(String reason) {
    return new Seen(Optional.of(reason), null, null, null, null);
  }
}
