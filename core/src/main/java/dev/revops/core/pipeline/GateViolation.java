package dev.revops.core.pipeline;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One reason a deal may not move to a stage: a broken transition rule or an unmet criterion.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGateViolation.class)
@JsonDeserialize(as = ImmutableGateViolation.class)
public abstract class GateViolation {
  /** Only the generated implementation extends this class, so every instance is validated. */
  GateViolation() {}

  /** What kind of rule was broken. */
  public enum Kind {
    /** A {@link TransitionRules} rule (skip, move back, reopen) or an impossible move. */
    TRANSITION_RULE,
    /** An exit criterion of the stage the deal is leaving. */
    EXIT_CRITERION,
    /** An entry criterion of the stage the deal is entering. */
    ENTRY_CRITERION,
    /** A field the handoff that entering the stage triggers requires, missing or invalid. */
    HANDOFF_PAYLOAD
  }

  /**
   * The kind of rule.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * The id of the stage whose rule or criterion applies.
   *
   * @return a stage id
   */
  public abstract String stageId();

  /**
   * The unmet criterion, for criterion violations.
   *
   * @return the criterion, or empty for transition rules
   */
  public abstract Optional<Criterion> criterion();

  /**
   * The reason, as a sentence.
   *
   * @return for example {@code "amount > 0 is not met: amount is not set"}
   */
  public abstract String message();

  static GateViolation of(Kind kind, String stageId, Optional<Criterion> criterion, String message) {
    return new Builder().kind(kind).stageId(stageId).criterion(criterion).message(message).build();
  }

  /**
   * A violation of a handoff's payload: entering {@code stageId} triggers a handoff that needs a
   * field the deal or payload does not have (or has wrong).
   *
   * @param stageId the stage entered
   * @param message what is missing or wrong, and why it is needed
   * @return the violation
   */
  public static GateViolation handoffPayload(String stageId, String message) {
    return of(Kind.HANDOFF_PAYLOAD, stageId, Optional.empty(), message);
  }

  /** Builds violations (mostly for tests and JSON). */
  static final class Builder extends ImmutableGateViolation.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("gate violation");
    v.text("stageId", stageId());
    v.text("message", message());
    boolean criterionKind = kind() == Kind.EXIT_CRITERION || kind() == Kind.ENTRY_CRITERION;
    v.check(criterion().isPresent() == criterionKind, "criterion",
        criterion().orElse(null), "must be present exactly for criterion violations");
    v.throwIfInvalid();
  }

  /**
   * The message.
   *
   * @return {@link #message()}
   */
  @Override
  public String toString() {
    return message();
  }
}
