package dev.revops.handoff;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import java.time.Instant;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * One handoff: which protocol, which deal, when it was sent with what payload, and how it ended
 * (if it has).
 *
 * <p>JSON (one per line in a handoffs file): {@code {"id": "H1", "protocolId": "sales-to-cs",
 * "protocolVersion": 1, "dealId": "D42", "sentAt": "2026-11-20T17:00:00Z", "sentBy": "alice",
 * "payload": {"successCriteria": "go-live in Q1; 50 seats"}, "outcome": {"kind": "ACCEPTED",
 * "at": "2026-11-23T10:00:00Z", "actor": "carol"}}}.
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
   * @return the deal id
   */
  public abstract String dealId();

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
    v.text("sentBy", sentBy());
    outcome().ifPresent(o -> v.check(!o.at().isBefore(sentAt()), "outcome.at", o.at(),
        "must not be before the handoff was sent", "sent at " + sentAt()));
    v.throwIfInvalid();
  }
}
