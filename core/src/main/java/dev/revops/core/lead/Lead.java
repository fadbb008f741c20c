package dev.revops.core.lead;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.pipeline.CriterionSubject;
import dev.revops.core.pipeline.DealField;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * A lead (a HubSpot contact, a Salesforce lead, an Olist marketing-qualified lead): someone
 * marketing brought in, before any deal. Immutable and validated.
 *
 * <p>Rules, checked at construction, all reported at once: the id is not blank; optional texts,
 * when present, are not blank and not padded; custom attribute names and values are not blank.
 *
 * <p>A lead is a {@link CriterionSubject}, so that lifecycle entry criteria are written as the same
 * {@link dev.revops.core.pipeline.Criterion} data as deal criteria: {@code id}, {@code owner},
 * {@code source}, {@code segment}, {@code createdDate} (the created instant's date in UTC) and
 * {@code attributes.<name>}; the deal fields a lead does not have (amount, stage...) are never set.
 *
 * <p>JSON: {@code {"id": "L1", "createdAt": "2026-03-02T09:00:00Z", "source": "paid_search",
 * "campaign": "spring-webinar", "owner": "sdr-2", "segment": "SMB", "attributes": {"landingPage": "lp-7"}}}.
 *
 * <pre>{@code
 * Lead lead = Lead.builder().id("L1").createdAt(Instant.parse("2026-03-02T09:00:00Z"))
 *     .source("paid_search").owner("sdr-2").build();
 * lead.fieldValue(DealField.SOURCE);   // Optional[paid_search]
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLead.class)
@JsonDeserialize(as = ImmutableLead.class)
public abstract class Lead implements CriterionSubject {
  /** Only the generated implementation extends this class, so every instance is validated. */
  Lead() {}

  /**
   * The lead's unique id, as the CRM knows it.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * When the lead was created (first contact, form fill, import).
   *
   * @return the instant
   */
  public abstract Instant createdAt();

  /**
   * Where the lead came from: its source, origin or channel ({@code paid_search}, {@code Webinar}).
   *
   * @return the source, if known
   */
  public abstract Optional<String> source();

  /**
   * The marketing campaign that brought it.
   *
   * @return the campaign, if known
   */
  public abstract Optional<String> campaign();

  /**
   * Who works the lead: the SDR or lead owner.
   *
   * @return the owner, if assigned
   */
  public abstract Optional<String> owner();

  /**
   * The market segment.
   *
   * @return the segment, if known
   */
  public abstract Optional<String> segment();

  /**
   * Custom CRM fields, by name.
   *
   * @return name to value, sorted by name
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> attributes();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds leads; see {@link Lead} for the rules. */
  public static final class Builder extends ImmutableLead.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("lead " + id());
    v.text("id", id());
    v.text("source", source());
    v.text("campaign", campaign());
    v.text("owner", owner());
    v.text("segment", segment());
    attributes().forEach((name, value) -> {
      v.text("attributes", name);
      v.check(!value.isBlank(), "attributes." + name, value, "must not be blank (leave it absent instead)");
    });
    v.throwIfInvalid();
  }

  /**
   * The value of a deal field a lead has: id, owner, source, segment, and the created instant's date
   * in UTC as {@code createdDate}; every other field is not set.
   *
   * @param field the field
   * @return the value, or empty
   */
  @Override
  public Optional<Object> fieldValue(DealField field) {
    switch (Objects.requireNonNull(field, "field")) {
      case ID:
        return Optional.of(id());
      case OWNER:
        return owner().map(Object.class::cast);
      case SOURCE:
        return source().map(Object.class::cast);
      case SEGMENT:
        return segment().map(Object.class::cast);
      case CREATED_DATE:
        return Optional.of(LocalDate.ofInstant(createdAt(), ZoneOffset.UTC));
      default:
        return Optional.empty();
    }
  }

  /**
   * A custom attribute's value.
   *
   * @param name the attribute's name
   * @return the value, or empty when not set
   */
  @Override
  public Optional<String> attribute(String name) {
    return Optional.ofNullable(attributes().get(Objects.requireNonNull(name, "name")));
  }

  /**
   * The id and creation instant.
   *
   * @return for example {@code "lead L1 created 2026-03-02T09:00:00Z"}
   */
  @Override
  public String toString() {
    return "lead " + id() + " created " + createdAt();
  }
}
