package dev.revops.core.lead;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.pipeline.Criterion;
import dev.revops.core.pipeline.DealField;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One stage of a lead's lifecycle: where a lead stands (subscriber, lead, MQL, SQL...), who owns
 * leads in it, and what a lead must satisfy to enter it.
 *
 * <p>Rules, checked at construction: the id is a slug ({@code [A-Za-z0-9][A-Za-z0-9._-]*}); the
 * order is not negative; entry criteria name only fields a lead has ({@code id}, {@code owner},
 * {@code source}, {@code segment}, {@code createdDate}, {@code attributes.<name>}).
 *
 * <p>JSON: {@code {"id": "marketingqualifiedlead", "displayName": "Marketing Qualified Lead",
 * "order": 30, "kind": "FUNNEL", "owningTeam": "marketing", "entryCriteria":
 * [{"field": "attributes.score", "operator": "AT_LEAST", "value": "50"}]}}.
 *
 * <pre>{@code
 * LifecycleStage mql = LifecycleStage.builder().id("mql").displayName("MQL").order(30)
 *     .kind(LifecycleStageKind.FUNNEL).owningTeam("marketing")
 *     .addEntryCriteria(Criterion.of("attributes.score", CriterionOperator.AT_LEAST, "50")).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLifecycleStage.class)
@JsonDeserialize(as = ImmutableLifecycleStage.class)
public abstract class LifecycleStage {
  static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final Set<DealField> LEAD_FIELDS = EnumSet.of(DealField.ID, DealField.OWNER, DealField.SOURCE,
      DealField.SEGMENT, DealField.CREATED_DATE);

  /** Only the generated implementation extends this class, so every instance is validated. */
  LifecycleStage() {}

  /**
   * The canonical id, stable across CRMs and definition versions.
   *
   * @return for example {@code "marketingqualifiedlead"}
   */
  public abstract String id();

  /**
   * The name shown to people.
   *
   * @return for example {@code "Marketing Qualified Lead"}
   */
  public abstract String displayName();

  /**
   * The position in the lifecycle; stages are listed by ascending order.
   *
   * @return a non-negative number, unique within a definition
   */
  public abstract int order();

  /**
   * A funnel step, an end without conversion, or outside the funnel.
   *
   * @return the kind
   */
  public abstract LifecycleStageKind kind();

  /**
   * The team accountable for leads in this stage.
   *
   * @return a team name, for example {@code "marketing"} or {@code "sdr"}
   */
  public abstract String owningTeam();

  /**
   * What the stage means, for people.
   *
   * @return the description
   */
  public abstract Optional<String> description();

  /**
   * What a lead must satisfy to enter this stage (the written MQL definition, say).
   *
   * @return the criteria, possibly empty
   */
  public abstract List<Criterion> entryCriteria();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A funnel stage without criteria.
   *
   * @param id the canonical id
   * @param displayName the name shown to people
   * @param order the position in the lifecycle
   * @param owningTeam the accountable team
   * @return the stage
   */
  public static LifecycleStage funnel(String id, String displayName, int order, String owningTeam) {
    return builder().id(id).displayName(displayName).order(order).kind(LifecycleStageKind.FUNNEL)
        .owningTeam(owningTeam).build();
  }

  /** Builds stages; see {@link LifecycleStage} for the rules. */
  public static final class Builder extends ImmutableLifecycleStage.Builder {
    Builder() {}
  }

  /**
   * Whether the stage is a step of the funnel.
   *
   * @return true for {@link LifecycleStageKind#FUNNEL}
   */
  @JsonIgnore
  public boolean isFunnel() {
    return kind() == LifecycleStageKind.FUNNEL;
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("lifecycle stage " + id());
    v.check(ID.matcher(id()).matches(), "id", id(),
        "must be a slug: a letter or digit, then letters, digits, '.', '_' or '-'");
    v.text("displayName", displayName());
    v.text("owningTeam", owningTeam());
    v.text("description", description());
    v.check(order() >= 0, "order", order(), "must not be negative");
    for (Criterion c : entryCriteria()) {
      boolean ok = c.field().startsWith(DealField.ATTRIBUTE_PREFIX)
          || DealField.find(c.field()).map(LEAD_FIELDS::contains).orElse(false);
      v.check(ok, "entryCriteria", c.field(),
          "must name a field a lead has: id, owner, source, segment, createdDate or attributes.<name>");
    }
    v.throwIfInvalid();
  }

  /**
   * The display name and id.
   *
   * @return for example {@code "Marketing Qualified Lead (marketingqualifiedlead)"}
   */
  @Override
  public String toString() {
    return displayName() + " (" + id() + ")";
  }
}
