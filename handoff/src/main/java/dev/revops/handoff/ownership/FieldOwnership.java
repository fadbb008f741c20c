package dev.revops.handoff.ownership;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.InvalidValueException;
import dev.revops.core.Validation;
import dev.revops.core.deal.Deal;
import dev.revops.core.deal.StageGateException;
import dev.revops.core.deal.StageMove;
import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.history.FieldChange;
import dev.revops.core.pipeline.DealField;
import dev.revops.core.pipeline.PipelineDefinition;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * Which team owns each deal field, as a versioned definition: only the owner may change a field, so
 * that the stage and probability follow the pipeline definition's keepers, cost to close and margin
 * follow finance, the expected close date follows sales, and so on.
 *
 * <p>JSON: {@code {"id": "b2b-fields", "version": 1, "effectiveFrom": "2026-01-01", "owners":
 * {"stage": "revops", "probability": "revops", "costToClose": "finance", "projectedMarginRate":
 * "finance", "expectedCloseDate": "sales"}, "defaultOwner": "sales"}}.
 *
 * <pre>{@code
 * AcceptedChange c = ownership.apply(deal, request, definition);   // or NotOwnerException
 * c.deal();    // the changed deal
 * c.audit();   // the audit entry to keep
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFieldOwnership.class)
@JsonDeserialize(as = ImmutableFieldOwnership.class)
public abstract class FieldOwnership {
  /** Fields nobody changes: the id and created date are fixed, the closed date follows the stage. */
  private static final Set<DealField> FIXED = Set.of(DealField.ID, DealField.CREATED_DATE, DealField.CLOSED_DATE);

  /** Only the generated implementation extends this class, so every instance is validated. */
  FieldOwnership() {}

  /**
   * The definition's id.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Its version.
   *
   * @return 1 or more
   */
  public abstract int version();

  /**
   * From when it applies.
   *
   * @return the date
   */
  public abstract LocalDate effectiveFrom();

  /**
   * The owner of each field named.
   *
   * @return field ({@code stage}, a deal field path or {@code attributes.<name>}) to team
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> owners();

  /**
   * The owner of the fields not named.
   *
   * @return the team; empty when a field not named cannot be changed at all
   */
  public abstract Optional<String> defaultOwner();

  /**
   * The definition's reference.
   *
   * @return id and version
   */
  public DefinitionRef ref() {
    return DefinitionRef.of(id(), version());
  }

  /**
   * Who owns a field.
   *
   * @param field {@code stage}, a deal field path or {@code attributes.<name>}
   * @return the owner named for it, else the default owner; empty when nobody may change it
   */
  public Optional<String> ownerOf(String field) {
    Objects.requireNonNull(field, "field");
    String owner = owners().get(field);
    return owner != null ? Optional.of(owner) : defaultOwner();
  }

  /**
   * Applies a change request from the field's owner: a stage through the pipeline definition's
   * gates (as {@link Deal#moveTo}), any other field as {@link Deal#with(FieldChange)}.
   *
   * @param deal the deal, as it is now
   * @param request the change
   * @param definition the pipeline definition the deal's stage belongs to
   * @return the changed deal, its audit entry, and the stage change of a move
   * @throws NotOwnerException if the team asking does not own the field, naming the owner
   * @throws StageGateException if the pipeline's gates refuse a stage move, listing every reason
   * @throws InvalidValueException if the request is of another deal, nobody owns the field, the
   *     value is the field's value already, or the changed deal would break a rule
   */
  public AcceptedChange apply(Deal deal, ChangeRequest request, PipelineDefinition definition) {
    Objects.requireNonNull(deal, "deal");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(definition, "definition");
    if (!request.dealId().equals(deal.id())) {
      throw new InvalidValueException("dealId", request.dealId(), "must be the deal changed", "the deal is "
          + deal.id());
    }
    String owner = ownerOf(request.field()).orElseThrow(() -> new InvalidValueException("field", request.field(),
        "must have an owner in field ownership " + ref() + " to be changed"));
    if (!owner.equals(request.team())) {
      throw new NotOwnerException(deal.id(), request.field(), request.team(), owner);
    }
    Optional<String> from = deal.fieldText(request.field());
    if (from.equals(request.to())) {
      throw unchanged(request, from);
    }
    AuditEntry audit = new AuditEntry.Builder().dealId(deal.id()).field(request.field()).from(from).to(request.to())
        .team(request.team()).actor(request.actor()).at(request.at()).reason(request.reason()).ownership(ref())
        .build();
    if (request.isStageMove()) {
      String to = request.to().orElseThrow();
      StageMove move = request.reason().isPresent()
          ? deal.moveTo(definition, to, request.at(), request.actor(), request.reason().get())
          : deal.moveTo(definition, to, request.at(), request.actor());
      return new AcceptedChange.Builder().deal(move.deal()).audit(audit).stageChange(move.change()).build();
    }
    Deal changed = deal.with(audit.fieldChange().orElseThrow(() -> new IllegalStateException("not a field change")));
    if (changed.equals(deal)) {
      throw unchanged(request, from);
    }
    return new AcceptedChange.Builder().deal(changed).audit(audit).build();
  }

  private static InvalidValueException unchanged(ChangeRequest request, Optional<String> from) {
    return new InvalidValueException("to", request.to().orElse(""), "must change the field's value",
        request.field() + " is " + from.orElse("empty") + " already");
  }

  /**
   * Applies change requests to one deal in order, refusing the ones that fail and going on with the
   * rest: every request is either in the audit or in the refusals, with its index and reason.
   *
   * @param deal the deal, as it is now
   * @param requests the changes, in the order they were asked
   * @param definition the pipeline definition the deal's stages belong to
   * @return the deal after the accepted changes, the audit entries and the refusals
   */
  public ChangeLog applyAll(Deal deal, List<ChangeRequest> requests, PipelineDefinition definition) {
    Objects.requireNonNull(requests, "requests");
    ChangeLog.Builder log = new ChangeLog.Builder().before(deal);
    Deal now = deal;
    for (int i = 0; i < requests.size(); i++) {
      ChangeRequest r = Objects.requireNonNull(requests.get(i), "requests[" + i + "]");
      try {
        AcceptedChange c = apply(now, r, definition);
        now = c.deal();
        log.addAudit(c.audit());
        c.stageChange().ifPresent(log::addStageChanges);
      } catch (InvalidValueException e) {
        log.addRefused(RefusedChange.of(i, r, e));
      }
    }
    return log.after(now).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds field ownership definitions. */
  public static final class Builder extends ImmutableFieldOwnership.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("field ownership " + id());
    v.text("id", id());
    v.check(version() >= 1, "version", version(), "must be at least 1");
    v.text("defaultOwner", defaultOwner());
    owners().forEach((field, team) -> {
      Optional<DealField> f = DealField.find(field);
      boolean attribute = field.startsWith(DealField.ATTRIBUTE_PREFIX)
          && field.length() > DealField.ATTRIBUTE_PREFIX.length();
      v.check(attribute || f.filter(x -> !FIXED.contains(x)).isPresent(), "owners", field,
          "must be stage, a deal field that changes (the id, created and closed dates do not) or attributes.<name>");
      v.text("owners." + field, team);
    });
    v.throwIfInvalid();
  }
}
