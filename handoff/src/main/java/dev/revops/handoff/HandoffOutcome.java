package dev.revops.handoff;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** How and when a handoff ended, who answered, and why (for a rejection). */
@Value.Immutable
@JsonSerialize(as = ImmutableHandoffOutcome.class)
@JsonDeserialize(as = ImmutableHandoffOutcome.class)
public abstract class HandoffOutcome {

  /** Only the generated implementation extends this class, so every instance is validated. */
  HandoffOutcome() {}

  /**
   * What happened.
   *
   * @return the kind
   */
  public abstract OutcomeKind kind();

  /**
   * When.
   *
   * @return the instant
   */
  public abstract Instant at();

  /**
   * Who answered.
   *
   * @return the actor, if recorded
   */
  public abstract Optional<String> actor();

  /**
   * Why it was rejected (or expired).
   *
   * @return the reason, if given
   */
  public abstract Optional<String> reason();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds outcomes. */
  public static final class Builder extends ImmutableHandoffOutcome.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("handoff outcome");
    v.text("actor", actor());
    v.text("reason", reason());
    v.throwIfInvalid();
  }
}
