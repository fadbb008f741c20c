package dev.revops.handoff.impact;

import dev.revops.core.InvalidValueException;
import dev.revops.core.aggregate.Accumulator;
import dev.revops.core.metric.MergeCheck;
import dev.revops.core.deal.Deal;
import dev.revops.core.metric.ExclusionTally;
import dev.revops.core.metric.TopN;
import dev.revops.core.money.AmountOverflowException;
import dev.revops.core.money.Money;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.scope.Scope;
import dev.revops.handoff.HandoffReports;
import dev.revops.handoff.protocol.HandoffGate;
import dev.revops.handoff.protocol.HandoffProtocol;
import dev.revops.handoff.protocol.PayloadField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The impact of a new handoff protocol version, as an {@link Accumulator}: {@link #add} open deals
 * with the payload their handoff would carry ({@link DealWithPayload}), {@link #merge} accumulators
 * of other deals, read the {@link #result}.
 *
 * <p>The result lists what the protocol changes ({@link #differences}) and, for every open deal
 * still to cross the gate, whether the later version would newly block it (its payload was complete
 * and is not), newly clear it, or block it for other reasons. A deal is still to cross the gate of a
 * stage-triggered version when its stage comes before the trigger stage in the pipeline definition;
 * every open deal is, for an event-triggered version. Closed deals and deals past the trigger of
 * both versions are left out and counted. Payload fields read from the deal come from the deal;
 * fields of the handoff's own payload from the payload given (none given: they count as missing,
 * under both versions alike).
 *
 * <p>Exact sums and a total order for the listed deals: any split merged in any order gives the
 * result of one pass. Not thread-safe.
 *
 * <p>Of the scope it uses the as-of instant, the cited definitions and the example limit, for the
 * provenance (which cites {@link HandoffReports#PROTOCOL_CHANGE_IMPACT}, the pipeline definition and
 * both protocol versions). The deals are as the caller read them: nothing is dated.
 *
 * <pre>{@code
 * ProtocolChangeImpact impact = new ProtocolChangeImpact(toCsV1, toCsV2, definition, 20, scope);
 * deals.forEach(d -> impact.add(DealWithPayload.of(d)));
 * impact.result().changes();   // {NEWLY_BLOCKED=14, NEWLY_CLEARED=0, PROBLEMS_CHANGED=3, UNCHANGED=120}
 * }</pre>
 */
public final class ProtocolChangeImpact implements Accumulator<DealWithPayload, ProtocolImpactResult,
    ProtocolChangeImpact> {
  private final HandoffProtocol before;
  private final HandoffProtocol after;
  private final PipelineDefinition definition;
  private final int listLimit;
  private final Scope scope;
  private final OptionalInt gateBefore;
  private final OptionalInt gateAfter;
  private final Map<GateChange, Long> changes = new EnumMap<>(GateChange.class);
  private final Map<Currency, BigDecimal> blocked = new HashMap<>();
  private final TopN<DealGateImpact> listed;
  private final ExclusionTally excluded;
  private long counted;

  /**
   * An empty accumulator.
   *
   * @param before the version in use
   * @param after the new version, of the same protocol
   * @param definition the pipeline definition the deals' stages and the triggers' stages are of
   * @param listLimit how many deals to list
   * @param scope the as-of instant, example limit and definitions the result cites
   * @throws InvalidValueException if the protocols' ids differ, a trigger stage is not in the
   *     definition, or {@code listLimit} is negative
   */
  public ProtocolChangeImpact(HandoffProtocol before, HandoffProtocol after, PipelineDefinition definition,
      int listLimit, Scope scope) {
    this.before = Objects.requireNonNull(before, "before");
    this.after = Objects.requireNonNull(after, "after");
    this.definition = Objects.requireNonNull(definition, "definition");
    if (!before.id().equals(after.id())) {
      throw new InvalidValueException("after", after.id(), "must be a version of the same protocol", "before is "
          + before.id());
    }
    if (listLimit < 0) {
      throw new InvalidValueException("listLimit", listLimit, "must not be negative");
    }
    this.listLimit = listLimit;
    this.scope = Objects.requireNonNull(scope, "scope");
    this.excluded = new ExclusionTally(scope.exampleLimit());
    this.gateBefore = gateOrder(before);
    this.gateAfter = gateOrder(after);
    Function<DealGateImpact, String> currency = d -> d.weighted().map(Money::getCurrencyCode).orElse("~");
    this.listed = new TopN<>(listLimit, Comparator.comparing(DealGateImpact::change).thenComparing(currency)
        .thenComparing(d -> d.weighted().map(Money::getAmount).orElse(BigDecimal.ZERO), Comparator.reverseOrder())
        .thenComparing(DealGateImpact::dealId));
  }

  /** The order of the trigger stage; empty for an event trigger (every open deal crosses it). */
  private OptionalInt gateOrder(HandoffProtocol p) {
    if (p.trigger().stageEntered().isEmpty()) {
      return OptionalInt.empty();
    }
    String stage = p.trigger().stageEntered().get();
    return OptionalInt.of(definition.findStage(stage).orElseThrow(() -> new InvalidValueException("trigger", stage,
        "must be a stage of pipeline " + definition.ref(), "protocol " + p.ref())).order());
  }

  /**
   * What the later version changes, aspect by aspect: team, trigger, SLA, rejection rule, cost,
   * failure mode, owner, and each payload field added, removed or changed.
   *
   * @param before the earlier version
   * @param after the later version
   * @return the differences, in that order
   */
  public static List<ProtocolDifference> differences(HandoffProtocol before, HandoffProtocol after) {
    List<ProtocolDifference> out = new ArrayList<>();
    compare(out, "sender", before.sender(), after.sender());
    compare(out, "receiver", before.receiver(), after.receiver());
    compare(out, "trigger", before.trigger().toString(), after.trigger().toString());
    compare(out, "sla", before.sla().toString(), after.sla().toString());
    if (before.sla().businessHours().isPresent() && after.sla().businessHours().isPresent()) {
      compare(out, "sla.hours", before.sla().hours().toString(), after.sla().hours().toString());
    }
    compare(out, "rejectionNeedsReason", String.valueOf(before.rejectionNeedsReason()),
        String.valueOf(after.rejectionNeedsReason()));
    compare(out, "costPerFailure", before.costPerFailure().toString(), after.costPerFailure().toString());
    compare(out, "failureMode", before.failureMode(), after.failureMode());
    compare(out, "owner", before.owner(), after.owner());
    Map<String, PayloadField> was = new LinkedHashMap<>();
    before.payload().forEach(f -> was.put(f.name(), f));
    Map<String, PayloadField> is = new LinkedHashMap<>();
    after.payload().forEach(f -> is.put(f.name(), f));
    for (PayloadField f : before.payload()) {
      Optional<String> now = Optional.ofNullable(is.get(f.name())).map(PayloadField::toString);
      if (!now.equals(Optional.of(f.toString()))) {
        out.add(ProtocolDifference.of("payload." + f.name(), Optional.of(f.toString()), now));
      }
    }
    after.payload().stream().filter(f -> !was.containsKey(f.name())).forEach(f -> out.add(
        ProtocolDifference.of("payload." + f.name(), Optional.empty(), Optional.of(f.toString()))));
    return out;
  }

  private static void compare(List<ProtocolDifference> out, String aspect, String before, String after) {
    if (!before.equals(after)) {
      out.add(ProtocolDifference.of(aspect, Optional.of(before), Optional.of(after)));
    }
  }

  /**
   * Counts one deal with the payload its handoff would carry.
   *
   * @param record the deal and the payload, by field name
   */
  @Override
  public void add(DealWithPayload record) {
    Objects.requireNonNull(record, "record");
    Deal deal = record.deal();
    Map<String, String> payload = record.payload();
    if (deal.isClosed()) {
      excluded.add("closed", deal.id());
      return;
    }
    boolean crossesBefore = crosses(deal, gateBefore);
    boolean crossesAfter = crosses(deal, gateAfter);
    if (!crossesBefore && !crossesAfter) {
      excluded.add("past the trigger stage", deal.id());
      return;
    }
    counted++;
    List<String> was = crossesBefore ? problems(before, deal, payload) : List.of();
    List<String> is = crossesAfter ? problems(after, deal, payload) : List.of();
    GateChange change = was.isEmpty() && !is.isEmpty() ? GateChange.NEWLY_BLOCKED
        : !was.isEmpty() && is.isEmpty() ? GateChange.NEWLY_CLEARED
        : was.equals(is) ? GateChange.UNCHANGED : GateChange.PROBLEMS_CHANGED;
    changes.merge(change, 1L, Long::sum);
    if (change == GateChange.NEWLY_BLOCKED && deal.amount().isPresent()) {
      blocked.merge(deal.amount().get().getCurrency(), deal.amount().get().getAmount()
          .multiply(deal.effectiveProbability().probability().toBigDecimal()), BigDecimal::add);
    }
    if (change != GateChange.UNCHANGED) {
      listed.add(new DealGateImpact.Builder().dealId(deal.id()).stageId(deal.stage().id()).change(change)
          .addAllProblemsBefore(was).addAllProblemsAfter(is).weighted(deal.weightedValue()).build());
    }
  }

  private static boolean crosses(Deal deal, OptionalInt gate) {
    return gate.isEmpty() || deal.stage().order() < gate.getAsInt();
  }

  private static List<String> problems(HandoffProtocol p, Deal deal, Map<String, String> payload) {
    List<String> out = new ArrayList<>();
    for (PayloadField f : p.payload()) {
      f.problem(HandoffGate.value(f, deal, payload)).ifPresent(why -> out.add(f.name() + " " + why));
    }
    return out;
  }

  /**
   * Adds another accumulator's deals, built with the same versions, definition, list size and scope.
   *
   * @param other an accumulator of other deals
   * @return this accumulator
   * @throws IllegalArgumentException if the versions, definition, list size or scope differ
   */
  @Override
  public ProtocolChangeImpact merge(ProtocolChangeImpact other) {
    MergeCheck.of("protocol change impact", this, other).same("protocol before", before, other.before)
        .same("protocol after", after, other.after).same("definition", definition, other.definition)
        .same("listLimit", listLimit, other.listLimit).same("scope", scope, other.scope);
    other.changes.forEach((k, n) -> changes.merge(k, n, Long::sum));
    other.blocked.forEach((c, v) -> blocked.merge(c, v, BigDecimal::add));
    listed.merge(other.listed);
    excluded.merge(other.excluded);
    counted += other.counted;
    return this;
  }

  /**
   * The impact so far.
   *
   * @return the differences, the counts, the newly blocked pipeline and the deals
   */
  @Override
  public ProtocolImpactResult result() {
    ProtocolImpactResult.Builder b = new ProtocolImpactResult.Builder().before(before.ref()).after(after.ref())
        .addAllDifferences(differences(before, after)).provenance(HandoffReports.provenance(
            HandoffReports.PROTOCOL_CHANGE_IMPACT, scope, List.of(definition.ref(), before.ref(), after.ref()),
            counted, excluded));
    for (GateChange c : GateChange.values()) {
      b.putChanges(c, changes.getOrDefault(c, 0L));
    }
    Map<String, Money> totals = new TreeMap<>();
    blocked.forEach((c, v) -> {
      try {
        totals.put(c.getCurrencyCode(), Money.of(c, v, Deal.ROUNDING));
      } catch (ArithmeticException e) {
        throw new AmountOverflowException("protocol change impact", "the newly blocked weighted pipeline",
            "all open deals", c);
      }
    });
    return b.addAllNewlyBlockedWeighted(totals.values()).addAllDeals(listed.result()).build();
  }
}
