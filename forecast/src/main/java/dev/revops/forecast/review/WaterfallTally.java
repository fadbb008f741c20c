package dev.revops.forecast.review;

import dev.revops.core.deal.Deal;
import dev.revops.core.metric.ExclusionTally;
import dev.revops.core.metric.TopN;
import dev.revops.core.money.AmountOverflowException;
import dev.revops.core.money.Money;
import dev.revops.core.period.Period;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The pipeline review's waterfalls: per close period and currency, the minor-unit sums and deal
 * counts of start, each {@link WaterfallStep} and end, for amounts and weighted amounts; the
 * largest moves of each step; and the open deals left out (no value, no close date).
 *
 * <p>Each deal takes exactly one path between the previous and the latest state (see {@link
 * PipelineReview}), so start + the adding steps - the removing steps = end, exactly.
 */
final class WaterfallTally {
  static final String NO_CLOSE_DATE = "no expected close date";

  private static final int START = 0;
  private static final int END = WaterfallStep.values().length + 1;
  private static final int UP = WaterfallStep.INCREASED.ordinal() + 1;
  private static final int DOWN = WaterfallStep.DECREASED.ordinal() + 1;

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

  private final ReviewLens lens;
  private final Map<Key, Cell> cells = new HashMap<>();
  private final Map<WaterfallStep, TopN<WaterfallMove>> moves = new EnumMap<>(WaterfallStep.class);
  private final ExclusionTally excluded;

  WaterfallTally(ReviewLens lens, int listLimit, int exampleLimit) {
    this.lens = lens;
    Comparator<WaterfallMove> byAmount = Comparator
        .comparing((WaterfallMove m) -> m.amount().getAmount().abs(), Comparator.reverseOrder())
        .thenComparing(m -> m.weighted().getAmount().abs(), Comparator.reverseOrder())
        .thenComparing(WaterfallMove::dealId).thenComparing(WaterfallMove::period).thenComparing(Object::toString);
    for (WaterfallStep step : WaterfallStep.values()) {
      moves.put(step, new TopN<>(listLimit, byAmount));
    }
    this.excluded = new ExclusionTally(exampleLimit);
  }

  /** Counts one deal's path between the previous and the latest state. */
  void add(String id, Optional<Deal> before, Optional<Deal> now) {
    Optional<Member> m1 = before.flatMap(this::member);
    Optional<Member> m2 = now.flatMap(this::member);
    Optional<Member> won = now.filter(Deal::isWon).filter(d -> before.map(b -> !b.isWon()).orElse(true))
        .flatMap(d -> lens.value(d).flatMap(v -> lens.period(d)
            .map(p -> new Member(new Key(p, v.getCurrency()), v, v))));
    m1.ifPresent(m -> bucket(m.key(), START, m.value(), m.weighted()));
    m2.ifPresent(m -> bucket(m.key(), END, m.value(), m.weighted()));
    Supplier<String> detail = () -> DealChanges.describe(before, now);
    boolean wonHandled = false;
    if (m1.isPresent() && m2.isPresent() && m1.get().key().equals(m2.get().key())) {
      change(id, m1.get(), m2.get(), detail);
    } else {
      if (m1.isPresent()) {
        wonHandled = leave(id, m1.get(), now, won, detail);
      }
      m2.ifPresent(m -> step(id, m, before.isEmpty() ? WaterfallStep.CREATED : WaterfallStep.PULLED_IN, detail));
    }
    if (won.isPresent() && !wonHandled) {
      step(id, won.get(), before.isEmpty() ? WaterfallStep.CREATED : WaterfallStep.PULLED_IN, detail);
      step(id, won.get(), WaterfallStep.WON, detail);
    }
  }

  /**
   * A deal in a period before and not now: removed, won, lost, decreased or pushed out.
   *
   * @return whether the deal's win was counted
   */
  private boolean leave(String id, Member m1, Optional<Deal> now, Optional<Member> won, Supplier<String> detail) {
    if (now.isEmpty()) {
      step(id, m1, WaterfallStep.REMOVED, detail);
    } else if (won.isPresent() && won.get().key().equals(m1.key())) {
      change(id, m1, won.get(), detail);
      step(id, won.get(), WaterfallStep.WON, detail);
      return true;
    } else if (now.get().isLost()) {
      step(id, m1, WaterfallStep.LOST, detail);
    } else if (now.get().isOpen() && lens.period(now.get()).map(m1.key().period()::equals).orElse(false)
        && now.get().amount().isEmpty()) {
      step(id, m1, WaterfallStep.DECREASED, detail);
    } else {
      step(id, m1, WaterfallStep.PUSHED_OUT, detail);
    }
    return false;
  }

  /** An open deal as a member of a waterfall; empty (and the reason counted) when it has no value or period. */
  private Optional<Member> member(Deal deal) {
    if (!deal.isOpen()) {
      return Optional.empty();
    }
    Optional<Money> value = lens.value(deal);
    if (value.isEmpty()) {
      excluded.add(lens.whyNoValue(deal), deal.id());
      return Optional.empty();
    }
    Optional<Period> period = lens.period(deal);
    if (period.isEmpty()) {
      excluded.add(NO_CLOSE_DATE, deal.id());
      return Optional.empty();
    }
    return Optional.of(new Member(new Key(period.get(), value.get().getCurrency()), value.get(),
        lens.weighted(deal, value.get())));
  }

  /** A deal in the same period in both states (or won in it): its change of value and weighted value. */
  private void change(String id, Member from, Member to, Supplier<String> detail) {
    long amount = to.value().getAmountMinor() - from.value().getAmountMinor();
    long weighted = to.weighted().getAmountMinor() - from.weighted().getAmountMinor();
    Cell c = cells.computeIfAbsent(from.key(), k -> new Cell());
    try {
      if (amount != 0) {
        int i = amount > 0 ? UP : DOWN;
        c.amount[i] = Math.addExact(c.amount[i], Math.abs(amount));
        c.amountDeals[i]++;
      }
      if (weighted != 0) {
        int i = weighted > 0 ? UP : DOWN;
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

  private void step(String id, Member m, WaterfallStep step, Supplier<String> detail) {
    bucket(m.key(), step.ordinal() + 1, m.value(), m.weighted());
    Money signedValue = step.adds() ? m.value() : m.value().negated();
    Money signedWeighted = step.adds() ? m.weighted() : m.weighted().negated();
    moves.get(step).add(new WaterfallMove.Builder().dealId(id).period(m.key().period()).step(step).amount(signedValue)
        .weighted(signedWeighted).detail(detail.get()).build());
  }

  /** Adds another tally of other deals. */
  void merge(WaterfallTally other) {
    other.cells.forEach((k, c) -> {
      try {
        cells.computeIfAbsent(k, x -> new Cell()).merge(c);
      } catch (ArithmeticException e) {
        throw overflow(k);
      }
    });
    other.moves.forEach((step, ranked) -> moves.get(step).merge(ranked));
    excluded.merge(other.excluded);
  }

  /** How many open deals were left out. */
  long excludedCount() {
    return excluded.total();
  }

  /** Puts the waterfalls, largest moves and exclusions into a result. */
  void into(PipelineReviewResult.Builder b) {
    b.addAllExcluded(excluded.result());
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

  private static AmountOverflowException overflow(Key k) {
    return new AmountOverflowException("pipeline review", "a sum of the waterfall", k.period().label(), k.currency());
  }
}
