package dev.revops.handoff.protocol;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What starts a handoff: a deal entering a stage, or a named event (a lead becoming marketing
 * qualified, a booking reaching finance).
 *
 * <p>JSON: {@code {"stageEntered": "closed-won"}} or {@code {"event": "mql"}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTrigger.class)
@JsonDeserialize(as = ImmutableTrigger.class)
public abstract class Trigger {

  /** Only the generated implementation extends this class, so every instance is validated. */
  Trigger() {}

  /**
   * The stage whose entry triggers the handoff.
   *
   * @return the stage id; empty for an event trigger
   */
  public abstract Optional<String> stageEntered();

  /**
   * The event that triggers the handoff.
   *
   * @return the event's name; empty for a stage trigger
   */
  public abstract Optional<String> event();

  /**
   * A stage trigger.
   *
   * @param stageId the stage entered
   * @return the trigger
   */
  public static Trigger stageEntered(String stageId) {
    return new Builder().stageEntered(stageId).build();
  }

  /**
   * An event trigger.
   *
   * @param name the event
   * @return the trigger
   */
  public static Trigger event(String name) {
    return new Builder().event(name).build();
  }

  /** Builds triggers. */
  static final class Builder extends ImmutableTrigger.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("trigger");
    v.check(stageEntered().isPresent() != event().isPresent(), "trigger", stageEntered().orElse(event().orElse(null)),
        "must be a stage entered or an event, one of the two");
    v.text("stageEntered", stageEntered());
    v.text("event", event());
    v.throwIfInvalid();
  }

  @Override
  public String toString() {
    return stageEntered().map(s -> "entering " + s).orElse("event " + event().orElse(""));
  }
}
