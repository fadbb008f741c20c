package dev.revops.handoff.lead;

import dev.revops.core.aggregate.Accumulator;
import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.lead.CohortOutcome;
import dev.revops.core.lead.ConversionCount;
import dev.revops.core.lead.LeadJourney;
import dev.revops.core.lead.LeadProgress;
import dev.revops.core.metric.ExclusionTally;
import dev.revops.core.metric.MergeCheck;
import dev.revops.core.metric.Provenance;
import dev.revops.handoff.Handoff;
import dev.revops.handoff.compliance.HandoffEvaluation;
import dev.revops.handoff.compliance.HandoffStatus;
import dev.revops.handoff.protocol.HandoffProtocol;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Lead-level handoffs joined to the funnel, as an accumulator: {@link #add} one lead with its
 * handoffs, {@link #merge} accumulators of other leads, read the {@link #result}.
 *
 * <p>Each lead that entered the trigger step by the as-of instant is judged by its latest handoff of
 * the protocol (latest sent, the greater id on a tie; a handoff sent back and sent again counts as
 * the second), evaluated against the protocol as the compliance of deal handoffs is ({@link
 * HandoffEvaluation#of}: payload, SLA on its clock, rejection reason): met, not met, waiting, or
 * not sent when there is none. Its conversion from the trigger step to the target is read by the
 * cohort rule ({@link LeadProgress#outcome}) and counted under its adherence and its status.
 *
 * <p>A lead is left out, with its reason in the provenance, when it was created after the as-of
 * instant, when its history names a stage the lifecycle does not have, or when it did not enter the
 * trigger step. Handoffs of other protocols, of another version of the protocol, or sent after the
 * as-of instant are not judged, and counted. Counts merge exactly: any split gives one pass's
 * result. Not thread-safe.
 *
 * <pre>{@code
 * LeadHandoffs handoffs = new LeadHandoffs(options);
 * journeys.forEach(j -> handoffs.add(LeadHandoffRecord.of(j, byLead.getOrDefault(j.leadId(), List.of()))));
 * handoffs.result().row(HandoffAdherence.MET);
 * }</pre>
 */
public final class LeadHandoffs implements Accumulator<LeadHandoffRecord, LeadHandoffResult, LeadHandoffs> {
  private static final Comparator<Handoff> LATER = Comparator.comparing(Handoff::sentAt).thenComparing(Handoff::id);
  private static final String NOT_SENT = HandoffAdherence.NOT_SENT.name();

  private final LeadHandoffOptions options;
  private final HandoffProtocol protocol;
  private final int from;
  private final int to;
  private final Map<String, long[]> byAdherence = new TreeMap<>();
  private final Map<String, long[]> byStatus = new TreeMap<>();
  private final Map<String, Long> reasons = new TreeMap<>();
  private final Map<String, Long> notJudged = new TreeMap<>();
  private final ExclusionTally excluded;
  private long counted;

  /**
   * An empty accumulator.
   *
   * @param options what to judge and count
   */
  public LeadHandoffs(LeadHandoffOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.protocol = options.protocol();
    this.from = options.funnel().indexOf(options.fromStep());
    this.to = options.funnel().indexOf(options.toStep());
    this.excluded = new ExclusionTally(options.scope().exampleLimit());
  }

  @Override
  public void add(LeadHandoffRecord record) {
    Objects.requireNonNull(record, "record");
    Instant asOf = options.scope().asOf();
    LeadJourney journey = record.journey();
    String id = journey.leadId();
    Optional<Handoff> latest = latest(record.handoffs(), asOf);
    if (journey.lead().createdAt().isAfter(asOf)) {
      excluded.add("created after the as-of instant", id);
      return;
    }
    LeadProgress p = options.funnel().progress(journey, asOf);
    if (!p.unknownStages().isEmpty()) {
      excluded.add("history names a stage the lifecycle does not have", id);
      return;
    }
    if (p.reached(from).isEmpty()) {
      excluded.add(latest.isPresent() ? "handed off without entering " + options.fromStep()
          : "did not enter " + options.fromStep(), id);
      return;
    }
    counted++;
    int outcome = p.outcome(from, to, options.window()).ordinal();
    if (latest.isEmpty()) {
      count(byAdherence, NOT_SENT)[outcome]++;
      count(byStatus, NOT_SENT)[outcome]++;
      return;
    }
    HandoffEvaluation e = HandoffEvaluation.of(latest.get(), protocol, Optional.empty(), asOf);
    count(byAdherence, adherence(e).name())[outcome]++;
    count(byStatus, e.status().name())[outcome]++;
    if (e.status() == HandoffStatus.REJECTED) {
      reasons.merge(e.rejectionReason().orElse("(no reason given)"), 1L, Long::sum);
    }
  }

  private Optional<Handoff> latest(List<Handoff> handoffs, Instant asOf) {
    Handoff latest = null;
    for (Handoff h : handoffs) {
      if (!h.protocolId().equals(protocol.id())) {
        notJudged.merge("of another protocol", 1L, Long::sum);
      } else if (h.protocolVersion() != protocol.version()) {
        notJudged.merge("sent under another version of the protocol", 1L, Long::sum);
      } else if (h.sentAt().isAfter(asOf)) {
        notJudged.merge("sent after the as-of instant", 1L, Long::sum);
      } else if (latest == null || LATER.compare(h, latest) > 0) {
        latest = h;
      }
    }
    return Optional.ofNullable(latest);
  }

  private static HandoffAdherence adherence(HandoffEvaluation e) {
    if (e.status() == HandoffStatus.WAITING) {
      return HandoffAdherence.WAITING;
    }
    return e.failed() ? HandoffAdherence.NOT_MET : HandoffAdherence.MET;
  }

  private static long[] count(Map<String, long[]> cells, String key) {
    return cells.computeIfAbsent(key, k -> new long[3]);
  }

  @Override
  public LeadHandoffs merge(LeadHandoffs other) {
    MergeCheck.of("lead handoffs", this, other).same("options", options, other.options);
    for (List<Map<String, long[]>> m : List.of(List.of(byAdherence, other.byAdherence),
        List.of(byStatus, other.byStatus))) {
      m.get(1).forEach((k, v) -> {
        long[] into = count(m.get(0), k);
        for (int i = 0; i < v.length; i++) {
          into[i] += v[i];
        }
      });
    }
    other.reasons.forEach((k, v) -> reasons.merge(k, v, Long::sum));
    other.notJudged.forEach((k, v) -> notJudged.merge(k, v, Long::sum));
    excluded.merge(other.excluded);
    counted += other.counted;
    return this;
  }

  @Override
  public LeadHandoffResult result() {
    List<DefinitionRef> basedOn = new ArrayList<>(options.scope().basedOn());
    for (DefinitionRef r : List.of(protocol.ref(), options.funnel().lifecycle().ref())) {
      if (!basedOn.contains(r)) {
        basedOn.add(r);
      }
    }
    Provenance provenance = Provenance.builder().definition(LeadHandoffMetrics.CONVERSION_BY_ADHERENCE.ref())
        .addAllBasedOn(basedOn).asOf(options.scope().asOf()).counted(counted).addAllExcluded(excluded.result()).build();
    LeadHandoffResult.Builder b = new LeadHandoffResult.Builder().provenance(provenance).protocol(protocol.ref())
        .fromStep(options.fromStep()).toStep(options.toStep()).window(options.window())
        .putAllRejectionReasons(reasons).putAllHandoffsNotJudged(notJudged);
    for (HandoffAdherence a : HandoffAdherence.values()) {
      b.addByAdherence(row(a.name(), byAdherence.getOrDefault(a.name(), new long[3])));
    }
    for (HandoffStatus s : HandoffStatus.values()) {
      Optional.ofNullable(byStatus.get(s.name())).ifPresent(n -> b.addByStatus(row(s.name(), n)));
    }
    Optional.ofNullable(byStatus.get(NOT_SENT)).ifPresent(n -> b.addByStatus(row(NOT_SENT, n)));
    return b.build();
  }

  private static LeadHandoffRow row(String group, long[] n) {
    return new LeadHandoffRow.Builder().group(group).count(ConversionCount.of(n[0] + n[1] + n[2],
        n[CohortOutcome.CONVERTED.ordinal()], n[CohortOutcome.NOT_CONVERTED.ordinal()],
        n[CohortOutcome.UNRESOLVED.ordinal()])).build();
  }
}
