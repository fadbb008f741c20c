package dev.revops.core.pipeline;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.definition.DefinitionRef;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The answer to "may this deal move to that stage?": every broken transition rule and every unmet
 * exit and entry criterion, or none.
 *
 * <pre>{@code
 * GateDecision d = definition.checkMove(deal, "proposal");
 * if (!d.allowed()) d.violations().forEach(System.out::println);
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGateDecision.class)
@JsonDeserialize(as = ImmutableGateDecision.class)
public abstract class GateDecision {
  /** Only the generated implementation extends this class, so every instance is validated. */
  GateDecision() {}

  /**
   * The definition that decided.
   *
   * @return its id and version
   */
  public abstract DefinitionRef definition();

  /**
   * The deal's id.
   *
   * @return the id
   */
  public abstract String dealId();

  /**
   * The id of the stage the deal is in.
   *
   * @return the current stage id
   */
  public abstract String fromStageId();

  /**
   * The id of the stage the deal asked to enter.
   *
   * @return the target stage id
   */
  public abstract String toStageId();

  /**
   * Every reason the move is refused, in order: transition rules, then exit criteria, then entry
   * criteria.
   *
   * @return the violations; empty when the move is allowed
   */
  public abstract List<GateViolation> violations();

  /**
   * Whether the move is allowed.
   *
   * @return true when there are no violations
   */
  @JsonIgnore
  public boolean allowed() {
    return violations().isEmpty();
  }

  /**
   * This decision with more reasons to refuse (the handoff payload a stage needs, say).
   *
   * @param more further violations
   * @return a decision with this one's violations and {@code more}
   */
  public GateDecision withViolations(List<GateViolation> more) {
    return builder().definition(definition()).dealId(dealId()).fromStageId(fromStageId()).toStageId(toStageId())
        .addAllViolations(violations()).addAllViolations(more).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds decisions (the definition does). */
  static final class Builder extends ImmutableGateDecision.Builder {
    Builder() {}
  }

  /**
   * A one-line summary.
   *
   * @return for example {@code "deal D1: Proposal -> Closed Won refused: ..."}
   */
  @Override
  public String toString() {
    String head = "deal " + dealId() + ": " + fromStageId() + " -> " + toStageId();
    return allowed() ? head + " allowed"
        : head + " refused: " + violations().stream().map(GateViolation::message)
            .collect(Collectors.joining("; "));
  }
}
