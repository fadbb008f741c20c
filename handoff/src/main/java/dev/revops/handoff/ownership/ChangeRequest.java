package dev.revops.handoff.ownership;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.InvalidValueException;
import dev.revops.core.Validation;
import dev.revops.core.history.FieldChange;
import dev.revops.core.pipeline.DealField;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A team asks to change one field of one deal: {@code stage} (a move through the pipeline's gates),
 * or any field a {@link FieldChange} can change ({@code amount}, {@code expectedCloseDate},
 * {@code probability}, {@code costToClose}, {@code attributes.<name>}...). The new value is text in
 * the form a field change carries it, checked when the request is built.
 *
 * <p>JSON: {@code {"dealId": "D1", "field": "costToClose", "to": "USD 1200.00", "team": "finance",
 * "actor": "fred", "at": "2026-11-24T10:00:00Z", "reason": "legal review added"}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableChangeRequest.class)
@JsonDeserialize(as = ImmutableChangeRequest.class)
public abstract class ChangeRequest {

  /** Only the generated implementation extends this class, so every instance is validated. */
  ChangeRequest() {}

  /**
   * The deal.
   *
   * @return its id
   */
  public abstract String dealId();

  /**
   * The field.
   *
   * @return {@code stage}, a {@link DealField} path or {@code attributes.<name>}
   */
  public abstract String field();

  /**
   * The new value.
   *
   * @return the value as text (a stage id for {@code stage}); empty to clear the field
   */
  public abstract Optional<String> to();

  /**
   * The team asking.
   *
   * @return the team
   */
  public abstract String team();

  /**
   * The person asking.
   *
   * @return the actor
   */
  public abstract String actor();

  /**
   * When.
   *
   * @return the instant
   */
  public abstract Instant at();

  /**
   * Why.
   *
   * @return the reason, if given
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

  /** Builds change requests. */
  public static final class Builder extends ImmutableChangeRequest.Builder {
    Builder() {}
  }

  /** Whether the request moves the deal to another stage. */
  boolean isStageMove() {
    return field().equals(DealField.STAGE.path());
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("change request of deal " + dealId());
    v.text("dealId", dealId());
    v.text("team", team());
    v.text("actor", actor());
    v.text("reason", reason());
    v.text("to", to());
    if (isStageMove()) {
      v.check(to().isPresent(), "to", null, "must name the stage to move to");
    } else if (!v.hasViolations()) {
      try {
        // the field change's own rules say which fields change by themselves and what values they take
        FieldChange.builder().dealId(dealId()).field(field()).to(to()).at(at()).build();
      } catch (InvalidValueException e) {
        // a change from nothing to nothing is not a change, but clearing a field is a fair request:
        // whether the field has a value to clear is known when the request is applied
        e.violations().stream().filter(x -> !(to().isEmpty() && x.field().equals("to")))
            .forEach(x -> v.check(false, x.field(), x.value(), x.rule(), x.detail()));
      }
    }
    v.throwIfInvalid();
  }
}
