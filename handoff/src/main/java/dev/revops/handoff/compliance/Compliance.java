package dev.revops.handoff.compliance;

import dev.revops.core.aggregate.Accumulator;
import dev.revops.core.metric.MergeCheck;
import dev.revops.core.metric.ExclusionTally;
import dev.revops.core.metric.TopN;
import dev.revops.core.money.AmountOverflowException;
import dev.revops.core.money.Money;
import dev.revops.core.money.Rounding;
import dev.revops.core.period.Period;
import dev.revops.handoff.Handoff;
import dev.revops.handoff.HandoffReports;
import dev.revops.handoff.HandoffWithDeal;
import dev.revops.handoff.protocol.HandoffMap;
import dev.revops.handoff.protocol.HandoffProtocol;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Handoff compliance, as an {@link Accumulator}: {@link #add} handoffs with their deals, {@link
 * #merge} accumulators of other handoffs, read the {@link #result}; {@link #judge} adds a handoff
 * and returns its evaluation.
 *
 * <p>Each handoff is judged against its protocol in the map as of one instant ({@link
 * HandoffEvaluation#of}) and counted in the total, its protocol, its pair of teams, its sender, its
 * receiver and the period it was sent in: handoffs sent, where each stands (accepted, rejected,
 * expired, waiting or overdue: exactly one), payload completion, SLA attainment, median and 90th
 * percentile time to accept (on each protocol's clock), rejection reasons and failures. The ranking
 * multiplies each protocol's failures by its cost per failure (the friction cost) to say which
 * handoff to fix first; the overdue list says which handoffs wait longest past their deadline.
 *
 * <p>Of the options' scope it uses the as-of instant (what is known), the zone, period kind and
 * fiscal calendar (the period sent), the example limit and the cited definitions (see {@link
 * ComplianceOptions}). The result's provenance cites {@link HandoffReports#COMPLIANCE} and the map.
 *
 * <p>A handoff is left out, and counted in {@link ComplianceResult#excluded()} with its reason,
 * when the map has no such protocol, when it was sent under another version of the protocol than
 * the map's (judge those with that version's map), or when it was sent after the as-of instant.
 *
 * <p>Times to accept are kept one by one (four bytes per accepted handoff) so that the percentiles
 * are exact and any split of the handoffs, merged in any order, gives the result of one pass. Not
 * thread-safe: use one accumulator per thread.
 *
 * <pre>{@code
 * Compliance compliance = new Compliance(map, ComplianceOptions.of(Scope.asOf(LocalDate.parse("2026-10-01"))));
 * handoffs.forEach(h -> compliance.add(h.dealId().filter(dealsById::containsKey)
 *     .map(d -> HandoffWithDeal.of(h, dealsById.get(d))).orElse(HandoffWithDeal.of(h))));
 * ComplianceResult r = compliance.result();
 * r.ranking().get(0);     // the protocol to fix first
 * }</pre>
 */
public final class Compliance implements Accumulator<HandoffWithDeal, ComplianceResult, Compliance> {
  /** The group of the total row. */
  static final String ALL = "all";

  private record Key(GroupKind kind, String group, LocalDate start) {}

  private static final class Cell {
    long sent;
    final long[] statuses = new long[HandoffStatus.values().length];
    long payloadComplete;
    long slaJudged;
    long slaMet;
    long failures;
    long rejectionsWithoutReason;
    final Map<String, Long> reasons = new TreeMap<>();
    final ResponseTimes toAccept = new ResponseTimes();

    void add(HandoffEvaluation e) {
      sent++;
      statuses[e.status().ordinal()]++;
      if (e.payloadComplete()) {
        payloadComplete++;
      }
      if (e.slaMet().isPresent()) {
        slaJudged++;
        if (e.slaMet().get()) {
          slaMet++;
        }
      }
      if (e.failed()) {
        failures++;
      }
      if (e.status() == HandoffStatus.REJECTED) {
        e.rejectionReason().ifPresentOrElse(r -> reasons.merge(r, 1L, Long::sum), () -> rejectionsWithoutReason++);
      }
      if (e.status() == HandoffStatus.ACCEPTED) {
        toAccept.add(e.responseTime().orElseThrow());
      }
    }

    void merge(Cell o) {
      sent += o.sent;
      for (int i = 0; i < statuses.length; i++) {
        statuses[i] += o.statuses[i];
      }
      payloadComplete += o.payloadComplete;
      slaJudged += o.slaJudged;
      slaMet += o.slaMet;
      failures += o.failures;
      rejectionsWithoutReason += o.rejectionsWithoutReason;
      o.reasons.forEach((r, n) -> reasons.merge(r, n, Long::sum));
      toAccept.addAll(o.toAccept);
    }

    ComplianceRow row(Key key) {
      return new ComplianceRow.Builder().groupKind(key.kind()).group(key.group()).sent(sent)
          .accepted(statuses[HandoffStatus.ACCEPTED.ordinal()]).rejected(statuses[HandoffStatus.REJECTED.ordinal()])
          .expired(statuses[HandoffStatus.EXPIRED.ordinal()]).waiting(statuses[HandoffStatus.WAITING.ordinal()])
          .overdue(statuses[HandoffStatus.OVERDUE.ordinal()]).payloadComplete(payloadComplete)
          .payloadCompletionRate(rate(payloadComplete, sent)).slaJudged(slaJudged).slaMet(slaMet)
          .slaAttainment(rate(slaMet, slaJudged)).medianTimeToAccept(toAccept.quantile(0.5))
          .p90TimeToAccept(toAccept.quantile(0.9)).putAllRejectionReasons(reasons)
          .rejectionsWithoutReason(rejectionsWithoutReason).failures(failures).build();
    }
  }

  /** Most overdue first, then by handoff id: a total order, so any split lists the same handoffs. */
  private static final Comparator<HandoffEvaluation> MOST_OVERDUE = Comparator
      .comparing((HandoffEvaluation e) -> e.breachedBy().orElse(Duration.ZERO)).reversed()
      .thenComparing(HandoffEvaluation::handoffId);

  private final HandoffMap map;
  private final ComplianceOptions options;
  private final Map<Key, Cell> cells = new HashMap<>();
  private final TopN<HandoffEvaluation> overdue;
  private final ExclusionTally excluded;
  private long counted;

  /**
   * An empty accumulator.
   *
   * @param map the protocols handoffs are judged by
   * @param options the scope (as of when handoffs are judged: outcomes after it are not known yet)
   *     and how many overdue handoffs to list
   */
  public Compliance(HandoffMap map, ComplianceOptions options) {
    this.map = Objects.requireNonNull(map, "map");
    this.options = Objects.requireNonNull(options, "options");
    this.excluded = new ExclusionTally(options.scope().exampleLimit());
    this.overdue = new TopN<>(options.listLimit(), MOST_OVERDUE);
  }

  /**
   * Judges one handoff and counts it.
   *
   * @param record the handoff with its deal, for payload fields taken from the deal (without it
   *     those fields count as missing, saying why)
   */
  @Override
  public void add(HandoffWithDeal record) {
    judge(record);
  }

  /**
   * Judges one handoff, counts it and returns its evaluation.
   *
   * @param record the handoff with its deal, if known
   * @return the evaluation; empty when the handoff was left out (see the class comment)
   */
  public Optional<HandoffEvaluation> judge(HandoffWithDeal record) {
    Objects.requireNonNull(record, "record");
    Handoff handoff = record.handoff();
    Instant asOf = options.scope().asOf();
    Optional<HandoffProtocol> found = map.find(handoff.protocolId());
    if (found.isEmpty()) {
      excluded.add("protocol not in handoff map " + map.ref(), handoff.id());
      return Optional.empty();
    }
    HandoffProtocol protocol = found.get();
    if (protocol.version() != handoff.protocolVersion()) {
      excluded.add("sent under another version of the protocol than the map's", handoff.id());
      return Optional.empty();
    }
    if (handoff.sentAt().isAfter(asOf)) {
      excluded.add("sent after the as-of instant", handoff.id());
      return Optional.empty();
    }
    HandoffEvaluation e = HandoffEvaluation.of(handoff, protocol, record.deal(), asOf);
    counted++;
    cell(GroupKind.TOTAL, ALL).add(e);
    cell(GroupKind.PROTOCOL, protocol.id()).add(e);
    cell(GroupKind.TEAMS, teams(protocol)).add(e);
    cell(GroupKind.SENDER, protocol.sender()).add(e);
    cell(GroupKind.RECEIVER, protocol.receiver()).add(e);
    Period period = options.scope().periodOf(handoff.sentAt());
    cells.computeIfAbsent(new Key(GroupKind.PERIOD, period.label(), period.start()), k -> new Cell()).add(e);
    if (e.status() == HandoffStatus.OVERDUE) {
      overdue.add(e);
    }
    return Optional.of(e);
  }

  private Cell cell(GroupKind kind, String group) {
    return cells.computeIfAbsent(new Key(kind, group, LocalDate.MIN), k -> new Cell());
  }

  private static String teams(HandoffProtocol p) {
    return p.sender() + " -> " + p.receiver();
  }

  /**
   * Adds another accumulator's counts, built with the same map and options, into this one.
   *
   * @param other an accumulator of other handoffs
   * @return this accumulator
   * @throws IllegalArgumentException if the map or options differ
   */
  @Override
  public Compliance merge(Compliance other) {
    MergeCheck.of("compliance", this, other).same("handoff map", map, other.map)
        .same("options", options, other.options);
    other.cells.forEach((k, c) -> cells.computeIfAbsent(k, x -> new Cell()).merge(c));
    overdue.merge(other.overdue);
    excluded.merge(other.excluded);
    counted += other.counted;
    return this;
  }

  /**
   * The result so far.
   *
   * @return the rows, the ranking and the overdue handoffs
   */
  @Override
  public ComplianceResult result() {
    Map<String, Integer> protocolOrder = new HashMap<>();
    map.protocols().forEach(p -> protocolOrder.put(p.id(), protocolOrder.size()));
    Comparator<Key> order = Comparator.comparing(Key::kind)
        .thenComparing(k -> k.kind() == GroupKind.PROTOCOL ? protocolOrder.get(k.group()) : 0)
        .thenComparing(Key::start).thenComparing(Key::group);
    Map<Key, Cell> sorted = new TreeMap<>(order);
    sorted.putAll(cells);
    ComplianceResult.Builder b = new ComplianceResult.Builder().map(map.ref()).options(options)
        .provenance(HandoffReports.provenance(HandoffReports.COMPLIANCE, options.scope(), List.of(map.ref()), counted,
            excluded));
    if (!cells.containsKey(new Key(GroupKind.TOTAL, ALL, LocalDate.MIN))) {
      b.addRows(new Cell().row(new Key(GroupKind.TOTAL, ALL, LocalDate.MIN)));
    }
    sorted.forEach((k, c) -> b.addRows(c.row(k)));
    List<ProtocolFriction> ranking = new ArrayList<>();
    for (HandoffProtocol p : map.protocols()) {
      Cell c = cells.getOrDefault(new Key(GroupKind.PROTOCOL, p.id(), LocalDate.MIN), new Cell());
      Money cost;
      try {
        cost = p.costPerFailure().multipliedBy(c.failures);
      } catch (ArithmeticException e) {
        throw new AmountOverflowException("compliance", "the friction cost", "protocol " + p.id(),
            p.costPerFailure().getCurrency());
      }
      ranking.add(new ProtocolFriction.Builder().protocolId(p.id()).teams(teams(p)).sent(c.sent)
          .failures(c.failures).failureRate(rate(c.failures, c.sent)).costPerFailure(p.costPerFailure())
          .frictionCost(cost).failureMode(p.failureMode()).build());
    }
    ranking.sort(Comparator.comparing(ProtocolFriction::frictionCost, Comparator.<Money>reverseOrder())
        .thenComparing(ProtocolFriction::failures, Comparator.reverseOrder())
        .thenComparing(ProtocolFriction::protocolId));
    return b.addAllRanking(ranking).addAllOverdue(overdue.result()).build();
  }

  /** A share, {@link Rounding#RATIO_SCALE} decimals, {@link Rounding#SHARE}; empty when nothing was counted. */
  static Optional<BigDecimal> rate(long part, long whole) {
    return whole == 0 ? Optional.empty()
        : Optional.of(BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), Rounding.RATIO_SCALE, Rounding.SHARE));
  }
}
