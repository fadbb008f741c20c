package dev.revops.handoff.maturity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One rule of a stage held against a measured fact: what was measured, the threshold, whether it
 * held.
 *
 * <pre>{@code
 * evidence.rule();       // "payload-completeness"
 * evidence.measured();   // Optional[0.9500]
 * evidence.threshold();  // Optional[0.90]
 * evidence.met();        // true
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMaturityEvidence.class)
@JsonDeserialize(as = ImmutableMaturityEvidence.class)
public abstract class MaturityEvidence {

  /** Only the generated implementation extends this class, so every instance is validated. */
  MaturityEvidence() {}

  /**
   * The stage the rule belongs to.
   *
   * @return the stage
   */
  public abstract MaturityStage stage();

  /**
   * The rule.
   *
   * @return its name, for example {@code "sla-attainment"}
   */
  public abstract String rule();

  /**
   * Whether the fact meets the rule.
   *
   * @return true when it does
   */
  public abstract boolean met();

  /**
   * The measured figure, when the rule is about a number.
   *
   * @return the figure; empty for a yes/no fact or when nothing could be measured
   */
  public abstract Optional<BigDecimal> measured();

  /**
   * The threshold, when the rule is about a number.
   *
   * @return the threshold from the model
   */
  public abstract Optional<BigDecimal> threshold();

  /**
   * The fact in words.
   *
   * @return for example {@code "38 of 40 payloads complete"}
   */
  public abstract String detail();

  /** Builds evidence (the assessment does). */
  static final class Builder extends ImmutableMaturityEvidence.Builder {
    Builder() {}
  }
}
