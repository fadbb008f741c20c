package dev.revops.core.io;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import java.util.List;
import org.immutables.value.Value;

/**
 * How the columns of a transitions CSV (one row per stage change) become stage changes. Each
 * field lists candidate header names; the first one the header has is used.
 *
 * <p>Without a {@linkplain #fromStage() from} column (Salesforce's OpportunityHistory records only
 * the new stage), a change's from stage is the previous change's to stage, and a deal's first row
 * creates it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTransitionColumns.class)
@JsonDeserialize(as = ImmutableTransitionColumns.class)
public abstract class TransitionColumns {
  /** Only the generated implementation extends this class, so every instance is validated. */
  TransitionColumns() {}

  /**
   * The mapping's name, shown in reports.
   *
   * @return for example {@code "gen-deals"}
   */
  public abstract String name();

  /**
   * The candidate headers of the deal id (required).
   *
   * @return the candidates, in order of preference
   */
  public abstract List<String> dealId();

  /**
   * The candidate headers of the stage left; empty when the file has none.
   *
   * @return the candidates, in order of preference
   */
  public abstract List<String> fromStage();

  /**
   * The candidate headers of the stage entered (required).
   *
   * @return the candidates, in order of preference
   */
  public abstract List<String> toStage();

  /**
   * The candidate headers of the instant of the change (required).
   *
   * @return the candidates, in order of preference
   */
  public abstract List<String> changedAt();

  /**
   * The candidate headers of who made the change.
   *
   * @return the candidates, in order of preference
   */
  public abstract List<String> actor();

  /**
   * The candidate headers of why.
   *
   * @return the candidates, in order of preference
   */
  public abstract List<String> reason();

  /**
   * The field delimiter.
   *
   * @return {@code ","} by default
   */
  @Value.Default
  public String delimiter() {
    return ",";
  }

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds transition mappings. */
  public static final class Builder extends ImmutableTransitionColumns.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("transition columns " + name());
    v.text("name", name());
    v.check(!dealId().isEmpty(), "dealId", "[]", "must name at least one candidate column");
    v.check(!toStage().isEmpty(), "toStage", "[]", "must name at least one candidate column");
    v.check(!changedAt().isEmpty(), "changedAt", "[]", "must name at least one candidate column");
    v.check(delimiter().length() == 1 && delimiter().charAt(0) != '"', "delimiter", delimiter(),
        "must be one character other than a quote");
    v.throwIfInvalid();
  }

  /**
   * The layout of {@code transitions.csv} from {@code ../shared/bench/gen_deals.py} (and the
   * bundled sample): {@code deal_id, from_stage, to_stage, changed_at, actor}; the first row of a
   * deal has an empty from stage.
   *
   * @return the mapping
   */
  public static TransitionColumns genDeals() {
    return builder().name("gen-deals").addDealId("deal_id").addFromStage("from_stage")
        .addToStage("to_stage").addChangedAt("changed_at").addActor("actor").build();
  }

  /**
   * A Salesforce OpportunityHistory export: {@code OpportunityId, StageName, CreatedDate,
   * CreatedById} (one row per stage a deal entered; from stages are inferred).
   *
   * @return the mapping
   */
  public static TransitionColumns salesforceOpportunityHistory() {
    return builder().name("salesforce-opportunity-history").addDealId("OpportunityId", "Opportunity ID")
        .addToStage("StageName", "Stage").addChangedAt("CreatedDate", "Created Date")
        .addActor("CreatedById", "Created By").build();
  }
}
