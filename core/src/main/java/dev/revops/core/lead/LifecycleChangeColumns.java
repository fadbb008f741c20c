package dev.revops.core.lead;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How the columns of a lifecycle changes CSV (one row per change, the rows of a lead together)
 * become a {@link LifecycleHistory} per lead. Ready: {@link #genLeads()} and {@link
 * #accountEngagementLifecycleHistory()}.
 *
 * <p>Without a {@linkplain #fromStage() from} column, a change's from stage is the previous
 * change's to stage, and a lead's first row creates it.
 *
 * <pre>{@code
 * LifecycleChangeColumns mine = LifecycleChangeColumns.builder().name("mine").leadId("Lead")
 *     .toStage("Stage").changedAt("When").build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLifecycleChangeColumns.class)
@JsonDeserialize(as = ImmutableLifecycleChangeColumns.class)
public abstract class LifecycleChangeColumns {
  /** Only the generated implementation extends this class, so every instance is validated. */
  LifecycleChangeColumns() {}

  /**
   * The mapping's name.
   *
   * @return for example {@code "gen-leads"}
   */
  public abstract String name();

  /**
   * The lead id's column (required; rows of one lead must be together).
   *
   * @return the header
   */
  public abstract String leadId();

  /**
   * The column of the stage left.
   *
   * @return the header; empty when the file has none
   */
  public abstract Optional<String> fromStage();

  /**
   * The column of the stage entered (required).
   *
   * @return the header
   */
  public abstract String toStage();

  /**
   * The column of the instant of the change (required).
   *
   * @return the header
   */
  public abstract String changedAt();

  /**
   * The column of who made the change.
   *
   * @return the header, if any
   */
  public abstract Optional<String> actor();

  /**
   * The column of why.
   *
   * @return the header, if any
   */
  public abstract Optional<String> reason();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds mappings. */
  public static final class Builder extends ImmutableLifecycleChangeColumns.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("lifecycle change columns " + name());
    v.text("name", name());
    v.text("leadId", leadId());
    v.text("fromStage", fromStage());
    v.text("toStage", toStage());
    v.text("changedAt", changedAt());
    v.text("actor", actor());
    v.text("reason", reason());
    v.throwIfInvalid();
  }

  /**
   * Our own layout, written by the bundled sample: {@code lead_id, from_stage, to_stage,
   * changed_at, actor}; the first row of a lead has an empty from stage.
   *
   * @return the mapping
   */
  public static LifecycleChangeColumns genLeads() {
    return builder().name("gen-leads").leadId("lead_id").fromStage("from_stage").toStage("to_stage")
        .changedAt("changed_at").actor("actor").build();
  }

  /**
   * Salesforce Account Engagement's lifecycle history, with the field names of its API ({@code
   * prospectId, previousStageId, nextStageId, createdAt}): one row per stage a prospect moved to.
   * Its stage ids are numbers of the account's own stages: give them as aliases in the lifecycle
   * definition.
   *
   * @return the mapping
   */
  public static LifecycleChangeColumns accountEngagementLifecycleHistory() {
    return builder().name("account-engagement-lifecycle-history").leadId("prospectId").fromStage("previousStageId")
        .toStage("nextStageId").changedAt("createdAt").build();
  }
}
