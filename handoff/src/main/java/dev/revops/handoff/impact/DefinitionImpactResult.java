package dev.revops.handoff.impact;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.definition.DefinitionRef;
import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.revops.core.metric.Exclusion;
import dev.revops.core.metric.Provenance;
import java.util.List;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * What a new pipeline definition version does to the deals given: where each stage goes, how many
 * deals change and how, the weighted pipeline before and after per currency, and the deals that
 * change most.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDefinitionImpactResult.class)
@JsonDeserialize(as = ImmutableDefinitionImpactResult.class)
public abstract class DefinitionImpactResult {

  /** Only the generated implementation extends this class, so every instance is validated. */
  DefinitionImpactResult() {}

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
   * Where the result comes from: its definition, the as-of instant, records counted and left out.
   *
   * @return the provenance
   */
  public abstract Provenance provenance();

  /**
   * Deals counted.
   *
   * @return the count of the provenance
   */
  @JsonIgnore
  public long counted() {
    return provenance().counted();
  }

  /**
   * Deals left out, by reason (a stage not of the earlier version).
   *
   * @return the exclusions of the provenance
   */
  @JsonIgnore
  public List<Exclusion> excluded() {
    return provenance().excluded();
  }

  /**
   * Every stage of the earlier version, in its order: where it goes and what changes.
   *
   * @return the mappings
   */
  public abstract List<StageMapping> stages();

  /**
   * Deals per kind of change (a deal can change in several ways).
   *
   * @return kind to count, every kind present
   */
  @Value.NaturalOrder
  public abstract SortedMap<ImpactKind, Long> changed();

  /**
   * Deals counted that nothing changes for.
   *
   * @return the count
   */
  public abstract long unchanged();

  /**
   * The weighted open pipeline before and after, per currency.
   *
   * @return one total per currency, by code
   */
  public abstract List<WeightedChange> weighted();

  /**
   * The deals that change, the largest weighted change first (by currency code, then the size of
   * the change, then id).
   *
   * @return up to the number asked for
   */
  public abstract List<DealImpact> deals();

  /** Builds results (the impact does; public for JSON). */
  public static final class Builder extends ImmutableDefinitionImpactResult.Builder {
    Builder() {}
  }
}
