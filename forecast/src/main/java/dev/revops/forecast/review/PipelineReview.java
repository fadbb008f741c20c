package dev.revops.forecast.review;

import dev.revops.core.metric.MergeCheck;
import dev.revops.core.InvalidValueException;
import dev.revops.core.deal.Deal;
import dev.revops.core.history.StageVisit;
import dev.revops.core.metric.ExclusionTally;
import dev.revops.core.metric.TopN;
import dev.revops.core.money.AmountOverflowException;
import dev.revops.core.money.Money;
import dev.revops.core.period.Period;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.Stage;
import dev.revops.forecast.conversion.ProbabilityModel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Monday's pipeline review, as an accumulator: {@link #add} each deal's {@link DealSeries},
 * {@link #merge} accumulators of other deals, read the {@link #result}.
 *
 * <p><b>Waterfall.</b> For each close period, between the previous and the latest state: an open
 * deal with an amount and an expected close date counts in the period of that date. Each deal takes
 * exactly one path:
 * <ul>
 *   <li>in the period in both states: the change of its value is an increase or a decrease;</li>
 *   <li>in the period before, not now: removed (absent now), won (won with its closed date in the
 *       period: its change of value first, then won at its won amount), lost (at its value before),
 *       decreased (still in the period but without an amount), else pushed out (another period, no
 *       close date, or won in another period);</li>
 *   <li>in the period now, not before: created (absent before) or pulled in;</li>
 *   <li>won now with its closed date in the period but not in it before: created or pulled in,
 *       then won.</li>
 * </ul>
 * So start + created + pulled in + increased - decreased - pushed out - lost - won - removed = end,
 * exactly: values are the deal's amount in the review currency (converted at the latest state's
 * rate, rounded half-even per deal) and, in the weighted waterfall, that amount x the model's
 * probability (rounded the same way; a won deal weighs its whole amount).
 *
 * <p><b>Stage movements</b> of deals in both states; <b>close-date slips</b> over every pair of
 * consecutive states (an open deal whose expected close date moved later); <b>deals at risk</b>
 * among the open deals of the latest state: stalled (days in the current stage, from the history,
 * or at least the days since the first of the consecutive states it sat in that stage; above the
 * stage's threshold), past due, slipped at least {@link ReviewOptions#slipsAtRisk()} times, amount
 * cut since the first state it was in, or a probability override further than the tolerance from
 * the reference model.
 *
 * <p>Merging adds exact counts and sums and keeps the first listed items of the union, so any
 * split of the deals gives the result of one pass. Not thread-safe: use one accumulator per thread.
 */
public final class PipelineReview {
  static final String ONLY_PREVIOUS = "only in the previous state (deleted, merged or rejected since)";
  static final String ONLY_LATEST = "only in the latest state (created since, or missing from the previous one)";
  static final String ONLY_EARLIER = "only in earlier states";
  static final String NO_CLOSE_DATE = "no expected close date";

  private static final int START = 0;
  private static final int END = WaterfallStep.values().length + 1;

  private record Key(Period period, Currency currency) {}

  /** A deal as a waterfall member: its period, currency, value and weighted value. */
  private record Member(Key key, Money value, Money weighted) {}

  /** Minor-unit sums and deal counts of one waterfall: start, the steps (by ordinal + 1), end. */
  private static final class Cell {
    final long[] amount = new long[END + 1];
    final long[] amountDeals = new long[END + 1];
    final long[] weighted = new long[END + 1];
    final long[] weightedDeals = new long[END + 1];

    void merge(Cell o) {
      for (int i = 0; i <= END; i++) {
        amount[i] = Math.addExact(amount[i], o.amount[i]);
        amountDeals[i] += o.amountDeals[i];
        weighted[i] = Math.addExact(weighted[i], o.weighted[i]);
        weightedDeals[i] += o.weightedDeals[i];
      }
    }
  }

  private record PairKey(String from, String to) {}

  private static final class Movement {
    final MovementKind kind;
    long deals;
    final Map<Currency, Long> amounts = new HashMap<>();

    Movement(MovementKind kind) {
      this.kind = kind;
    }
  }

  private final ReviewOptions options;
  private final PipelineDefinition definition;
  private final ProbabilityModel model;
  private final ProbabilityModel reference;
  private final ReviewLens lens;
  private final Map<String, Integer> openPosition = new HashMap<>();
  private final Map<Key, Cell> cells = new HashMap<>();
  private final Map<WaterfallStep, TopN<WaterfallMove>> moves = new EnumMap<>(WaterfallStep.class);
  private final Map<PairKey, Movement> movements = new HashMap<>();
  private final ExclusionTally inOneState;
  private final ExclusionTally excluded;
  private final TopN<CloseDateSlip> slips;
  private final TopN<DealAtRisk> atRisk;
  private final long[] riskCounts = new long[RiskReason.values().length];
  private long inBoth;
  private long dealsSlipped;
  private long slipCount;
  private long daysSlipped;
  private long dealsAtRisk;
  private long notJudged;

  /**
   * An empty review.
   *
   * @param options the states and thresholds
   * @param definition the pipeline definition the deals are in (stage order, for movements)
   * @param model where weighted amounts' probabilities come from
   * @param reference the model probability overrides are judged against (a learned model, or the
   *     stage defaults)
   */
  public PipelineReview(ReviewOptions options, PipelineDefinition definition, ProbabilityModel model,
      ProbabilityModel reference) {
    this.options = Objects.requireNonNull(options, "options");
    this.definition = Objects.requireNonNull(definition, "definition");
    this.model = Objects.requireNonNull(model, "model");
    this.reference = Objects.requireNonNull(reference, "reference");
    this.lens = new ReviewLens(options, model);
    List<Stage> open = definition.stages().stream().filter(Stage::isOpen)
        .sorted(Comparator.comparingInt(Stage::order)).toList();
    for (int i = 0; i < open.size(); i++) {
      openPosition.put(open.get(i).id(), i);
    }
    Comparator<WaterfallMove> byAmount = Comparator
        .comparing((WaterfallMove m) -> m.amount().getAmount().abs(), Comparator.reverseOrder())
        .thenComparing(m -> m.weighted().getAmount().abs(), Comparator.reverseOrder())
        .thenComparing(WaterfallMove::dealId).thenComparing(WaterfallMove::period);
    for (WaterfallStep step : WaterfallStep.values()) {
      moves.put(step, new TopN<>(options.maxListed(), byAmount));
    }
    this.inOneState = new ExclusionTally(options.maxListed());
    this.excluded = new ExclusionTally(options.maxListed());
    this.slips = new TopN<>(options.maxListed(), Comparator.comparingInt(CloseDateSlip::slips).reversed()
        .thenComparing(CloseDateSlip::daysSlipped, Comparator.reverseOrder()).thenComparing(CloseDateSlip::dealId));
    this.atRisk = new TopN<>(options.maxListed(), Comparator.comparing((DealAtRisk d) -> d.flags().size())
        .reversed().thenComparing(d -> d.amount().map(Money::getAmount).orElse(BigDecimal.ONE.negate()),
            Comparator.reverseOrder()).thenComparing(DealAtRisk::dealId));
  }

  /**
   * Counts one deal.
   *
   * @param series the deal in each of the options' states
   * @throws InvalidValueException if the series has another number of states than the options
   */
  public void add(DealSeries series) {
    Objects.requireNonNull(series, "series");
    if (series.states().size() != options.states().size()) {
      throw new InvalidValueException("series", series.dealId(), "must have one entry per state ("
          + options.states().size() + "), had " + series.states().size());
    }
    Optional<Deal> before = series.previous();
    Optional<Deal> now = series.latest();
    if (before.isPresent() && now.isPresent()) {
      inBoth++;
      movement(before.get(), now.get());
    } else {
      inOneState.add(before.isPresent() ? ONLY_PREVIOUS : now.isPresent() ? ONLY_LATEST : ONLY_EARLIER,
          series.dealId());
    }
    waterfall(series.dealId(), before, now);
    slips(series);
    now.filter(Deal::isOpen).ifPresent(d -> risk(series, d));
  }

  /**
   * Adds the counts of another review, built with the same options and models, into this one.
   *
   * @param other a review of other deals
   * @return this review
   * @throws IllegalArgumentException if the other has different options, definition or models
   */
  public PipelineReview merge(PipelineReview other) {
    MergeCheck.of("pipeline review", this, other).same("options", options, other.options)
        .same("definition", definition.ref(), other.definition.ref())
        .same("probability model", model.ref(), other.model.ref())
        .same("reference model", reference.ref(), other.reference.ref());
    other.cells.forEach((k, c) -> {
      try {
        cells.computeIfAbsent(k, x -> new Cell()).merge(c);
      } catch (ArithmeticException e) {
        throw overflow(k);
      }
    });
    other.moves.forEach((step, ranked) -> moves.get(step).merge(ranked));
    other.movements.forEach((k, m) -> {
      Movement mine = movements.computeIfAbsent(k, x -> new Movement(m.kind));
      mine.deals += m.deals;
      m.amounts.forEach((c, a) -> {
        try {
          mine.amounts.merge(c, a, Math::addExact);
        } catch (ArithmeticException e) {
          throw overflow(k, c);
        }
      });
    });
    inOneState.merge(other.inOneState);
    excluded.merge(other.excluded);
    slips.merge(other.slips);
    atRisk.merge(other.atRisk);
    for (int i = 0; i < riskCounts.length; i++) {
      riskCounts[i] += other.riskCounts[i];
    }
    inBoth += other.inBoth;
    dealsSlipped += other.dealsSlipped;
    slipCount += other.slipCount;
    daysSlipped += other.daysSlipped;
    dealsAtRisk += other.dealsAtRisk;
    notJudged += other.notJudged;
    return this;
  }

  /**
   * The review so far.
   *
   * @return the waterfalls, movements, slips and deals at risk
   */
  public PipelineReviewResult result() {
    PipelineReviewResult.Builder b = new PipelineReviewResult.Builder().options(options)
        .definition(definition.ref()).probabilityModel(model.ref()).referenceModel(reference.ref())
        .inBoth(inBoth).addAllInOneState(inOneState.result()).addAllExcluded(excluded.result())
        .addAllSlips(slips.result()).dealsSlipped(dealsSlipped).slipCount(slipCount).daysSlipped(daysSlipped)
        .addAllAtRisk(atRisk.result()).dealsAtRisk(dealsAtRisk).notJudgedForStalling(notJudged);
    Map<Key, Cell> sorted = new TreeMap<>(Comparator.comparing(Key::period)
        .thenComparing(k -> k.currency().getCurrencyCode()));
    sorted.putAll(cells);
    sorted.forEach((k, c) -> {
      try {
        b.addWaterfalls(new Waterfall.Builder().period(k.period())
            .amount(figures(k.currency(), c.amount, c.amountDeals)).weighted(figures(k.currency(), c.weighted,
                c.weightedDeals)).build());
      } catch (ArithmeticException e) {
        throw overflow(k);
      }
    });
    moves.values().forEach(r -> b.addAllLargestMoves(r.result()));
    Map<PairKey, Movement> pairs = new TreeMap<>(Comparator.comparingInt((PairKey p) -> order(p.from()))
        .thenComparingInt(p -> order(p.to())).thenComparing(PairKey::from).thenComparing(PairKey::to));
    pairs.putAll(movements);
    pairs.forEach((k, m) -> {
      List<Money> amounts = m.amounts.entrySet().stream().map(e -> Money.ofMinor(e.getKey(), e.getValue()))
          .sorted(Comparator.comparing(Money::getCurrencyCode)).toList();
      b.addStageMovements(new StageMovement.Builder().from(k.from()).to(k.to()).kind(m.kind).deals(m.deals)
          .addAllAmounts(amounts).build());
    });
    for (RiskReason r : RiskReason.values()) {
      if (riskCounts[r.ordinal()] > 0) {
        b.putRiskCounts(r, riskCounts[r.ordinal()]);
      }
    }
    return b.build();
  }

  private static AmountOverflowException overflow(Key k) {
    return new AmountOverflowException("pipeline review", "a sum of the waterfall", k.period().label(), k.currency());
  }

  private static AmountOverflowException overflow(PairKey k, Currency currency) {
    return new AmountOverflowException("pipeline review", "the amount of the stage movement",
        k.from() + " -> " + k.to(), currency);
  }

  private int order(String stageId) {
    return definition.findStage(stageId).map(Stage::order).orElse(Integer.MAX_VALUE);
  }

  private static WaterfallFigures figures(Currency currency, long[] amount, long[] deals) {
    WaterfallFigures.Builder f = new WaterfallFigures.Builder()
        .start(Money.ofMinor(currency, amount[START])).startDeals(deals[START])
        .end(Money.ofMinor(currency, amount[END])).endDeals(deals[END]);
    for (WaterfallStep s : WaterfallStep.values()) {
      Money m = Money.ofMinor(currency, amount[s.ordinal() + 1]);
      long n = deals[s.ordinal() + 1];
      switch (s) {
        case CREATED -> f.created(m).createdDeals(n);
        case PULLED_IN -> f.pulledIn(m).pulledInDeals(n);
        case INCREASED -> f.increased(m).increasedDeals(n);
        case DECREASED -> f.decreased(m).decreasedDeals(n);
        case PUSHED_OUT -> f.pushedOut(m).pushedOutDeals(n);
        case LOST -> f.lost(m).lostDeals(n);
        case WON -> f.won(m).wonDeals(n);
        default -> f.removed(m).removedDeals(n);
      }
    }
    return f.build();
  }

  // ---- waterfall

  private Member member(Deal deal) {
    if (!deal.isOpen()) {
      return null;
    }
    Optional<Money> value = lens.value(deal);
    if (value.isEmpty()) {
      excluded.add(lens.whyNoValue(deal), deal.id());
      return null;
    }
    Optional<Period> period = lens.period(deal);
    if (period.isEmpty()) {
      excluded.add(NO_CLOSE_DATE, deal.id());
      return null;
    }
    return new Member(new Key(period.get(), value.get().getCurrency()), value.get(), lens.weighted(deal, value.get()));
  }

  private void waterfall(String id, Optional<Deal> before, Optional<Deal> now) {
    Member m1 = before.map(this::member).orElse(null);
    Member m2 = now.map(this::member).orElse(null);
    Member won = now.filter(Deal::isWon).filter(d -> before.map(b -> !b.isWon()).orElse(true))
        .flatMap(d -> lens.value(d).flatMap(v -> lens.period(d).map(p -> new Member(new Key(p, v.getCurrency()), v, v))))
        .orElse(null);
    if (m1 != null) {
      bucket(m1.key(), START, m1.value(), m1.weighted());
    }
    if (m2 != null) {
      bucket(m2.key(), END, m2.value(), m2.weighted());
    }
    Supplier<String> detail = () -> DealChanges.describe(before, now);
    boolean wonHandled = false;
    if (m1 != null && m2 != null && m1.key().equals(m2.key())) {
      change(id, m1, m2, detail);
    } else {
      if (m1 != null) {
        if (now.isEmpty()) {
          step(id, m1.key(), WaterfallStep.REMOVED, m1.value(), m1.weighted(),
              detail);
        } else if (won != null && won.key().equals(m1.key())) {
          change(id, m1, won, detail);
          step(id, won.key(), WaterfallStep.WON, won.value(), won.weighted(), detail);
          wonHandled = true;
        } else if (now.get().isLost()) {
          step(id, m1.key(), WaterfallStep.LOST, m1.value(), m1.weighted(), detail);
        } else if (now.get().isOpen() && lens.period(now.get()).map(m1.key().period()::equals).orElse(false)
            && now.get().amount().isEmpty()) {
          step(id, m1.key(), WaterfallStep.DECREASED, m1.value(), m1.weighted(), detail);
        } else {
          step(id, m1.key(), WaterfallStep.PUSHED_OUT, m1.value(), m1.weighted(), detail);
        }
      }
      if (m2 != null) {
        step(id, m2.key(), before.isEmpty() ? WaterfallStep.CREATED : WaterfallStep.PULLED_IN, m2.value(),
            m2.weighted(), detail);
      }
    }
    if (won != null && !wonHandled) {
      step(id, won.key(), before.isEmpty() ? WaterfallStep.CREATED : WaterfallStep.PULLED_IN, won.value(),
          won.weighted(), detail);
      step(id, won.key(), WaterfallStep.WON, won.value(), won.weighted(), detail);
    }
  }

  /** A deal in the same period in both states (or won in it): its change of value and weighted value. */
  private void change(String id, Member from, Member to, Supplier<String> detail) {
    long amount = to.value().getAmountMinor() - from.value().getAmountMinor();
    long weighted = to.weighted().getAmountMinor() - from.weighted().getAmountMinor();
    Cell c = cells.computeIfAbsent(from.key(), k -> new Cell());
    int up = WaterfallStep.INCREASED.ordinal() + 1;
    int down = WaterfallStep.DECREASED.ordinal() + 1;
    try {
      if (amount != 0) {
        int i = amount > 0 ? up : down;
        c.amount[i] = Math.addExact(c.amount[i], Math.abs(amount));
        c.amountDeals[i]++;
      }
      if (weighted != 0) {
        int i = weighted > 0 ? up : down;
        c.weighted[i] = Math.addExact(c.weighted[i], Math.abs(weighted));
        c.weightedDeals[i]++;
      }
    } catch (ArithmeticException e) {
      throw overflow(from.key());
    }
    if (amount != 0 || weighted != 0) {
      WaterfallStep step = amount > 0 || (amount == 0 && weighted > 0) ? WaterfallStep.INCREASED : WaterfallStep.DECREASED;
      Currency cur = from.key().currency();
      moves.get(step).add(new WaterfallMove.Builder().dealId(id).period(from.key().period()).step(step)
          .amount(Money.ofMinor(cur, amount)).weighted(Money.ofMinor(cur, weighted)).detail(detail.get()).build());
    }
  }

  private void bucket(Key key, int index, Money value, Money weighted) {
    Cell c = cells.computeIfAbsent(key, k -> new Cell());
    try {
      long a = Math.addExact(c.amount[index], value.getAmountMinor());
      c.weighted[index] = Math.addExact(c.weighted[index], weighted.getAmountMinor());
      c.amount[index] = a;
    } catch (ArithmeticException e) {
      throw overflow(key);
    }
    c.amountDeals[index]++;
    c.weightedDeals[index]++;
  }

  private void step(String id, Key key, WaterfallStep step, Money value, Money weighted, Supplier<String> detail) {
    bucket(key, step.ordinal() + 1, value, weighted);
    Money signedValue = step.adds() ? value : value.negated();
    Money signedWeighted = step.adds() ? weighted : weighted.negated();
    moves.get(step).add(new WaterfallMove.Builder().dealId(id).period(key.period()).step(step).amount(signedValue)
        .weighted(signedWeighted).detail(detail.get()).build());
  }

  // ---- movements

  private void movement(Deal before, Deal now) {
    Stage from = before.stage();
    Stage to = now.stage();
    if (from.id().equals(to.id())) {
      return;
    }
    MovementKind kind;
    if (from.isClosed()) {
      kind = to.isClosed() ? MovementKind.RECLOSED : MovementKind.REOPENED;
    } else if (to.isWon()) {
      kind = MovementKind.WON;
    } else if (to.isLost()) {
      kind = MovementKind.LOST;
    } else {
      int a = openPosition.getOrDefault(from.id(), -1);
      int z = openPosition.getOrDefault(to.id(), -1);
      if (a < 0 || z < 0) {
        kind = to.order() > from.order() ? MovementKind.ADVANCED : MovementKind.MOVED_BACK;
      } else {
        kind = z < a ? MovementKind.MOVED_BACK : z == a + 1 ? MovementKind.ADVANCED : MovementKind.SKIPPED;
      }
    }
    Movement m = movements.computeIfAbsent(new PairKey(from.id(), to.id()), k -> new Movement(kind));
    m.deals++;
    lens.value(now).ifPresent(v -> {
      try {
        m.amounts.merge(v.getCurrency(), v.getAmountMinor(), Math::addExact);
      } catch (ArithmeticException e) {
        throw overflow(new PairKey(from.id(), to.id()), v.getCurrency());
      }
    });
  }

  // ---- slips

  private void slips(DealSeries series) {
    Slips s = Slips.of(series, 0);
    if (s.count() > 0) {
      dealsSlipped++;
      slipCount += s.count();
      daysSlipped += s.days();
      Optional<Money> amount = latestPresent(series).flatMap(lens::value);
      slips.add(new CloseDateSlip.Builder().dealId(series.dealId()).slips(s.count()).daysSlipped(s.days())
          .firstExpected(s.first()).latestExpected(s.last()).amount(amount).build());
    }
  }

  private static Optional<Deal> latestPresent(DealSeries series) {
    for (int i = series.states().size() - 1; i >= 0; i--) {
      if (series.at(i).isPresent()) {
        return series.at(i);
      }
    }
    return Optional.empty();
  }

  // ---- risk

  private void risk(DealSeries series, Deal now) {
    List<RiskFlag> flags = new ArrayList<>();
    int last = series.states().size() - 1;
    LocalDate today = options.dateOf(last);
    stalled(series, now, last).ifPresent(flags::add);
    now.expectedCloseDate().filter(d -> d.isBefore(today)).ifPresent(d -> flags.add(RiskFlag.of(RiskReason.PAST_DUE,
        "expected to close " + d + ", " + ChronoUnit.DAYS.between(d, today) + " days before " + today)));
    Slips slipped = Slips.of(series, 0);
    if (slipped.count() >= options.slipsAtRisk()) {
      flags.add(RiskFlag.of(RiskReason.SLIPPED_REPEATEDLY, "slipped " + slipped.count() + " times, " + slipped.days()
          + " days in all (" + slipped.first() + " -> " + slipped.last() + ")"));
    }
    amountCut(series, now).ifPresent(flags::add);
    now.probabilityOverride().ifPresent(o -> {
      BigDecimal ref = reference.probability(now).toBigDecimal();
      BigDecimal gap = o.probability().toBigDecimal().subtract(ref).abs();
      if (gap.compareTo(options.overrideTolerance()) > 0) {
        flags.add(RiskFlag.of(RiskReason.OVERRIDE_FAR_FROM_MODEL, "override " + percent(o.probability().toBigDecimal())
            + " set by " + o.setBy() + ", " + reference.ref().id() + " says " + percent(ref)));
      }
    });
    if (!flags.isEmpty()) {
      dealsAtRisk++;
      flags.forEach(f -> riskCounts[f.reason().ordinal()]++);
      atRisk.add(new DealAtRisk.Builder().dealId(now.id()).owner(now.owner()).stageId(now.stage().id())
          .amount(lens.value(now)).expectedCloseDate(now.expectedCloseDate()).addAllFlags(flags).build());
    }
  }

  private Optional<RiskFlag> stalled(DealSeries series, Deal now, int last) {
    String stage = now.stage().id();
    BigDecimal threshold = options.agingThresholdDays().get(stage);
    if (threshold == null) {
      notJudged++;
      return Optional.empty();
    }
    Optional<StageVisit> visit = series.history().flatMap(h -> {
      List<StageVisit> visits = h.visits(options.latest().asOf());
      return visits.isEmpty() ? Optional.empty() : Optional.of(visits.get(visits.size() - 1));
    }).filter(v -> v.isCurrent() && v.stage().id().equals(stage));
    if (visit.isPresent()) {
      BigDecimal days = BigDecimal.valueOf(visit.get().duration().getSeconds())
          .divide(BigDecimal.valueOf(86_400), 2, RoundingMode.HALF_EVEN);
      return days.compareTo(threshold) > 0 ? Optional.of(RiskFlag.of(RiskReason.STALLED, days.toPlainString()
          + " days in " + stage + ", threshold " + threshold.toPlainString())) : Optional.empty();
    }
    int first = last;
    while (first > 0 && series.at(first - 1).map(d -> d.stage().id().equals(stage)).orElse(false)) {
      first--;
    }
    long days = ChronoUnit.DAYS.between(options.dateOf(first), options.dateOf(last));
    return BigDecimal.valueOf(days).compareTo(threshold) > 0 ? Optional.of(RiskFlag.of(RiskReason.STALLED,
        "at least " + days + " days in " + stage + " (since " + options.states().get(first).label() + "), threshold "
            + threshold.toPlainString())) : Optional.empty();
  }

  private Optional<RiskFlag> amountCut(DealSeries series, Deal now) {
    if (now.amount().isEmpty()) {
      return Optional.empty();
    }
    for (int i = 0; i < series.states().size() - 1; i++) {
      Optional<Deal> d = series.at(i);
      if (d.isPresent()) {
        Optional<Money> then = d.get().amount();
        if (then.isPresent() && then.get().isSameCurrency(now.amount().get())
            && now.amount().get().isLessThan(then.get())) {
          return Optional.of(RiskFlag.of(RiskReason.AMOUNT_CUT, "amount " + then.get() + " -> " + now.amount().get()
              + " since " + options.states().get(i).label()));
        }
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static String percent(BigDecimal p) {
    return p.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%";
  }
}
