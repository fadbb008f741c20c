package dev.revops.core.pipeline;

/**
 * Something that sits in a stage and may ask to move: a deal.
 *
 * <p>{@link dev.revops.core.deal.Deal} implements it, so that
 * {@link PipelineDefinition#checkMove(GateSubject, String)} can answer for a deal without the
 * pipeline package depending on the deal package.
 */
public interface GateSubject extends CriterionSubject {

  /**
   * The subject's id, used in messages.
   *
   * @return the deal id
   */
  String id();

  /**
   * The stage the subject is in now.
   *
   * @return the current stage
   */
  Stage stage();
}
