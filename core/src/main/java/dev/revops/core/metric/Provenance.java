package dev.revops.core.metric;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.scope.Scope;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Where a result comes from: the definition (and version) that computed it, the definitions its
 * records were read under, the instant it is as of, how many records it counted and which it left
 * out and why. Every result of revops-model carries one, so every number traces to a definition
 * and every exclusion is visible.
 *
 * <p>JSON: {@code {"definition": {"id": "weighted-pipeline", "version": 1}, "basedOn": [...],
 * "asOf": "2026-10-01T00:00:00Z", "counted": 412, "excluded": [{"reason": "closed", "count": 188,
 * "examples": ["D00003"]}]}}.
 *
 * <pre>{@code
 * Provenance p = Provenance.of(ForecastMetrics.WEIGHTED_PIPELINE.ref(), scope, 412, excludedTally);
 * p.read();   // 600: counted + excluded
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProvenance.class)
@JsonDeserialize(as = ImmutableProvenance.class)
public abstract class Provenance {
  /** Only the generated implementation extends this class, so every instance is validated. */
  Provenance() {}

  /**
   * The definition that computed the result (a metric or report definition).
   *
   * @return its id and version
   */
  public abstract DefinitionRef definition();

  /**
   * The definitions the records were read under and the models used (the pipeline definition, a
   * probability model, a handoff map).
   *
   * @return definition references, without repeats
   */
  public abstract List<DefinitionRef> basedOn();

  /**
   * The instant the result is as of.
   *
   * @return the as-of instant
   */
  public abstract Instant asOf();

  /**
   * How many records the result counts.
   *
   * @return a non-negative count
   */
  public abstract long counted();

  /**
   * The records left out, by reason, most frequent first, each with a bounded number of example ids.
   *
   * @return the exclusions, one per reason
   */
  public abstract List<Exclusion> excluded();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The provenance of a result computed by {@code definition} in {@code scope}.
   *
   * @param definition the definition that computed the result
   * @param scope the scope it was computed in (as-of instant and the definitions read under)
   * @param counted how many records were counted
   * @param excluded the tally of records left out
   * @return the provenance
   */
  public static Provenance of(DefinitionRef definition, Scope scope, long counted, ExclusionTally excluded) {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(excluded, "excluded");
    return builder().definition(definition).addAllBasedOn(scope.basedOn()).asOf(scope.asOf()).counted(counted)
        .addAllExcluded(excluded.result()).build();
  }

  /** Builds provenances. */
  public static final class Builder extends ImmutableProvenance.Builder {
    Builder() {}
  }

  /**
   * How many records were excluded, over all reasons.
   *
   * @return the sum of the exclusion counts
   */
  @JsonIgnore
  public long excludedCount() {
    return excluded().stream().mapToLong(Exclusion::count).sum();
  }

  /**
   * How many records the computation saw: counted plus excluded.
   *
   * @return the total
   */
  @JsonIgnore
  public long read() {
    return counted() + excludedCount();
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("provenance of " + definition());
    v.check(counted() >= 0, "counted", counted(), "must not be negative");
    Set<String> reasons = new HashSet<>();
    excluded().forEach(e -> v.check(reasons.add(e.reason()), "excluded", e.reason(), "must list each reason once"));
    v.check(basedOn().stream().distinct().count() == basedOn().size(), "basedOn", basedOn(),
        "must not repeat a definition");
    v.throwIfInvalid();
  }

  /**
   * The definition and counts.
   *
   * @return for example {@code "weighted-pipeline@1 as of 2026-10-01T00:00:00Z: 412 counted, 188 excluded"}
   */
  @Override
  public String toString() {
    return definition() + " as of " + asOf() + ": " + counted() + " counted, " + excludedCount() + " excluded";
  }
}
