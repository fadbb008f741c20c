package dev.revops.core.lead;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One lead with everything the funnel needs about it: the lead, its lifecycle history and the
 * deal it became. The record the funnel and the lead-level handoffs add, one per lead.
 *
 * <p>Rules, checked at construction: the history and the link, when present, are the lead's.
 *
 * <p>JSON: {@code {"lead": {...}, "history": {...}, "link": {...}}}.
 *
 * <pre>{@code
 * LeadJourney j = LeadJourney.builder().lead(lead).history(history).link(link).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLeadJourney.class)
@JsonDeserialize(as = ImmutableLeadJourney.class)
public abstract class LeadJourney {
  /** Only the generated implementation extends this class, so every instance is validated. */
  LeadJourney() {}

  /**
   * The lead.
   *
   * @return the lead
   */
  public abstract Lead lead();

  /**
   * Its lifecycle changes.
   *
   * @return the history; empty when none is known
   */
  public abstract Optional<LifecycleHistory> history();

  /**
   * The deal it became.
   *
   * @return the link; empty when it has not converted (or the deal is not known)
   */
  public abstract Optional<DealLink> link();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A lead with no history and no deal.
   *
   * @param lead the lead
   * @return the journey
   */
  public static LeadJourney of(Lead lead) {
    return builder().lead(lead).build();
  }

  /** Builds journeys; see {@link LeadJourney} for the rules. */
  public static final class Builder extends ImmutableLeadJourney.Builder {
    Builder() {}
  }

  /**
   * The lead's id.
   *
   * @return the id
   */
  public String leadId() {
    return lead().id();
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("journey of lead " + lead().id());
    history().ifPresent(h -> v.check(h.leadId().equals(lead().id()), "history", h.leadId(),
        "must be the lead's history"));
    link().ifPresent(l -> v.check(l.leadId().equals(lead().id()), "link", l.leadId(), "must be the lead's link"));
    v.throwIfInvalid();
  }
}
