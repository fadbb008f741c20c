package dev.revops.handoff.compliance;

import java.util.Objects;
import java.util.Optional;

/**
 * A handoff's evaluation with its deal's downstream outcome (renewed, churned, expanded...), when
 * known: the one input of {@link OutcomeLink}. A blank outcome counts as not known.
 *
 * <pre>{@code
 * link.add(EvaluationWithOutcome.of(evaluation, "renewed"));
 * link.add(EvaluationWithOutcome.of(evaluation));          // no outcome yet
 * }</pre>
 *
 * @param evaluation the handoff, evaluated
 * @param outcome the deal's outcome, a short label without surrounding blanks; empty when not known
 */
public record EvaluationWithOutcome(HandoffEvaluation evaluation, Optional<String> outcome) {
  /**
   * Checks both are given; strips the outcome, and reads a blank one as not known.
   *
   * @param evaluation the evaluation
   * @param outcome the outcome, if known
   */
  public EvaluationWithOutcome {
    Objects.requireNonNull(evaluation, "evaluation");
    outcome = Objects.requireNonNull(outcome, "outcome").map(String::strip).filter(o -> !o.isEmpty());
  }

  /**
   * An evaluation with its deal's outcome.
   *
   * @param evaluation the evaluation
   * @param outcome the outcome, a short label (blank: not known)
   * @return the pair
   */
  public static EvaluationWithOutcome of(HandoffEvaluation evaluation, String outcome) {
    return new EvaluationWithOutcome(evaluation, Optional.of(Objects.requireNonNull(outcome, "outcome")));
  }

  /**
   * An evaluation whose deal has no outcome yet.
   *
   * @param evaluation the evaluation
   * @return the evaluation alone
   */
  public static EvaluationWithOutcome of(HandoffEvaluation evaluation) {
    return new EvaluationWithOutcome(evaluation, Optional.empty());
  }
}
