package dev.revops.handoff;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import java.time.Instant;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * One handoff: which protocol, which deal or lead, when it was sent with what payload, and how it
 * ended (if it has).
 *
 * <p>A handoff is about a deal (SDR to AE, sales to customer success), a lead (marketing to SDR:
 * MQL to SAL, before any deal exists), or a lead together with the deal it became: at least one of
 * {@link #dealId()} and {@link #leadId()}.
 *
 * <p>JSON (one per line in a handoffs file): {@code {"id": "H1", "protocolId": "sales-to-cs",
 * "protocolVersion": 1, "dealId": "D42", "sentAt": "2026-11-20T17:00:00Z", "sentBy": "alice",
 * "payload": {"successCriteria": "go-live in Q1; 50 seats"}, "outcome": {"kind": "ACCEPTED",
 * "at": "2026-11-23T10:00:00Z", "actor": "carol"}}}; a lead-level handoff names {@code "leadId"}
 * instead.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHandoff.class)
@JsonDeserialize(as = ImmutableHandoff.class)
public abstract class Handoff {

  /** Only the generated implementation extends this class, so every instance is validated. */
  Handoff() {}

  /**
   * The handoff's id.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The protocol it follows.
   *
   * @return the protocol's id
   */
  public abstract String protocolId();

  /**
   * The protocol's version it was sent under.
   *
   * @return the version
   */
  public abstract int protocolVersion();

  /**
   * The deal it is about.
   *
   * @return the deal id; empty for a handoff about a lead that is no deal yet
   */
  public abstract Optional<String> dealId();

  /**
   * The lead it is about, for lead-level handoffs (MQL to SAL).
   *
   * @return the lead id; empty for a handoff about a deal only
   */
  public abstract Optional<String> leadId();

  /**
   * When it was sent.
   *
   * @return the instant
   */
  public abstract Instant sentAt();

  /**
   * Who sent it.
   *
   * @return the sender, if recorded
   */
  public abstract Optional<String> sentBy();

  /**
   * What it carries, by field name.
   *
   * @return the payload
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> payload();

  /**
   * How it ended.
   *
   * @return the outcome; empty while it waits
   */
  public abstract Optional<HandoffOutcome> outcome();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds handoffs. */
  public static final class Builder extends ImmutableHandoff.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("handoff " + id());
    v.text("id", id());
    v.text("protocolId", protocolId());
    v.text("dealId", dealId());
    v.text("leadId", leadId());
    v.check(dealId().isPresent() || leadId().isPresent(), "dealId", null, "must be set, or leadId (a handoff is about "
        + "a deal, a lead or both)");
    v.text("sentBy", sentBy());
    outcome().ifPresent(o -> v.check(!o.at().isBefore(sentAt()), "outcome.at", o.at(),
        "must not be before the handoff was sent", "sent at " + sentAt()));
    v.throwIfInvalid();
  }
}
