package dev.revops.forecast.review;

import dev.revops.core.aggregate.Accumulator;
import dev.revops.core.metric.MergeCheck;
import dev.revops.core.InvalidValueException;
import dev.revops.core.deal.Deal;
import dev.revops.core.metric.TopN;
import dev.revops.core.money.AmountOverflowException;
import dev.revops.core.money.Money;
import dev.revops.core.money.Rounding;
import dev.revops.core.period.Period;
import dev.revops.forecast.conversion.ProbabilityModel;
import dev.revops.forecast.pipeline.ForecastContribution;
import dev.revops.forecast.pipeline.PipelineOptions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Friday's execution review, as an accumulator: {@link #add} each deal's {@link DealSeries},
 * {@link #merge} accumulators of other deals, read the {@link #result}.
 *
 * <p><b>Closed and slipped.</b> Deals won or lost between the previous and the latest state, with
 * totals per currency; open deals whose expected close date moved later, and how many of them left
 * their close period.
 *
 * <p><b>Forecast accuracy.</b> Every close period that ended by the latest state's date is scored
 * against the forecast made at the latest earlier state dated before the period's end (minus
 * {@link ReviewOptions#accuracyLeadDays()}): each {@link ForecastMeasure} computed from that
 * state's deals (as {@link ForecastContribution} counts them) against the revenue won in the period
 * as the latest state knows it. Error = forecast - actual; APE = |error| / actual; across periods
 * WMAPE = sum |error| / sum actual and bias = sum error / sum actual. The deals open in the period
 * at the forecast state are scored with the Brier score of their probability then against whether
 * they were won in the period; deals absent from the latest state are not scored.
 *
 * <p>From the options' {@link ReviewOptions#scope() scope} it uses the zone, the period kind and
 * fiscal calendar, the reporting currency and rates, the definitions cited and the as-of instant;
 * the result's provenance cites {@link ReviewDefinitions#EXECUTION_REVIEW}. Forecasts are rounded
 * by {@link Rounding#MONEY}, ratios by {@link Rounding#RATIO}, Brier scores by {@link
 * Rounding#PROBABILITY} (to 6 places).
 *
 * <p>Merging adds exact sums, so any split of the deals gives the result of one pass. Not
 * thread-safe: use one accumulator per thread.
 */
public final class ExecutionReview implements Accumulator<DealSeries, ExecutionReviewResult, ExecutionReview> {
  /** Decimal places of a Brier score (a mean of squared probability errors). */
  private static final int BRIER_SCALE = 6;

  private record Scored(Period period, int state) {}

  private record Key(Period period, Currency currency) {}

  private record SummaryKey(ForecastMeasure measure, String currency) {}

  /** The sums of one scored period and currency: minor units, and the exact weighted pipeline. */
  private static final class Accuracy {
    final int state;
    long closedWon;
    long commit;
    long mostLikely;
    long bestCase;
    BigDecimal weighted = BigDecimal.ZERO;
    long actual;
    long scored;
    BigDecimal brier = BigDecimal.ZERO;

    Accuracy(int state) {
      this.state = state;
    }

    void merge(Accuracy o) {
      closedWon = Math.addExact(closedWon, o.closedWon);
      commit = Math.addExact(commit, o.commit);
      mostLikely = Math.addExact(mostLikely, o.mostLikely);
      bestCase = Math.addExact(bestCase, o.bestCase);
      weighted = weighted.add(o.weighted);
      actual = Math.addExact(actual, o.actual);
      scored += o.scored;
      brier = brier.add(o.brier);
    }
  }

  private final ReviewOptions options;
  private final ProbabilityModel model;
  private final ReviewLens lens;
  private final List<Scored> scored = new ArrayList<>();
  private final PipelineOptions[] stateOptions;
  private final Map<Key, Accuracy> accuracy = new HashMap<>();
  private final Map<Currency, Long> won = new HashMap<>();
  private final Map<Currency, Long> lost = new HashMap<>();
  private final TopN<ClosedDeal> wonList;
  private final TopN<ClosedDeal> lostList;
  private final TopN<CloseDateSlip> slipped;
  private long wonDeals;
  private long lostDeals;
  private long slippedDeals;
  private long slippedOut;
  private long daysSlipped;
  private long deals;

  /**
   * An empty review.
   *
   * @param options the states, periods and currency
   * @param model where the forecasts' probabilities come from
   */
  public ExecutionReview(ReviewOptions options, ProbabilityModel model) {
    this.options = Objects.requireNonNull(options, "options");
    this.model = Objects.requireNonNull(model, "model");
    this.lens = new ReviewLens(options, model);
    int n = options.states().size();
    this.stateOptions = new PipelineOptions[n];
    for (int i = 0; i < n; i++) {
      stateOptions[i] = options.pipelineOptions(i, List.of());
    }
    LocalDate last = options.dateOf(n - 1);
    Period p = options.periodOf(options.dateOf(0));
    while (!p.end().isAfter(last)) {
      LocalDate deadline = p.end().minusDays(options.accuracyLeadDays());
      for (int i = n - 2; i >= 0; i--) {
        if (options.dateOf(i).isBefore(deadline)) {
          scored.add(new Scored(p, i));
          break;
        }
      }
      p = options.periodOf(p.end());
    }
    Comparator<ClosedDeal> byAmount = Comparator
        .comparing((ClosedDeal c) -> c.amount().map(Money::getAmount).orElse(BigDecimal.ONE.negate()),
            Comparator.reverseOrder())
        .thenComparing(ClosedDeal::dealId).thenComparing(Object::toString);
    this.wonList = new TopN<>(options.listLimit(), byAmount);
    this.lostList = new TopN<>(options.listLimit(), byAmount);
    this.slipped = new TopN<>(options.listLimit(), Comparator.comparingLong(CloseDateSlip::daysSlipped).reversed()
        .thenComparing(CloseDateSlip::dealId).thenComparing(Object::toString));
  }

  /**
   * Counts one deal.
   *
   * @param series the deal in each of the options' states
   * @throws InvalidValueException if the series has another number of states than the options
   */
  @Override
  public void add(DealSeries series) {
    Objects.requireNonNull(series, "series");
    int n = options.states().size();
    if (series.states().size() != n) {
      throw new InvalidValueException("series", series.dealId(), "must have one entry per state (" + n + "), had "
          + series.states().size());
    }
    deals++;
    Optional<Deal> before = series.previous();
    series.latest().ifPresent(now -> {
      if (now.isWon() && before.map(b -> !b.isWon()).orElse(true)) {
        wonDeals++;
        closed(before, now, won, wonList);
      } else if (now.isLost() && before.map(b -> !b.isLost()).orElse(true)) {
        lostDeals++;
        closed(before, now, lost, lostList);
      }
    });
    Slips.of(series, n - 2).ifPresent(week -> {
      slippedDeals++;
      daysSlipped += week.days();
      if (!period(week.first()).equals(period(week.last()))) {
        slippedOut++;
      }
      slipped.add(new CloseDateSlip.Builder().dealId(series.dealId()).slips(1).daysSlipped(week.days())
          .firstExpected(week.first()).latestExpected(week.last()).amount(series.latest().flatMap(lens::value))
          .build());
    });
    for (Scored s : scored) {
      score(series, s);
    }
  }

  private Period period(LocalDate d) {
    return options.periodOf(d);
  }

  private void closed(Optional<Deal> before, Deal now, Map<Currency, Long> totals, TopN<ClosedDeal> list) {
    Optional<Money> amount = lens.value(now);
    amount.ifPresent(a -> {
      try {
        totals.merge(a.getCurrency(), a.getAmountMinor(), Math::addExact);
      } catch (ArithmeticException e) {
        throw overflow(now.isWon() ? "the amount won" : "the amount lost", "the deals closed", a.getCurrency());
      }
    });
    list.add(new ClosedDeal.Builder().dealId(now.id()).won(now.isWon())
        .fromStage(before.map(b -> b.stage().id())).closedDate(now.closedDate().get()).owner(now.owner())
        .amount(amount).build());
  }

  private void score(DealSeries series, Scored s) {
    int last = options.states().size() - 1;
    Optional<ForecastContribution> then = series.at(s.state())
        .flatMap(d -> ForecastContribution.of(stateOptions[s.state()], model, d))
        .filter(c -> c.period().equals(s.period()));
    then.ifPresent(c -> {
      Accuracy a = accuracy.computeIfAbsent(new Key(s.period(), c.closedWon().getCurrency()), k -> new Accuracy(s.state()));
      try {
        long closedWon = Math.addExact(a.closedWon, c.closedWon().getAmountMinor());
        long commit = Math.addExact(a.commit, c.commitForecast().getAmountMinor());
        long mostLikely = Math.addExact(a.mostLikely, c.mostLikelyForecast().getAmountMinor());
        a.bestCase = Math.addExact(a.bestCase, c.bestCaseForecast().getAmountMinor());
        a.closedWon = closedWon;
        a.commit = commit;
        a.mostLikely = mostLikely;
      } catch (ArithmeticException e) {
        throw overflow("a forecast", s.period().label(), c.closedWon().getCurrency());
      }
      a.weighted = a.weighted.add(c.weighted());
      if (c.probability().isPresent() && series.latest().isPresent()) {
        Deal now = series.latest().get();
        BigDecimal outcome = now.isWon() && s.period().contains(now.closedDate().get()) ? BigDecimal.ONE
            : BigDecimal.ZERO;
        BigDecimal miss = c.probability().get().subtract(outcome);
        a.brier = a.brier.add(miss.multiply(miss));
        a.scored++;
      }
    });
    series.latest().filter(Deal::isWon)
        .flatMap(d -> ForecastContribution.of(stateOptions[last], model, d))
        .filter(c -> c.period().equals(s.period()))
        .ifPresent(c -> {
          Accuracy a = accuracy.computeIfAbsent(new Key(s.period(), c.closedWon().getCurrency()),
              k -> new Accuracy(s.state()));
          try {
            a.actual = Math.addExact(a.actual, c.closedWon().getAmountMinor());
          } catch (ArithmeticException e) {
            throw overflow("the amount won", s.period().label(), c.closedWon().getCurrency());
          }
        });
  }

  /**
   * Adds another review, built with the same options and model, into this one.
   *
   * @param other a review of other deals
   * @return this review
   * @throws IllegalArgumentException if the other was built differently
   */
  @Override
  public ExecutionReview merge(ExecutionReview other) {
    MergeCheck.of("execution review", this, other).same("options", options, other.options)
        .same("probability model", model.ref(), other.model.ref());
    other.accuracy.forEach((k, a) -> {
      try {
        accuracy.computeIfAbsent(k, x -> new Accuracy(a.state)).merge(a);
      } catch (ArithmeticException e) {
        throw overflow("a forecast or the amount won", k.period().label(), k.currency());
      }
    });
    other.won.forEach((c, a) -> {
      try {
        won.merge(c, a, Math::addExact);
      } catch (ArithmeticException e) {
        throw overflow("the amount won", "the deals closed", c);
      }
    });
    other.lost.forEach((c, a) -> {
      try {
        lost.merge(c, a, Math::addExact);
      } catch (ArithmeticException e) {
        throw overflow("the amount lost", "the deals closed", c);
      }
    });
    wonList.merge(other.wonList);
    lostList.merge(other.lostList);
    slipped.merge(other.slipped);
    wonDeals += other.wonDeals;
    lostDeals += other.lostDeals;
    slippedDeals += other.slippedDeals;
    slippedOut += other.slippedOut;
    daysSlipped += other.daysSlipped;
    deals += other.deals;
    return this;
  }

  /**
   * The review so far.
   *
   * @return what closed and slipped, and the accuracy of ended periods
   */
  @Override
  public ExecutionReviewResult result() {
    ExecutionReviewResult.Builder b = new ExecutionReviewResult.Builder().options(options)
        .probabilityModel(model.ref())
        .provenance(ReviewDefinitions.provenance(ReviewDefinitions.EXECUTION_REVIEW, options.scope(), deals,
            List.of(model.ref())))
        .wonDeals(wonDeals).addAllWonAmounts(amounts(won)).lostDeals(lostDeals)
        .addAllLostAmounts(amounts(lost)).addAllClosed(wonList.result()).addAllClosed(lostList.result())
        .slippedDeals(slippedDeals).slippedOutOfPeriod(slippedOut).daysSlipped(daysSlipped)
        .addAllSlipped(slipped.result());
    Map<Key, Accuracy> sorted = new TreeMap<>(Comparator.comparing(Key::period)
        .thenComparing(k -> k.currency().getCurrencyCode()));
    sorted.putAll(accuracy);
    Map<SummaryKey, List<MeasureAccuracy>> byMeasure = new TreeMap<>(Comparator.comparing(SummaryKey::measure)
        .thenComparing(SummaryKey::currency));
    Map<String, List<Money>> actuals = new TreeMap<>();
    sorted.forEach((k, a) -> accuracy(b, k, a, byMeasure, actuals));
    byMeasure.forEach((key, list) -> {
      String code = key.currency();
      try {
        Money actual = actuals.get(code).stream().reduce(Money.zero(code), Money::plus);
        Money absolute = list.stream().map(x -> x.error().abs()).reduce(Money.zero(code), Money::plus);
        Money error = list.stream().map(MeasureAccuracy::error).reduce(Money.zero(code), Money::plus);
        b.addSummary(new AccuracySummary.Builder().measure(key.measure()).periods(list.size()).actual(actual)
            .absoluteError(absolute).error(error).wmape(ratio(absolute, actual)).bias(ratio(error, actual)).build());
      } catch (ArithmeticException e) {
        throw overflow("a sum across periods of the " + key.measure().name().toLowerCase(java.util.Locale.ROOT)
            + " forecast", "the ended periods", Money.currency(code));
      }
    });
    return b.build();
  }

  private static AmountOverflowException overflow(String figure, String group, Currency currency) {
    return new AmountOverflowException("execution review", figure, group, currency);
  }

  private void accuracy(ExecutionReviewResult.Builder b, Key k, Accuracy a,
      Map<SummaryKey, List<MeasureAccuracy>> byMeasure, Map<String, List<Money>> actuals) {
    try {
      Currency cur = k.currency();
      Money actual = Money.ofMinor(cur, a.actual);
      Money closedWon = Money.ofMinor(cur, a.closedWon);
      List<MeasureAccuracy> measures = new ArrayList<>();
      for (ForecastMeasure m : ForecastMeasure.values()) {
        Money forecast = switch (m) {
          case WEIGHTED -> closedWon.plus(Money.of(cur, a.weighted, Rounding.MONEY));
          case COMMIT -> Money.ofMinor(cur, a.commit);
          case MOST_LIKELY -> Money.ofMinor(cur, a.mostLikely);
          default -> Money.ofMinor(cur, a.bestCase);
        };
        Money error = forecast.minus(actual);
        MeasureAccuracy ma = new MeasureAccuracy.Builder().measure(m).forecast(forecast).error(error)
            .absolutePercentageError(ratio(error.abs(), actual)).build();
        measures.add(ma);
        byMeasure.computeIfAbsent(new SummaryKey(m, cur.getCurrencyCode()), x -> new ArrayList<>()).add(ma);
      }
      actuals.computeIfAbsent(cur.getCurrencyCode(), x -> new ArrayList<>()).add(actual);
      b.addAccuracy(new PeriodAccuracy.Builder().period(k.period()).forecastState(options.states().get(a.state))
          .actual(actual).addAllMeasures(measures).dealsScored(a.scored)
          .brierScore(a.scored == 0 ? Optional.empty() : Optional.of(a.brier.divide(BigDecimal.valueOf(a.scored),
              BRIER_SCALE, Rounding.PROBABILITY)))
          .build());
    } catch (ArithmeticException e) {
      throw overflow("a forecast or its error", k.period().label(), k.currency());
    }
  }

  private static List<Money> amounts(Map<Currency, Long> totals) {
    return totals.entrySet().stream().map(e -> Money.ofMinor(e.getKey(), e.getValue()))
        .sorted(Comparator.comparing(Money::getCurrencyCode)).toList();
  }

  private static Optional<BigDecimal> ratio(Money numerator, Money denominator) {
    if (denominator.isZero()) {
      return Optional.empty();
    }
    return Optional.of(numerator.getAmount().divide(denominator.getAmount(), Rounding.RATIO_SCALE, Rounding.RATIO));
  }
}
