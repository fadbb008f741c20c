package dev.revops.handoff.ownership;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.history.FieldChange;
import dev.revops.core.pipeline.DealField;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One accepted change of one deal field, as the audit log keeps it: the value before and after,
 * which team and person changed it, when and why, under which field ownership version.
 *
 * <p>JSON: {@code {"dealId": "D1", "field": "costToClose", "from": "USD 900.00", "to": "USD
 * 1200.00", "team": "finance", "actor": "fred", "at": "2026-11-24T10:00:00Z", "reason": "legal
 * review added", "ownership": {"id": "b2b-fields", "version": 1}}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAuditEntry.class)
@JsonDeserialize(as = ImmutableAuditEntry.class)
public abstract class AuditEntry {

  /** Only the generated implementation extends this class, so every instance is validated. */
  AuditEntry() {}

  /**
   * The deal.
   *
   * @return its id
   */
  public abstract String dealId();

  /**
   * The field.
   *
   * @return {@code stage}, a deal field path or {@code attributes.<name>}
   */
  public abstract String field();

  /**
   * The value before.
   *
   * @return as text; empty when the field had none
   */
  public abstract Optional<String> from();

  /**
   * The value after.
   *
   * @return as text; empty when the change cleared the field
   */
  public abstract Optional<String> to();

  /**
   * The team that changed it: the field's owner.
   *
   * @return the team
   */
  public abstract String team();

  /**
   * The person.
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
   * The field ownership the change was accepted under.
   *
   * @return its id and version
   */
  public abstract DefinitionRef ownership();

  /**
   * The change as field history, for {@link dev.revops.core.deal.DealTimeline}: a stage move is
   * stage history instead.
   *
   * @return the field change; empty for a stage move
   */
  public Optional<FieldChange> fieldChange() {
    if (field().equals(DealField.STAGE.path())) {
      return Optional.empty();
    }
    return Optional.of(FieldChange.builder().dealId(dealId()).field(field()).from(from()).to(to()).at(at())
        .actor(actor()).build());
  }

  /** Builds entries (field ownership does). */
  static final class Builder extends ImmutableAuditEntry.Builder {
    Builder() {}
  }
}
