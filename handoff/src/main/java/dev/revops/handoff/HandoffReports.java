package dev.revops.handoff;

import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.metric.ExclusionTally;
import dev.revops.core.metric.Provenance;
import dev.revops.core.scope.Scope;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The governed definitions of the handoff module's reports, declared once: each result's {@link
 * Provenance#definition()} cites one of them, so a figure traces to the rule that computed it. A
 * change of what a report counts is a new version here.
 *
 * <pre>{@code
 * result.provenance().definition();   // handoff-compliance@1
 * }</pre>
 */
public final class HandoffReports {
  private HandoffReports() {}

  /**
   * Handoff compliance ({@link dev.revops.handoff.compliance.Compliance}): each handoff sent by the
   * as-of instant judged against its protocol in the handoff map (payload complete, answered within
   * the SLA on the protocol's clock, rejection documented), counted per protocol, pair of teams,
   * sender, receiver and period sent; shares rounded half up to four decimals; friction cost =
   * failures x cost per failure.
   */
  public static final DefinitionRef COMPLIANCE = DefinitionRef.of("handoff-compliance", 1);

  /**
   * The outcome link ({@link dev.revops.handoff.compliance.OutcomeLink}): each deal counted once, by
   * its latest handoff of one protocol, as complete or incomplete, against its downstream outcome;
   * shares of the deals with a known outcome, rounded half up to four decimals.
   */
  public static final DefinitionRef OUTCOME_LINK = DefinitionRef.of("handoff-outcome-link", 1);

  /**
   * The impact of a new protocol version ({@link dev.revops.handoff.impact.ProtocolChangeImpact}):
   * open deals still to cross the gate, newly blocked, newly cleared or otherwise changed; the newly
   * blocked weighted pipeline summed exactly per currency and rounded once.
   */
  public static final DefinitionRef PROTOCOL_CHANGE_IMPACT = DefinitionRef.of("protocol-change-impact", 1);

  /**
   * The impact of a new pipeline definition version ({@link
   * dev.revops.handoff.impact.DefinitionChangeImpact}): each deal moved under the later version and
   * compared (stage, probability, category, gate status); the weighted open pipeline summed exactly
   * per currency and rounded once, before and after.
   */
  public static final DefinitionRef DEFINITION_CHANGE_IMPACT = DefinitionRef.of("definition-change-impact", 1);

  /**
   * The provenance of a handoff report: its definition, the scope's as-of instant, the definitions
   * the scope cites followed by those the report read its records under (without repeats).
   *
   * @param definition the report's definition, one of the constants above
   * @param scope the scope it was computed in
   * @param readUnder the definitions the report itself was given (a handoff map, pipeline versions)
   * @param counted the records counted
   * @param excluded the records left out
   * @return the provenance
   */
  public static Provenance provenance(DefinitionRef definition, Scope scope, List<DefinitionRef> readUnder,
      long counted, ExclusionTally excluded) {
    Objects.requireNonNull(readUnder, "readUnder");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(excluded, "excluded");
    Set<DefinitionRef> basedOn = new LinkedHashSet<>(scope.basedOn());
    basedOn.addAll(readUnder);
    return Provenance.builder().definition(definition).addAllBasedOn(basedOn).asOf(scope.asOf()).counted(counted)
        .addAllExcluded(excluded.result()).build();
  }
}
