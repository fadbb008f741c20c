package dev.revops.handoff.impact;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.definition.DefinitionRef;
import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.revops.core.metric.Exclusion;
import dev.revops.core.metric.Provenance;
import dev.revops.core.money.Money;
import java.util.List;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * What a new handoff protocol version changes: its differences, and for the open deals still to
 * cross its gate, how many it would newly block or clear, with the weighted pipeline of the newly
 * blocked deals.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProtocolImpactResult.class)
@JsonDeserialize(as = ImmutableProtocolImpactResult.class)
public abstract class ProtocolImpactResult {

  /** Only the generated implementation extends this class, so every instance is validated. */
  ProtocolImpactResult() {}

  /**
   * The earlier version.
   *
   * @return its reference
   */
  public abstract DefinitionRef before();

  /**
   * The later version.
   *
   * @return its reference
   */
  public abstract DefinitionRef after();

  /**
   * What the protocol changes, aspect by aspect.
   *
   * @return the differences; empty when the versions differ only in number
   */
  public abstract List<ProtocolDifference> differences();


  /**
   * Where the result comes from: its definition, the as-of instant, records counted and left out.
   *
   * @return the provenance
   */
  public abstract Provenance provenance();

  /**
   * Open deals counted (still to cross the gate under either version).
   *
   * @return the count of the provenance
   */
  @JsonIgnore
  public long counted() {
    return provenance().counted();
  }

  /**
   * Deals left out, by reason (closed, past the trigger stage).
   *
   * @return the exclusions of the provenance
   */
  @JsonIgnore
  public List<Exclusion> excluded() {
    return provenance().excluded();
  }

  /**
   * Deals per gate change.
   *
   * @return change to count, every change present
   */
  @Value.NaturalOrder
  public abstract SortedMap<GateChange, Long> changes();

  /**
   * The weighted pipeline of the newly blocked deals, per currency (exact sums rounded once,
   * half-even).
   *
   * @return one total per currency, by code
   */
  public abstract List<Money> newlyBlockedWeighted();

  /**
   * The deals whose gate status changes: newly blocked first, then newly cleared, then changed;
   * the largest weighted value first, then by id.
   *
   * @return up to the number asked for
   */
  public abstract List<DealGateImpact> deals();

  /** Builds results (the impact does; public for JSON). */
  public static final class Builder extends ImmutableProtocolImpactResult.Builder {
    Builder() {}
  }
}
