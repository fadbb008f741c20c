package dev.revops.forecast.recurring;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.definition.DefinitionRef;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How customers' MRR changes are classified into movements: a versioned definition shared as JSON
 * and cited by every movement result. See {@link MovementKind} for the classification; this
 * definition says the one choice tools differ on: when a returning customer is a reactivation and
 * when it is new again.
 *
 * <ul>
 *   <li>Without {@link #newAfterMonthsAway()} (the standard rules, as ChartMogul: "a previously paying
 *       customer that had churned moves back onto a paid plan"), every returning customer is a
 *       reactivation, however long it was away.</li>
 *   <li>With it, a customer returning at least that many months after it left (from the instant it
 *       left to the start of the period it returns in) is new again.</li>
 * </ul>
 *
 * <p>JSON: {@code {"id": "mrr-movements", "version": 1, "newAfterMonthsAway": 12}}.
 *
 * <pre>{@code
 * MovementRules standard = MovementRules.standard();   // mrr-movements@1, always reactivation
 * MovementRules yearAway = MovementRules.builder().id("mrr-movements-12m").version(1).newAfterMonthsAway(12).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMovementRules.class)
@JsonDeserialize(as = ImmutableMovementRules.class)
public abstract class MovementRules {
  /** Only the generated implementation extends this class, so every instance is validated. */
  MovementRules() {}

  /**
   * The definition's id.
   *
   * @return for example {@code "mrr-movements"}
   */
  public abstract String id();

  /**
   * Its version, from 1.
   *
   * @return the version
   */
  public abstract int version();

  /**
   * After how many months away a returning customer is new again.
   *
   * @return at least 1; empty for never (always a reactivation)
   */
  public abstract Optional<Integer> newAfterMonthsAway();

  /**
   * The standard rules, {@code mrr-movements@1}: every returning customer is a reactivation.
   *
   * @return the rules
   */
  public static MovementRules standard() {
    return builder().id("mrr-movements").version(1).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds rules. */
  public static final class Builder extends ImmutableMovementRules.Builder {
    Builder() {}
  }

  /**
   * The id and version, as results cite it.
   *
   * @return the reference
   */
  @JsonIgnore
  public DefinitionRef ref() {
    return DefinitionRef.of(id(), version());
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("movement rules " + id());
    v.text("id", id());
    v.check(version() >= 1, "version", version(), "must be at least 1");
    newAfterMonthsAway().ifPresent(m -> v.check(m >= 1, "newAfterMonthsAway", m, "must be at least 1"));
    v.throwIfInvalid();
  }
}
