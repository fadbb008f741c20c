package dev.revops.forecast.pipeline;

import dev.revops.core.dimension.Dimension;
import dev.revops.core.dimension.OpenDimension;

import dev.revops.core.deal.Deal;
import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.metric.ExclusionTally;
import dev.revops.core.metric.Provenance;
import dev.revops.core.money.Money;
import dev.revops.core.money.Rounding;
import dev.revops.core.period.Period;
import dev.revops.core.pipeline.ForecastCategory;
import dev.revops.forecast.conversion.ProbabilityModel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How the pipeline aggregates see a deal under their options: whether it counts (or why not), in
 * which currency and amount, in which close period and group. One place for the rules all the
 * aggregates share.
 */
final class DealLens {
  /** Exclusion reasons, as results name them. */
  static final String CLOSED = "closed";
  static final String LOST = "lost";
  static final String OMITTED = "forecast category omitted";
  static final String NO_AMOUNT = "no amount";
  static final String NO_CLOSE_DATE = "no expected close date";
  static final String OUTSIDE_WINDOW = "close date outside the window";
  static final String NO_RATE = "currency without a rate";
  /** Leave the close period out of a key (roll-ups' rows are per period already). */
  static final Optional<Dimension> BUT_PERIOD = Optional.of(Dimension.CLOSE_PERIOD);

  /** A deal as an aggregate counts it, or the reason it does not. */
  static final class Seen {
    String excludedBecause;
    Currency currency;
    /** The amount in {@link #currency}, exact (converted amounts are not rounded). */
    BigDecimal amount;
    /** The cost to close in {@link #currency}, exact, when known. */
    BigDecimal cost;
    LocalDate closeDate;
    /** The close period, when the deal has a close date. */
    Optional<Period> period = Optional.empty();
    boolean won;

    static Seen excluded(String reason) {
      Seen s = new Seen();
      s.excludedBecause = reason;
      return s;
    }
  }

  private final PipelineOptions options;
  /** Periods by month (year x 12 + month - 1); a lens belongs to one accumulator, one thread. */
  private final Map<Integer, Period> periods = new HashMap<>();

  DealLens(PipelineOptions options) {
    this.options = options;
  }

  /**
   * An open deal for the weighted pipeline and the range forecast.
   *
   * @param needsPeriod whether the aggregate places every deal in a close period
   */
  Seen open(Deal deal, boolean needsPeriod) {
    if (!deal.isOpen()) {
      return Seen.excluded(CLOSED);
    }
    boolean needsDate = needsPeriod || options.groupsByPeriod() || options.windowStart().isPresent()
        || options.windowEnd().isPresent() || options.scope().reportingCurrency().isPresent();
    return see(deal, deal.expectedCloseDate(), needsDate);
  }

  /** A deal for the roll-ups: open deals by their category and close period, won deals in theirs. */
  Seen rollup(Deal deal) {
    if (deal.isLost()) {
      return Seen.excluded(LOST);
    }
    if (deal.isOpen() && deal.effectiveForecastCategory() == ForecastCategory.OMITTED) {
      return deal.amount().isEmpty() ? Seen.excluded(NO_AMOUNT) : Seen.excluded(OMITTED);
    }
    Seen s = see(deal, deal.isWon() ? deal.closedDate() : deal.expectedCloseDate(), true);
    s.won = deal.isWon();
    return s;
  }

  private Seen see(Deal deal, Optional<LocalDate> date, boolean needsDate) {
    if (deal.amount().isEmpty()) {
      return Seen.excluded(NO_AMOUNT);
    }
    if (needsDate && date.isEmpty()) {
      return Seen.excluded(NO_CLOSE_DATE);
    }
    if (date.isPresent() && (options.windowStart().map(s -> date.get().isBefore(s)).orElse(false)
        || options.windowEnd().map(e -> !date.get().isBefore(e)).orElse(false))) {
      return Seen.excluded(OUTSIDE_WINDOW);
    }
    Money amount = deal.amount().get();
    Seen s = new Seen();
    s.closeDate = date.orElse(null);
    s.period = date.map(this::periodOf);
    if (options.scope().reportingCurrency().isEmpty()) {
      s.currency = amount.getCurrency();
      s.amount = amount.getAmount();
      s.cost = deal.costToClose().map(Money::getAmount).orElse(null);
      return s;
    }
    Currency to = options.scope().reportingCurrency().get();
    Optional<BigDecimal> rate = options.scope().exchangeRates().rate(amount.getCurrency(), to, date.get());
    if (rate.isEmpty()) {
      return Seen.excluded(NO_RATE);
    }
    s.currency = to;
    s.amount = amount.getAmount().multiply(rate.get());
    s.cost = deal.costToClose().map(c -> c.getAmount().multiply(rate.get())).orElse(null);
    return s;
  }

  /**
   * The period of a date, remembered by month: a period depends on the month alone, and building
   * one (its label) cost more than the rest of adding a deal.
   */
  Period periodOf(LocalDate date) {
    int month = date.getYear() * 12 + date.getMonthValue() - 1;
    Period p = periods.get(month);
    if (p == null) {
      p = options.scope().periodOf(date);
      periods.put(month, p);
    }
    return p;
  }

  /** The deal's group key under all the options' dimensions. */
  List<String> key(Deal deal, Optional<Period> period) {
    return key(deal, period, Optional.empty());
  }

  /** The deal's group key under the options' dimensions but {@code skip}. */
  List<String> key(Deal deal, Optional<Period> period, Optional<Dimension> skip) {
    List<String> all = options.keyOf(deal, period);
    if (skip.isEmpty()) {
      return all;
    }
    List<String> key = new ArrayList<>(all.size());
    for (int i = 0; i < all.size(); i++) {
      if (!options.groupBy().get(i).dimension().equals(skip)) {
        key.add(all.get(i));
      }
    }
    return key;
  }

  /** A group key of all the options' dimensions as dimension key to value. */
  SortedMap<String, String> named(List<String> key) {
    return named(key, Optional.empty());
  }

  /** A group key of the options' dimensions but {@code skip} as dimension key to value. */
  SortedMap<String, String> named(List<String> key, Optional<Dimension> skip) {
    SortedMap<String, String> g = new TreeMap<>();
    int i = 0;
    for (OpenDimension d : options.groupBy()) {
      if (skip.isEmpty() || !d.dimension().equals(skip)) {
        g.put(d.name(), key.get(i++));
      }
    }
    return g;
  }

  /**
   * The provenance of a result computed with a probability model: the scope's definitions and the
   * model's (once) are what it is based on.
   */
  static Provenance provenance(DefinitionRef definition, PipelineOptions options, long counted,
      ExclusionTally excluded, ProbabilityModel model) {
    Provenance p = Provenance.of(definition, options.scope(), counted, excluded);
    if (p.basedOn().contains(model.ref())) {
      return p;
    }
    return Provenance.builder().definition(p.definition()).addAllBasedOn(p.basedOn()).addBasedOn(model.ref())
        .asOf(p.asOf()).counted(p.counted()).addAllExcluded(p.excluded()).build();
  }

  /** A group in words, for messages: {@code owner=alice;segment=smb}, or empty. */
  static String words(Map<String, String> group) {
    StringBuilder b = new StringBuilder();
    group.forEach((k, v) -> b.append(b.length() == 0 ? "" : ";").append(k).append('=').append(v));
    return b.toString();
  }

  /** An exact amount in minor units of its currency, rounded once ({@link Rounding#MONEY}). */
  static long minor(BigDecimal amount, Currency currency) {
    return amount.setScale(currency.getDefaultFractionDigits(), Rounding.MONEY).unscaledValue()
        .longValueExact();
  }
}
