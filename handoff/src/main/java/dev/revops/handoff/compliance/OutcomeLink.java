package dev.revops.handoff.compliance;

import dev.revops.core.metric.ExclusionTally;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Whether a complete handoff pays off downstream, as an accumulator: deals whose handoff (say,
 * sales to customer success) carried a complete payload against deals whose handoff did not, on an
 * outcome the caller supplies per deal (renewed, churned, expanded...), with counts and shares.
 *
 * <p>Each deal counts once, by its latest handoff of the protocol (latest sent; the greater handoff
 * id on a tie), so a handoff sent back and sent again counts as the second one. Evaluations of other
 * protocols are left out and counted in {@link OutcomeLinkResult#excluded()}. Deals are kept one by
 * one until the result (one entry per deal handed over), so any split merged in any order gives the
 * result of one pass. Not thread-safe.
 *
 * <pre>{@code
 * OutcomeLink link = new OutcomeLink("sales-to-cs");
 * evaluations.forEach(e -> link.add(e, e.dealId().map(renewals::get));
 * link.result().rows();   // renewed: 41 of 50 complete (82%), 12 of 25 incomplete (48%)
 * }</pre>
 */
public final class OutcomeLink {
  private record Latest(Instant sentAt, String handoffId, boolean complete, Optional<String> outcome) {}

  private static final Comparator<Latest> LATER = Comparator.comparing(Latest::sentAt)
      .thenComparing(Latest::handoffId);

  private final String protocolId;
  private final Map<String, Latest> deals = new HashMap<>();
  private final ExclusionTally excluded = new ExclusionTally(5);

  /**
   * An empty link.
   *
   * @param protocolId the protocol whose handoffs are compared
   */
  public OutcomeLink(String protocolId) {
    this.protocolId = Objects.requireNonNull(protocolId, "protocolId");
  }

  /**
   * Counts a deal's handoff with the deal's downstream outcome.
   *
   * @param evaluation the handoff, evaluated
   * @param outcome the deal's outcome, a short label; empty when not known yet
   */
  public void add(HandoffEvaluation evaluation, Optional<String> outcome) {
    Objects.requireNonNull(evaluation, "evaluation");
    Objects.requireNonNull(outcome, "outcome");
    if (!evaluation.protocol().id().equals(protocolId)) {
      excluded.add("handoff of another protocol", evaluation.handoffId());
      return;
    }
    if (evaluation.dealId().isEmpty()) {
      excluded.add("handoff about a lead, not a deal", evaluation.handoffId());
      return;
    }
    keep(evaluation.dealId().get(), new Latest(evaluation.sentAt(), evaluation.handoffId(), evaluation.payloadComplete(),
        outcome.map(String::strip).filter(o -> !o.isEmpty())));
  }

  private void keep(String dealId, Latest latest) {
    deals.merge(dealId, latest, (a, b) -> LATER.compare(a, b) >= 0 ? a : b);
  }

  /**
   * Adds another link's deals, of the same protocol, into this one.
   *
   * @param other a link of other handoffs
   * @return this link
   * @throws IllegalArgumentException if the protocol differs
   */
  public OutcomeLink merge(OutcomeLink other) {
    if (!protocolId.equals(other.protocolId)) {
      throw new IllegalArgumentException("can only merge outcome links of the same protocol, not " + protocolId
          + " and " + other.protocolId);
    }
    other.deals.forEach(this::keep);
    excluded.merge(other.excluded);
    return this;
  }

  /**
   * The comparison so far.
   *
   * @return deals with a complete and an incomplete handoff, per outcome
   */
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
        .addAllExcluded(excluded.result());
    outcomes.forEach((o, n) -> b.addRows(new OutcomeComparison.Builder().outcome(o).complete(n[0])
        .completeShare(Compliance.rate(n[0], knownComplete)).incomplete(n[1])
        .incompleteShare(Compliance.rate(n[1], knownIncomplete)).build()));
    return b.build();
  }
}
