package dev.revops.handoff.impact;

import dev.revops.core.InvalidValueException;
import dev.revops.core.aggregate.Accumulator;
import dev.revops.core.metric.MergeCheck;
import dev.revops.core.deal.Deal;
import dev.revops.core.metric.ExclusionTally;
import dev.revops.core.metric.TopN;
import dev.revops.core.money.AmountOverflowException;
import dev.revops.core.money.Money;
import dev.revops.core.pipeline.Criterion;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.Stage;
import dev.revops.core.scope.Scope;
import dev.revops.handoff.HandoffReports;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The impact of a new pipeline definition version on the deals there are now, as an {@link
 * Accumulator} of deals:
 * {@link #add} deals (in stages of the earlier version), {@link #merge} accumulators of other deals,
 * read the {@link #result}.
 *
 * <p>Each deal is moved under the later version as {@link Deal#inDefinition} moves it: to the stage
 * the later version resolves its stage id to (by id or alias), keeping its fields and overrides.
 * Then it is compared: the stage id, the effective probability, the effective forecast category, and
 * whether it meets its stage's entry criteria (its gate status). A deal whose stage the later
 * version does not resolve has no stage after: it changes its stage mapping, and its weighted value
 * leaves the pipeline (shown apart as {@link WeightedChange#unmapped()}).
 *
 * <p>The weighted open pipeline is summed exactly per currency and rounded once per total, so the
 * before and after totals are those the forecast module's weighted pipeline gives for the deals
 * under each version. Sums are exact and the listed deals are kept under a total order, so any split
 * of the deals, merged in any order, gives the result of one pass. Not thread-safe.
 *
 * <p>Of the scope it uses the as-of instant, the cited definitions and the example limit, for the
 * provenance (which cites {@link HandoffReports#DEFINITION_CHANGE_IMPACT} and both versions).
 *
 * <pre>{@code
 * DefinitionChangeImpact impact = new DefinitionChangeImpact(v1, v2, 20, scope);
 * deals.forEach(impact::add);
 * impact.result().weighted();   // USD 1,204,000.00 -> USD 1,150,500.00
 * }</pre>
 */
public final class DefinitionChangeImpact implements Accumulator<Deal, DefinitionImpactResult,
    DefinitionChangeImpact> {
  private static final class Totals {
    BigDecimal before = BigDecimal.ZERO;
    BigDecimal after = BigDecimal.ZERO;
    BigDecimal unmapped = BigDecimal.ZERO;
    long deals;

    void merge(Totals o) {
      before = before.add(o.before);
      after = after.add(o.after);
      unmapped = unmapped.add(o.unmapped);
      deals += o.deals;
    }
  }

  private final PipelineDefinition before;
  private final PipelineDefinition after;
  private final Map<String, Long> perStage = new HashMap<>();
  private final Map<ImpactKind, Long> changed = new EnumMap<>(ImpactKind.class);
  private final Map<Currency, Totals> totals = new HashMap<>();
  private final TopN<DealImpact> listed;
  private final ExclusionTally excluded;
  private final int listLimit;
  private final Scope scope;
  private long counted;
  private long unchanged;

  /**
   * An empty accumulator.
   *
   * @param before the version in use, the deals' stages are of
   * @param after the new version
   * @param listLimit how many changed deals to list
   * @param scope the as-of instant, example limit and definitions the result cites
   * @throws InvalidValueException if {@code listLimit} is negative
   */
  public DefinitionChangeImpact(PipelineDefinition before, PipelineDefinition after, int listLimit, Scope scope) {
    this.before = Objects.requireNonNull(before, "before");
    this.after = Objects.requireNonNull(after, "after");
    if (listLimit < 0) {
      throw new InvalidValueException("listLimit", listLimit, "must not be negative");
    }
    this.listLimit = listLimit;
    this.scope = Objects.requireNonNull(scope, "scope");
    this.excluded = new ExclusionTally(scope.exampleLimit());
    this.listed = new TopN<>(listLimit, order());
  }

  private static Comparator<DealImpact> order() {
    Comparator<DealImpact> byCurrency = Comparator.comparing(d -> d.weightedBefore().map(Money::getCurrencyCode)
        .orElse("~"));
    return byCurrency.thenComparing(DefinitionChangeImpact::size, Comparator.reverseOrder())
        .thenComparing(DealImpact::dealId);
  }

  private static BigDecimal size(DealImpact d) {
    BigDecimal b = d.weightedBefore().map(Money::getAmount).orElse(BigDecimal.ZERO);
    BigDecimal a = d.weightedAfter().map(Money::getAmount).orElse(BigDecimal.ZERO);
    return a.subtract(b).abs();
  }

  /**
   * Counts one deal.
   *
   * @param deal a deal in a stage of the earlier version
   */
  @Override
  public void add(Deal deal) {
    Objects.requireNonNull(deal, "deal");
    Stage stage = deal.stage();
    if (!before.findStage(stage.id()).map(stage::equals).orElse(false)) {
      excluded.add("stage not of pipeline " + before.ref(), deal.id());
      return;
    }
    counted++;
    perStage.merge(stage.id(), 1L, Long::sum);
    Optional<Deal> moved;
    try {
      moved = Optional.of(deal.inDefinition(after));
    } catch (InvalidValueException e) {
      moved = Optional.empty();
    }
    List<String> unmetBefore = unmet(deal);
    List<String> unmetAfter = moved.map(DefinitionChangeImpact::unmet).orElse(List.of());
    Set<ImpactKind> kinds = EnumSet.noneOf(ImpactKind.class);
    if (moved.map(m -> !m.stage().id().equals(stage.id())).orElse(true)) {
      kinds.add(ImpactKind.STAGE_MAPPING);
    }
    if (moved.isPresent()) {
      Deal m = moved.get();
      if (!m.effectiveProbability().probability().equals(deal.effectiveProbability().probability())) {
        kinds.add(ImpactKind.PROBABILITY);
      }
      if (m.effectiveForecastCategory() != deal.effectiveForecastCategory()) {
        kinds.add(ImpactKind.CATEGORY);
      }
      if (unmetBefore.isEmpty() != unmetAfter.isEmpty()) {
        kinds.add(ImpactKind.GATE_STATUS);
      }
    }
    if (deal.amount().isPresent() && stage.isOpen()) {
      Money amount = deal.amount().get();
      Totals t = totals.computeIfAbsent(amount.getCurrency(), c -> new Totals());
      t.deals++;
      BigDecimal weightedBefore = exactWeighted(deal);
      t.before = t.before.add(weightedBefore);
      if (moved.isPresent()) {
        t.after = t.after.add(exactWeighted(moved.get()));
      } else {
        t.unmapped = t.unmapped.add(weightedBefore);
      }
    }
    if (kinds.isEmpty()) {
      unchanged++;
      return;
    }
    kinds.forEach(k -> changed.merge(k, 1L, Long::sum));
    listed.add(new DealImpact.Builder().dealId(deal.id()).addAllChanges(kinds).stageBefore(stage.id())
        .stageAfter(moved.map(m -> m.stage().id())).probabilityBefore(deal.effectiveProbability().probability())
        .probabilityAfter(moved.map(m -> m.effectiveProbability().probability()))
        .categoryBefore(deal.effectiveForecastCategory()).categoryAfter(moved.map(Deal::effectiveForecastCategory))
        .addAllUnmetBefore(unmetBefore).addAllUnmetAfter(unmetAfter).weightedBefore(deal.weightedValue())
        .weightedAfter(moved.flatMap(Deal::weightedValue)).build());
  }

  private static BigDecimal exactWeighted(Deal deal) {
    return deal.amount().orElseThrow().getAmount().multiply(deal.effectiveProbability().probability().toBigDecimal());
  }

  /** The entry criteria of the deal's own stage it does not meet: its gate status. */
  private static List<String> unmet(Deal deal) {
    List<String> out = new ArrayList<>();
    for (Criterion c : deal.stage().entryCriteria()) {
      c.unmetBy(deal).ifPresent(out::add);
    }
    return out;
  }

  /**
   * Adds another accumulator's deals, built with the same versions, list size and scope, into this
   * one.
   *
   * @param other an accumulator of other deals
   * @return this accumulator
   * @throws IllegalArgumentException if the versions, list size or scope differ
   */
  @Override
  public DefinitionChangeImpact merge(DefinitionChangeImpact other) {
    MergeCheck.of("definition change impact", this, other).same("definition before", before, other.before)
        .same("definition after", after, other.after).same("listLimit", listLimit, other.listLimit)
        .same("scope", scope, other.scope);
    other.perStage.forEach((k, n) -> perStage.merge(k, n, Long::sum));
    other.changed.forEach((k, n) -> changed.merge(k, n, Long::sum));
    other.totals.forEach((c, t) -> totals.computeIfAbsent(c, x -> new Totals()).merge(t));
    listed.merge(other.listed);
    excluded.merge(other.excluded);
    counted += other.counted;
    unchanged += other.unchanged;
    return this;
  }

  /**
   * The impact so far.
   *
   * @return stage mappings, counts, weighted totals and the deals that change most
   */
  @Override
  public DefinitionImpactResult result() {
    DefinitionImpactResult.Builder b = new DefinitionImpactResult.Builder().before(before.ref()).after(after.ref())
        .provenance(HandoffReports.provenance(HandoffReports.DEFINITION_CHANGE_IMPACT, scope,
            List.of(before.ref(), after.ref()), counted, excluded)).unchanged(unchanged);
    for (Stage s : before.stages()) {
      Optional<Stage> to = after.resolveStage(s.id()).filter(t -> t.outcome() == s.outcome());
      b.addStages(new StageMapping.Builder().fromStageId(s.id()).toStageId(to.map(Stage::id))
          .probabilityBefore(s.defaultProbability()).probabilityAfter(to.map(Stage::defaultProbability))
          .categoryBefore(s.defaultForecastCategory()).categoryAfter(to.map(Stage::defaultForecastCategory))
          .addAllEntryCriteriaBefore(describe(s)).addAllEntryCriteriaAfter(to.map(DefinitionChangeImpact::describe)
              .orElse(List.of()))
          .deals(perStage.getOrDefault(s.id(), 0L)).build());
    }
    for (ImpactKind k : ImpactKind.values()) {
      b.putChanged(k, changed.getOrDefault(k, 0L));
    }
    Map<String, Currency> byCode = new TreeMap<>();
    totals.keySet().forEach(c -> byCode.put(c.getCurrencyCode(), c));
    byCode.values().forEach(c -> {
      Totals t = totals.get(c);
      try {
        Money before = Money.of(c, t.before, Deal.ROUNDING);
        Money after = Money.of(c, t.after, Deal.ROUNDING);
        b.addWeighted(new WeightedChange.Builder().before(before).after(after).change(after.minus(before))
            .unmapped(Money.of(c, t.unmapped, Deal.ROUNDING)).deals(t.deals).build());
      } catch (ArithmeticException e) {
        throw new AmountOverflowException("definition change impact", "the weighted open pipeline", "all open deals",
            c);
      }
    });
    return b.addAllDeals(listed.result()).build();
  }

  private static List<String> describe(Stage s) {
    return s.entryCriteria().stream().map(Criterion::describe).toList();
  }
}
