package dev.revops.core.lead;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One move of one lead from a lifecycle stage to another, at an instant, by someone, for a reason.
 *
 * <p>Stages are canonical stage ids (slugs), so that a lead's history is read and written without
 * its definition; importers resolve the names a CRM writes against the {@link LifecycleDefinition}.
 * The first change of a lead's history may have no {@linkplain #from() from} stage: the lead was
 * created in {@linkplain #to() to}. A change never moves a lead to the stage it is in.
 *
 * <p>JSON: {@code {"leadId": "L1", "from": "lead", "to": "marketingqualifiedlead",
 * "at": "2026-03-02T14:00:00Z", "actor": "scoring", "reason": "score 62"}}.
 *
 * <pre>{@code
 * LifecycleChange mql = LifecycleChange.builder().leadId("L1").from("lead").to("marketingqualifiedlead")
 *     .at(Instant.parse("2026-03-02T14:00:00Z")).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLifecycleChange.class)
@JsonDeserialize(as = ImmutableLifecycleChange.class)
public abstract class LifecycleChange {
  /** Only the generated implementation extends this class, so every instance is validated. */
  LifecycleChange() {}

  /**
   * The lead that moved.
   *
   * @return the lead id
   */
  public abstract String leadId();

  /**
   * The stage the lead left; empty when the lead was created by this change.
   *
   * @return the previous stage's id
   */
  public abstract Optional<String> from();

  /**
   * The stage the lead entered.
   *
   * @return the stage id
   */
  public abstract String to();

  /**
   * When the change happened.
   *
   * @return the instant
   */
  public abstract Instant at();

  /**
   * Who made the change (a person, a scoring rule, a sync).
   *
   * @return the actor, if recorded
   */
  public abstract Optional<String> actor();

  /**
   * Why, in the actor's words.
   *
   * @return the reason, if recorded
   */
  public abstract Optional<String> reason();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds lifecycle changes; see {@link LifecycleChange} for the rules. */
  public static final class Builder extends ImmutableLifecycleChange.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("lifecycle change of lead " + leadId());
    v.text("leadId", leadId());
    v.text("actor", actor());
    v.text("reason", reason());
    v.check(LifecycleStage.ID.matcher(to()).matches(), "to", to(), "must be a stage id (a slug)");
    from().ifPresent(f -> {
      v.check(LifecycleStage.ID.matcher(f).matches(), "from", f, "must be a stage id (a slug)");
      v.check(!f.equals(to()), "to", to(), "must differ from the stage the lead leaves");
    });
    v.throwIfInvalid();
  }

  /**
   * A one-line description.
   *
   * @return for example {@code "L1 lead -> marketingqualifiedlead at 2026-03-02T14:00:00Z"}
   */
  @Override
  public String toString() {
    return leadId() + " " + from().orElse("(created)") + " -> " + to() + " at " + at();
  }
}
