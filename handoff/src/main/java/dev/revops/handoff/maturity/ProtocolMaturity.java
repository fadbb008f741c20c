package dev.revops.handoff.maturity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * The maturity stage of one protocol (or of all handoffs together), with the evidence of every
 * rule checked, met or not.
 *
 * <pre>{@code
 * ProtocolMaturity m = result.protocol("sales-to-cs").orElseThrow();
 * m.stage();      // SYSTEMATIC
 * m.evidence();   // each rule: measured, threshold, met
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProtocolMaturity.class)
@JsonDeserialize(as = ImmutableProtocolMaturity.class)
public abstract class ProtocolMaturity {

  /** Only the generated implementation extends this class, so every instance is validated. */
  ProtocolMaturity() {}

  /**
   * The protocol.
   *
   * @return its id, or {@code "all"} for all handoffs together
   */
  public abstract String protocolId();

  /**
   * The highest stage whose rules, and those of every stage below, hold.
   *
   * @return the stage
   */
  public abstract MaturityStage stage();

  /**
   * Every rule checked, lowest stage first.
   *
   * @return the evidence
   */
  public abstract List<MaturityEvidence> evidence();

  /** Builds protocol maturities (the assessment does). */
  static final class Builder extends ImmutableProtocolMaturity.Builder {
    Builder() {}
  }
}
