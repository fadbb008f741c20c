package dev.revops.handoff.protocol;

import dev.revops.core.deal.Deal;
import dev.revops.core.deal.StageGateException;
import dev.revops.core.deal.StageMove;
import dev.revops.core.pipeline.GateDecision;
import dev.revops.core.pipeline.GateViolation;
import dev.revops.core.pipeline.PipelineDefinition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Stage gates with handoffs: a deal may not enter a stage whose handoff payload is incomplete.
 * The decision lists every broken transition rule and unmet criterion of the definition, and every
 * missing or invalid field of every handoff the stage triggers.
 *
 * <pre>{@code
 * GateDecision d = HandoffGate.checkMove(definition, map, deal, "closed-won", payload);
 * StageMove move = HandoffGate.moveTo(definition, map, deal, "closed-won", payload, now, "alice");
 * }</pre>
 */
public final class HandoffGate {
  private HandoffGate() {}

  /**
   * Whether a deal may move to a stage, handoffs included.
   *
   * @param definition the pipeline definition
   * @param map the handoffs
   * @param deal the deal
   * @param toStageId the stage
   * @param payload the payload the handoffs would carry, by field name
   * @return the decision
   */
  public static GateDecision checkMove(PipelineDefinition definition, HandoffMap map, Deal deal, String toStageId,
      Map<String, String> payload) {
    Objects.requireNonNull(map, "map");
    Objects.requireNonNull(payload, "payload");
    GateDecision decision = definition.checkMove(deal, toStageId);
    String stage = definition.findStage(toStageId).map(s -> s.id()).orElse(toStageId);
    List<GateViolation> more = new ArrayList<>();
    for (HandoffProtocol p : map.triggeredBy(stage)) {
      for (PayloadField f : p.payload()) {
        f.problem(value(f, deal, payload)).ifPresent(problem -> more.add(GateViolation.handoffPayload(stage,
            "handoff " + p.id() + " to " + p.receiver() + ": " + (f.source() == FieldSource.DEAL ? "deal field " : "")
                + f.name() + " " + problem)));
      }
    }
    return more.isEmpty() ? decision : decision.withViolations(more);
  }

  /**
   * Moves a deal, refusing the move when the definition's gates or a handoff's payload say no.
   *
   * @param definition the pipeline definition
   * @param map the handoffs
   * @param deal the deal
   * @param toStageId the stage
   * @param payload the payload the handoffs carry
   * @param at when
   * @param actor who moves it
   * @return the moved deal and its stage change
   * @throws StageGateException listing every reason, when refused
   */
  public static StageMove moveTo(PipelineDefinition definition, HandoffMap map, Deal deal, String toStageId,
      Map<String, String> payload, Instant at, String actor) {
    GateDecision decision = checkMove(definition, map, deal, toStageId, payload);
    if (!decision.allowed()) {
      throw new StageGateException(decision);
    }
    return deal.moveTo(definition, toStageId, at, actor);
  }

  /**
   * A payload field's value as text: from the deal (as {@link Deal#fieldText} gives it), or from the
   * payload.
   *
   * @param f the field
   * @param deal the deal
   * @param payload the payload
   * @return the value; empty when there is none
   */
  public static Optional<String> value(PayloadField f, Deal deal, Map<String, String> payload) {
    if (f.source() == FieldSource.PAYLOAD) {
      return Optional.ofNullable(payload.get(f.name()));
    }
    return deal.fieldText(f.name());
  }
}
