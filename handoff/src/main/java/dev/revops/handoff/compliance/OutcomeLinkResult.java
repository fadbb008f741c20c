package dev.revops.handoff.compliance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.revops.core.metric.Exclusion;
import dev.revops.core.metric.Provenance;
import java.util.List;
import org.immutables.value.Value;

/**
 * Deals whose handoff was complete against deals whose handoff was not, per downstream outcome.
 * Deals without an outcome yet are counted apart and left out of the shares.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOutcomeLinkResult.class)
@JsonDeserialize(as = ImmutableOutcomeLinkResult.class)
public abstract class OutcomeLinkResult {

  /** Only the generated implementation extends this class, so every instance is validated. */
  OutcomeLinkResult() {}

  /**
   * The protocol compared.
   *
   * @return its id
   */
  public abstract String protocolId();

  /**
   * Deals whose latest handoff had a complete payload.
   *
   * @return the count
   */
  public abstract long dealsComplete();

  /**
   * Deals whose latest handoff had an incomplete payload.
   *
   * @return the count
   */
  public abstract long dealsIncomplete();

  /**
   * Deals with a complete handoff and no outcome yet.
   *
   * @return the count
   */
  public abstract long noOutcomeComplete();

  /**
   * Deals with an incomplete handoff and no outcome yet.
   *
   * @return the count
   */
  public abstract long noOutcomeIncomplete();

  /**
   * One row per outcome, by label.
   *
   * @return the rows
   */
  public abstract List<OutcomeComparison> rows();

  /**
   * Where the result comes from: its definition ({@link dev.revops.handoff.HandoffReports#OUTCOME_LINK}),
   * the as-of instant, the deals counted and the handoffs left out.
   *
   * @return the provenance
   */
  public abstract Provenance provenance();

  /**
   * Handoffs left out, by reason.
   *
   * @return the exclusions of the provenance
   */
  @JsonIgnore
  public List<Exclusion> excluded() {
    return provenance().excluded();
  }

  /** Builds results (the outcome link does; public for JSON). */
  public static final class Builder extends ImmutableOutcomeLinkResult.Builder {
    Builder() {}
  }
}
