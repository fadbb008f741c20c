package dev.revops.handoff.lead;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.lead.LeadJourney;
import dev.revops.handoff.Handoff;
import java.util.List;
import org.immutables.value.Value;

/**
 * One lead with the handoffs sent about it: the record {@link LeadHandoffs} adds.
 *
 * <p>Rules, checked at construction: every handoff names the lead.
 *
 * <pre>{@code
 * LeadHandoffRecord r = LeadHandoffRecord.of(journey, handoffsByLead.getOrDefault(journey.leadId(), List.of()));
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLeadHandoffRecord.class)
@JsonDeserialize(as = ImmutableLeadHandoffRecord.class)
public abstract class LeadHandoffRecord {
  /** Only the generated implementation extends this class, so every instance is validated. */
  LeadHandoffRecord() {}

  /**
   * The lead's journey.
   *
   * @return the journey
   */
  public abstract LeadJourney journey();

  /**
   * The handoffs sent about the lead, of any protocol.
   *
   * @return the handoffs, possibly none
   */
  public abstract List<Handoff> handoffs();

  /**
   * A lead with its handoffs.
   *
   * @param journey the lead's journey
   * @param handoffs the handoffs naming the lead
   * @return the record
   */
  public static LeadHandoffRecord of(LeadJourney journey, List<Handoff> handoffs) {
    return ImmutableLeadHandoffRecord.builder().journey(journey).addAllHandoffs(handoffs).build();
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("handoffs of lead " + journey().leadId());
    handoffs().forEach(h -> v.check(h.leadId().filter(journey().leadId()::equals).isPresent(), "handoffs", h.id(),
        "must name the lead", "lead " + journey().leadId()));
    v.throwIfInvalid();
  }
}
