package dev.revops.handoff.maturity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.metric.Provenance;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Handoff maturity: the stage of every protocol of the map and of all handoffs together, each with
 * its evidence. Its {@link #provenance()} cites the maturity model, the compliance and outcome-link
 * definitions and the handoff map it is based on, the handoffs counted and those left out.
 *
 * <pre>{@code
 * MaturityResult r = HandoffMaturity.assess(MaturityModel.standard(), map, compliance, links);
 * r.overall().stage();   // the weakest protocol's stage, or TRIBAL
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMaturityResult.class)
@JsonDeserialize(as = ImmutableMaturityResult.class)
public abstract class MaturityResult {

  /** Only the generated implementation extends this class, so every instance is validated. */
  MaturityResult() {}

  /**
   * The rules the stages were judged by.
   *
   * @return the model
   */
  public abstract MaturityModel model();

  /**
   * All handoffs together: tribal when too many were sent under no protocol, else the stage of the
   * least mature protocol.
   *
   * @return the overall stage, protocol id {@code "all"}
   */
  public abstract ProtocolMaturity overall();

  /**
   * One entry per protocol of the map, in the map's order.
   *
   * @return the protocols' maturity
   */
  public abstract List<ProtocolMaturity> protocols();

  /**
   * Where the result comes from.
   *
   * @return the provenance
   */
  public abstract Provenance provenance();

  /**
   * A protocol's maturity.
   *
   * @param protocolId the protocol
   * @return its entry, when the map has it
   */
  public Optional<ProtocolMaturity> protocol(String protocolId) {
    return protocols().stream().filter(p -> p.protocolId().equals(protocolId)).findFirst();
  }

  /** Builds results (the assessment does). */
  static final class Builder extends ImmutableMaturityResult.Builder {
    Builder() {}
  }
}
