package dev.revops.handoff.protocol;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.money.Money;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A handoff between two teams as a protocol: what triggers it, what it must carry, how long the
 * receiver has to accept or reject it, what breaks when it fails and what a failure costs.
 * Protocols are data (JSON), versioned like pipeline definitions.
 *
 * <pre>{@code
 * HandoffProtocol toCs = HandoffProtocol.builder().id("sales-to-cs").version(1)
 *     .effectiveFrom(LocalDate.parse("2026-01-01")).sender("sales").receiver("customer-success")
 *     .trigger(Trigger.stageEntered("closed-won"))
 *     .addPayload(PayloadField.builder().name("successCriteria").source(FieldSource.PAYLOAD)
 *         .type(FieldType.LIST).minLength(1).build())
 *     .sla(Sla.business(Duration.ofHours(40), hours)).rejectionNeedsReason(true)
 *     .failureMode("Onboarding starts blind; the first 90 days slip").addAffected("customer-success", "customer")
 *     .costPerFailure(Money.parse("USD 2500.00")).owner("revops").build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHandoffProtocol.class)
@JsonDeserialize(as = ImmutableHandoffProtocol.class)
public abstract class HandoffProtocol {

  /** Only the generated implementation extends this class, so every instance is validated. */
  HandoffProtocol() {}

  /**
   * The protocol's id.
   *
   * @return for example {@code "sales-to-cs"}
   */
  public abstract String id();

  /**
   * Its version.
   *
   * @return 1 or more
   */
  public abstract int version();

  /**
   * From when the version applies.
   *
   * @return the date
   */
  public abstract LocalDate effectiveFrom();

  /**
   * The team that hands over.
   *
   * @return the sender
   */
  public abstract String sender();

  /**
   * The team that receives.
   *
   * @return the receiver
   */
  public abstract String receiver();

  /**
   * What starts it.
   *
   * @return the trigger
   */
  public abstract Trigger trigger();

  /**
   * What it must carry.
   *
   * @return the payload fields, unique names
   */
  public abstract List<PayloadField> payload();

  /**
   * How long the receiver has to accept or reject.
   *
   * @return the SLA
   */
  public abstract Sla sla();

  /**
   * Whether a rejection must say why.
   *
   * @return true when a rejection without a reason is a failure
   */
  public abstract boolean rejectionNeedsReason();

  /**
   * What breaks when the handoff fails.
   *
   * @return the failure mode, in words
   */
  public abstract String failureMode();

  /**
   * Who is affected when it fails.
   *
   * @return teams or parties
   */
  public abstract List<String> affected();

  /**
   * What one failure costs, estimated.
   *
   * @return the cost per failure
   */
  public abstract Money costPerFailure();

  /**
   * Who owns the protocol.
   *
   * @return a team or person
   */
  public abstract String owner();

  /**
   * The protocol's reference, for results.
   *
   * @return id and version
   */
  public DefinitionRef ref() {
    return DefinitionRef.of(id(), version());
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds protocols. */
  public static final class Builder extends ImmutableHandoffProtocol.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("handoff protocol " + id());
    v.text("id", id());
    v.text("sender", sender());
    v.text("receiver", receiver());
    v.text("failureMode", failureMode());
    v.text("owner", owner());
    v.check(version() >= 1, "version", version(), "must be at least 1");
    v.check(!sender().equals(receiver()), "receiver", receiver(), "must be another team than the sender");
    v.check(!costPerFailure().isNegative(), "costPerFailure", costPerFailure(), "must not be negative");
    Set<String> names = new HashSet<>();
    payload().forEach(f -> v.check(names.add(f.name()), "payload", f.name(), "must not name a field twice"));
    v.throwIfInvalid();
  }
}
