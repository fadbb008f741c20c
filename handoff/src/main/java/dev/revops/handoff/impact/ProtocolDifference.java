package dev.revops.handoff.impact;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thing a new protocol version changes: an aspect (the trigger, the SLA, a payload field...)
 * and its value before and after.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProtocolDifference.class)
@JsonDeserialize(as = ImmutableProtocolDifference.class)
public abstract class ProtocolDifference {

  /** Only the generated implementation extends this class, so every instance is validated. */
  ProtocolDifference() {}

  /**
   * What changes.
   *
   * @return for example {@code "sla"} or {@code "payload.successCriteria"}
   */
  public abstract String aspect();

  /**
   * Its value before.
   *
   * @return described; empty when the aspect is new
   */
  public abstract Optional<String> before();

  /**
   * Its value after.
   *
   * @return described; empty when the aspect is gone
   */
  public abstract Optional<String> after();

  static ProtocolDifference of(String aspect, Optional<String> before, Optional<String> after) {
    return new Builder().aspect(aspect).before(before).after(after).build();
  }

  /** Builds differences (the impact does). */
  static final class Builder extends ImmutableProtocolDifference.Builder {
    Builder() {}
  }

  @Override
  public String toString() {
    return aspect() + ": " + before().orElse("(none)") + " -> " + after().orElse("(none)");
  }
}
