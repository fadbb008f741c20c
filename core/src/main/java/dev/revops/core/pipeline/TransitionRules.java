package dev.revops.core.pipeline;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Which stage moves a pipeline allows besides the next open stage or a lost stage.
 *
 * <p>Terms: open stages are ordered; the won stage comes after the last open stage. Moving forward
 * past one or more open stages is a <em>skip</em> (closing as won from any stage but the last open
 * one skips the rest); moving to an earlier open stage is a <em>move back</em>; moving out of a won
 * or lost stage is a <em>reopen</em>. Moving to a lost stage from an open stage is always allowed.
 *
 * <p>JSON, with the defaults: {@code {"allowSkip": true, "allowMoveBack": true, "allowReopen": false}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTransitionRules.class)
@JsonDeserialize(as = ImmutableTransitionRules.class)
public abstract class TransitionRules {
  /** Only the generated implementation extends this class, so every instance is validated. */
  TransitionRules() {}

  /**
   * May a deal jump forward past open stages?
   *
   * @return true by default
   */
  @Value.Default
  public boolean allowSkip() {
    return true;
  }

  /**
   * May a deal move back to an earlier open stage?
   *
   * @return true by default
   */
  @Value.Default
  public boolean allowMoveBack() {
    return true;
  }

  /**
   * May a won or lost deal move to another stage?
   *
   * @return false by default
   */
  @Value.Default
  public boolean allowReopen() {
    return false;
  }

  /**
   * The defaults: skips and moves back allowed, reopening not.
   *
   * @return the default rules
   */
  public static TransitionRules defaults() {
    return builder().build();
  }

  /**
   * A new builder, starting from the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds transition rules. */
  public static final class Builder extends ImmutableTransitionRules.Builder {
    Builder() {}
  }
}
