package dev.revops.handoff.compliance;

import dev.revops.core.aggregate.Accumulator;
import dev.revops.core.metric.ExclusionTally;
import dev.revops.core.metric.MergeCheck;
import dev.revops.core.scope.Scope;
import dev.revops.handoff.HandoffReports;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Whether a complete handoff pays off downstream, as an {@link Accumulator} of {@link
 * EvaluationWithOutcome}s: deals whose handoff (say,
 * sales to customer success) carried a complete payload against deals whose handoff did not, on an
 * outcome the caller supplies per deal (renewed, churned, expanded...), with counts and shares.
 *
 * <p>Each deal counts once, by its latest handoff of the protocol (latest sent; the greater handoff
 * id on a tie), so a handoff sent back and sent again counts as the second one. The provenance
 * counts handoffs: those of the protocol (all of them, superseded ones too), and those of other
 * protocols, left out and counted in {@link OutcomeLinkResult#excluded()}. Deals are kept one by
 * one until the result (one entry per deal handed over), so any split merged in any order gives the
 * result of one pass. Not thread-safe.
 *
 * <p>Of the scope it uses the as-of instant and the cited definitions (for the provenance, which
 * cites {@link HandoffReports#OUTCOME_LINK}) and the example limit (example ids per exclusion).
 *
 * <pre>{@code
 * OutcomeLink link = new OutcomeLink("sales-to-cs", scope);
 * evaluations.forEach(e -> link.add(e.dealId().filter(renewals::containsKey)
 *     .map(d -> EvaluationWithOutcome.of(e, renewals.get(d))).orElse(EvaluationWithOutcome.of(e))));
 * link.result().rows();   // renewed: 41 of 50 complete (82%), 12 of 25 incomplete (48%)
 * }</pre>
 */
public final class OutcomeLink implements Accumulator<EvaluationWithOutcome, OutcomeLinkResult, OutcomeLink> {
  private record Latest(Instant sentAt, String handoffId, boolean complete, Optional<String> outcome) {}

  private static final Comparator<Latest> LATER = Comparator.comparing(Latest::sentAt)
      .thenComparing(Latest::handoffId);

  private final String protocolId;
  private final Scope scope;
  private final Map<String, Latest> deals = new HashMap<>();
  private final ExclusionTally excluded;
  private long counted;

  /**
   * An empty link.
   *
   * @param protocolId the protocol whose handoffs are compared
   * @param scope the as-of instant, example limit and definitions the result cites
   */
  public OutcomeLink(String protocolId, Scope scope) {
    this.protocolId = Objects.requireNonNull(protocolId, "protocolId");
    this.scope = Objects.requireNonNull(scope, "scope");
    this.excluded = new ExclusionTally(scope.exampleLimit());
  }

  /**
   * Counts a deal's handoff with the deal's downstream outcome.
   *
   * @param record the handoff, evaluated, with the deal's outcome if known
   */
  @Override
  public void add(EvaluationWithOutcome record) {
    Objects.requireNonNull(record, "record");
    HandoffEvaluation evaluation = record.evaluation();
    if (!evaluation.protocol().id().equals(protocolId)) {
      excluded.add("handoff of another protocol", evaluation.handoffId());
      return;
    }
    if (evaluation.dealId().isEmpty()) {
      excluded.add("handoff about a lead, not a deal", evaluation.handoffId());
      return;
    }
    counted++;
    keep(evaluation.dealId().get(), new Latest(evaluation.sentAt(), evaluation.handoffId(),
        evaluation.payloadComplete(), record.outcome()));
  }

  private void keep(String dealId, Latest latest) {
    deals.merge(dealId, latest, (a, b) -> LATER.compare(a, b) >= 0 ? a : b);
  }

  /**
   * Adds another link's deals, of the same protocol, into this one.
   *
   * @param other a link of other handoffs
   * @return this link
   * @throws IllegalArgumentException if the protocol or scope differs
   */
  @Override
  public OutcomeLink merge(OutcomeLink other) {
    MergeCheck.of("outcome link", this, other).same("protocol", protocolId, other.protocolId)
        .same("scope", scope, other.scope);
    other.deals.forEach(this::keep);
    excluded.merge(other.excluded);
    counted += other.counted;
    return this;
  }

  /**
   * The comparison so far.
   *
   * @return deals with a complete and an incomplete handoff, per outcome
   */
  @Override
  public OutcomeLinkResult result() {
    long[] deals = new long[2];
    long[] unknown = new long[2];
    Map<String, long[]> outcomes = new TreeMap<>();
    for (Latest l : this.deals.values()) {
      int side = l.complete() ? 0 : 1;
      deals[side]++;
      l.outcome().ifPresentOrElse(o -> outcomes.computeIfAbsent(o, k -> new long[2])[side]++, () -> unknown[side]++);
    }
    long knownComplete = deals[0] - unknown[0];
    long knownIncomplete = deals[1] - unknown[1];
    OutcomeLinkResult.Builder b = new OutcomeLinkResult.Builder().protocolId(protocolId).dealsComplete(deals[0])
        .dealsIncomplete(deals[1]).noOutcomeComplete(unknown[0]).noOutcomeIncomplete(unknown[1])
        .provenance(HandoffReports.provenance(HandoffReports.OUTCOME_LINK, scope, List.of(), counted,
            excluded));
    outcomes.forEach((o, n) -> b.addRows(new OutcomeComparison.Builder().outcome(o).complete(n[0])
        .completeShare(Compliance.rate(n[0], knownComplete)).incomplete(n[1])
        .incompleteShare(Compliance.rate(n[1], knownIncomplete)).build()));
    return b.build();
  }
}
