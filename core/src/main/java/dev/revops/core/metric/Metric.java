package dev.revops.core.metric;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.definition.DefinitionRef;
import org.immutables.value.Value;

/**
 * A governed metric definition: the one agreed meaning of a number such as "weighted pipeline" or
 * "win rate", with its unit, owner and version. A changed meaning is a new version.
 *
 * <p>JSON: {@code {"id": "weighted-pipeline", "name": "Weighted pipeline", "description": "Sum of
 * amount x effective probability over open deals", "unit": "MONEY", "owningTeam": "revops",
 * "version": 1}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMetric.class)
@JsonDeserialize(as = ImmutableMetric.class)
public abstract class Metric {
  /** Only the generated implementation extends this class, so every instance is validated. */
  Metric() {}

  /**
   * The metric's id, shared by its versions.
   *
   * @return for example {@code "weighted-pipeline"}
   */
  public abstract String id();

  /**
   * The name shown to people.
   *
   * @return for example {@code "Weighted pipeline"}
   */
  public abstract String name();

  /**
   * The definition in words: what is counted, how, and what is excluded.
   *
   * @return the description
   */
  public abstract String description();

  /**
   * The unit of the metric's values.
   *
   * @return the unit
   */
  public abstract MetricUnit unit();

  /**
   * The team that owns the definition and answers for it.
   *
   * @return for example {@code "revops"} or {@code "finance"}
   */
  public abstract String owningTeam();

  /**
   * The version of the definition, counting from 1.
   *
   * @return the version
   */
  public abstract int version();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds metrics. */
  public static final class Builder extends ImmutableMetric.Builder {
    Builder() {}
  }

  /**
   * This metric's id and version.
   *
   * @return the reference
   */
  @JsonIgnore
  public DefinitionRef ref() {
    return DefinitionRef.of(id(), version());
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("metric " + id());
    v.text("id", id());
    v.text("name", name());
    v.text("description", description());
    v.text("owningTeam", owningTeam());
    v.check(version() >= 1, "version", version(), "must be at least 1");
    v.throwIfInvalid();
  }

  /**
   * The id and version.
   *
   * @return for example {@code "metric weighted-pipeline@1"}
   */
  @Override
  public String toString() {
    return "metric " + ref();
  }
}
