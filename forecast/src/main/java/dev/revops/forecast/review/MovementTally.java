package dev.revops.forecast.review;

import dev.revops.core.deal.Deal;
import dev.revops.core.metric.ExclusionTally;
import dev.revops.core.money.AmountOverflowException;
import dev.revops.core.money.Money;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.Stage;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The pipeline review's stage movements: which deals are in both the previous and the latest
 * state (and why the others are in one only), and, per pair of stages, how many deals moved and
 * their amounts in the review currency, with the kind of move (advanced, skipped, moved back, won,
 * lost, reopened, reclosed).
 */
final class MovementTally {
  static final String ONLY_PREVIOUS = "only in the previous state (deleted, merged or rejected since)";
  static final String ONLY_LATEST = "only in the latest state (created since, or missing from the previous one)";
  static final String ONLY_EARLIER = "only in earlier states";

  private record PairKey(String from, String to) {}

  private static final class Movement {
    final MovementKind kind;
    long deals;
    final Map<Currency, Long> amounts = new HashMap<>();

    Movement(MovementKind kind) {
      this.kind = kind;
    }
  }

  private final PipelineDefinition definition;
  private final ReviewLens lens;
  private final Map<String, Integer> openPosition = new HashMap<>();
  private final Map<PairKey, Movement> movements = new HashMap<>();
  private final ExclusionTally inOneState;
  private long inBoth;

  MovementTally(PipelineDefinition definition, ReviewLens lens, int exampleLimit) {
    this.definition = definition;
    this.lens = lens;
    List<Stage> open = definition.stages().stream().filter(Stage::isOpen)
        .sorted(Comparator.comparingInt(Stage::order)).toList();
    for (int i = 0; i < open.size(); i++) {
      openPosition.put(open.get(i).id(), i);
    }
    this.inOneState = new ExclusionTally(exampleLimit);
  }

  /** Counts one deal: in both states (and its move, if any), or in one only. */
  void add(String id, Optional<Deal> before, Optional<Deal> now) {
    if (before.isPresent() && now.isPresent()) {
      inBoth++;
      movement(before.get(), now.get());
    } else {
      inOneState.add(before.isPresent() ? ONLY_PREVIOUS : now.isPresent() ? ONLY_LATEST : ONLY_EARLIER, id);
    }
  }

  private void movement(Deal before, Deal now) {
    Stage from = before.stage();
    Stage to = now.stage();
    if (from.id().equals(to.id())) {
      return;
    }
    PairKey key = new PairKey(from.id(), to.id());
    Movement m = movements.computeIfAbsent(key, k -> new Movement(kind(from, to)));
    m.deals++;
    lens.value(now).ifPresent(v -> {
      try {
        m.amounts.merge(v.getCurrency(), v.getAmountMinor(), Math::addExact);
      } catch (ArithmeticException e) {
        throw overflow(key, v.getCurrency());
      }
    });
  }

  private MovementKind kind(Stage from, Stage to) {
    if (from.isClosed()) {
      return to.isClosed() ? MovementKind.RECLOSED : MovementKind.REOPENED;
    } else if (to.isWon()) {
      return MovementKind.WON;
    } else if (to.isLost()) {
      return MovementKind.LOST;
    }
    int a = openPosition.getOrDefault(from.id(), -1);
    int z = openPosition.getOrDefault(to.id(), -1);
    if (a < 0 || z < 0) {
      return to.order() > from.order() ? MovementKind.ADVANCED : MovementKind.MOVED_BACK;
    }
    return z < a ? MovementKind.MOVED_BACK : z == a + 1 ? MovementKind.ADVANCED : MovementKind.SKIPPED;
  }

  /** Adds another tally of other deals. */
  void merge(MovementTally other) {
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
    inBoth += other.inBoth;
  }

  /** Deals in both states. */
  long inBoth() {
    return inBoth;
  }

  /** Puts the counts and movements into a result, movements in stage order. */
  void into(PipelineReviewResult.Builder b) {
    b.inBoth(inBoth).addAllInOneState(inOneState.result());
    Map<PairKey, Movement> pairs = new TreeMap<>(Comparator.comparingInt((PairKey p) -> order(p.from()))
        .thenComparingInt(p -> order(p.to())).thenComparing(PairKey::from).thenComparing(PairKey::to));
    pairs.putAll(movements);
    pairs.forEach((k, m) -> {
      List<Money> amounts = m.amounts.entrySet().stream().map(e -> Money.ofMinor(e.getKey(), e.getValue()))
          .sorted(Comparator.comparing(Money::getCurrencyCode)).toList();
      b.addStageMovements(new StageMovement.Builder().from(k.from()).to(k.to()).kind(m.kind).deals(m.deals)
          .addAllAmounts(amounts).build());
    });
  }

  private int order(String stageId) {
    return definition.findStage(stageId).map(Stage::order).orElse(Integer.MAX_VALUE);
  }

  private static AmountOverflowException overflow(PairKey k, Currency currency) {
    return new AmountOverflowException("pipeline review", "the amount of the stage movement",
        k.from() + " -> " + k.to(), currency);
  }
}
