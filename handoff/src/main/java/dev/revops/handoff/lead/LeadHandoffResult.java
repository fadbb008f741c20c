package dev.revops.handoff.lead;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.metric.Provenance;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * Conversion of leads whose handoff met its protocol against leads whose handoff did not, and by
 * the handoff's status, from the trigger step to the target, with its provenance.
 *
 * <pre>{@code
 * LeadHandoffResult r = handoffs.result();
 * r.row(HandoffAdherence.MET).orElseThrow().count().rateOfResolved();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLeadHandoffResult.class)
@JsonDeserialize(as = ImmutableLeadHandoffResult.class)
public abstract class LeadHandoffResult {
  /** Only the generated implementation extends this class, so every instance is validated. */
  LeadHandoffResult() {}

  /**
   * Where the figures come from: the comparison's definition, the protocol and lifecycle, as of,
   * leads counted and left out.
   *
   * @return the provenance
   */
  public abstract Provenance provenance();

  /**
   * The protocol judged.
   *
   * @return its id and version
   */
  public abstract DefinitionRef protocol();

  /**
   * The step whose entry triggers the handoff.
   *
   * @return its id
   */
  public abstract String fromStep();

  /**
   * The step converted to.
   *
   * @return its id
   */
  public abstract String toStep();

  /**
   * The cohort rule's window.
   *
   * @return the window; empty for none
   */
  public abstract Optional<Duration> window();

  /**
   * Leads by whether their handoff met its protocol: met, not met, waiting, not sent (each, even
   * when empty).
   *
   * @return the rows
   */
  public abstract List<LeadHandoffRow> byAdherence();

  /**
   * Leads by their handoff's status (accepted, rejected, expired, waiting, overdue, not sent).
   *
   * @return the rows with leads
   */
  public abstract List<LeadHandoffRow> byStatus();

  /**
   * Rejections by reason, as the receivers gave them.
   *
   * @return reason to leads
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, Long> rejectionReasons();

  /**
   * Handoffs about the leads left aside: of other protocols, of another version of the protocol, or
   * sent after the as-of instant, by reason.
   *
   * @return reason to handoffs
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, Long> handoffsNotJudged();

  /** Builds results (the comparison does). */
  static final class Builder extends ImmutableLeadHandoffResult.Builder {
    Builder() {}
  }

  /**
   * The row of one adherence.
   *
   * @param adherence the adherence
   * @return the row
   */
  public Optional<LeadHandoffRow> row(HandoffAdherence adherence) {
    return byAdherence().stream().filter(r -> r.group().equals(adherence.name())).findFirst();
  }
}
