package dev.revops.forecast.review;

import dev.revops.core.deal.Deal;
import dev.revops.core.money.Money;
import dev.revops.core.money.Rounding;
import dev.revops.core.period.Period;
import dev.revops.forecast.conversion.ProbabilityModel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

/**
 * How the reviews value a deal: its amount in the review currency (converted at the rate in force
 * on the latest state's date, rounded to the minor unit by {@link Rounding#MONEY}, deal by deal)
 * and its weighted value (that amount x the model's probability, rounded the same way; a won
 * deal's weighted value is its amount, a lost deal's zero).
 */
final class ReviewLens {
  static final String NO_AMOUNT = "no amount";
  static final String NO_RATE = "currency without a rate";

  private final ReviewOptions options;
  private final ProbabilityModel model;
  private final LocalDate rateDate;

  ReviewLens(ReviewOptions options, ProbabilityModel model) {
    this.options = options;
    this.model = model;
    this.rateDate = options.dateOf(options.states().size() - 1);
  }

  /** The deal's amount in the review currency; empty without an amount or a rate. */
  Optional<Money> value(Deal deal) {
    if (deal.amount().isEmpty()) {
      return Optional.empty();
    }
    Money amount = deal.amount().get();
    if (options.scope().reportingCurrency().isEmpty()) {
      return Optional.of(amount);
    }
    Currency to = options.scope().reportingCurrency().get();
    return options.scope().exchangeRates().rate(amount.getCurrency(), to, rateDate)
        .map(rate -> Money.of(to, amount.getAmount().multiply(rate), Rounding.MONEY));
  }

  /** Why a deal has no value: no amount, or no rate. */
  String whyNoValue(Deal deal) {
    return deal.amount().isEmpty() ? NO_AMOUNT : NO_RATE;
  }

  /** The weighted value of a deal whose value is known. */
  Money weighted(Deal deal, Money value) {
    if (deal.isWon()) {
      return value;
    }
    if (deal.isLost()) {
      return Money.zero(value.getCurrency());
    }
    BigDecimal p = model.probability(deal).toBigDecimal();
    return value.multipliedBy(p, Rounding.MONEY);
  }

  /** The close period of an open deal (expected close) or a closed one (closed date). */
  Optional<Period> period(Deal deal) {
    Optional<LocalDate> date = deal.isOpen() ? deal.expectedCloseDate() : deal.closedDate();
    return date.map(options::periodOf);
  }
}
