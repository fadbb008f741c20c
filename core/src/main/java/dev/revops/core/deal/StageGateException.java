package dev.revops.core.deal;

import dev.revops.core.InvalidValueException;
import dev.revops.core.pipeline.GateDecision;
import dev.revops.core.pipeline.GateViolation;

/**
 * A deal was asked to move to a stage its pipeline definition does not let it enter. Carries the
 * full {@link GateDecision}; the message lists every broken rule and unmet criterion.
 */
public final class StageGateException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  private final transient GateDecision decision;

  /**
   * Creates the exception for a refused move.
   *
   * @param decision a decision with at least one violation
   */
  public StageGateException(GateDecision decision) {
    super("deal " + decision.dealId() + " may not move from " + decision.fromStageId() + " to "
            + decision.toStageId(),
        decision.violations().stream()
            .map(v -> new Violation("stage", decision.toStageId(), refusal(v)))
            .toList());
    this.decision = decision;
  }

  private static String refusal(GateViolation v) {
    return "is refused: " + v.message();
  }

  /**
   * The decision, with every violation.
   *
   * @return the decision
   */
  public GateDecision decision() {
    return decision;
  }
}
