package dev.revops.core.pipeline;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.probability.Probability;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One stage of a pipeline: where a deal stands, what it is worth by default, who owns it, and what
 * a deal must satisfy to enter or leave it.
 *
 * <p>Rules, checked at construction: the id is a slug ({@code [A-Za-z0-9][A-Za-z0-9._-]*}); the
 * order is not negative; a won stage has default probability exactly 1 and forecast category
 * {@link ForecastCategory#CLOSED}; a lost stage exactly 0 and {@link ForecastCategory#OMITTED}; an
 * open stage is never in {@link ForecastCategory#CLOSED}.
 *
 * <p>JSON:
 * <pre>{@code
 * {"id": "proposal", "displayName": "Proposal", "order": 40, "outcome": "OPEN",
 *  "defaultProbability": 0.6, "defaultForecastCategory": "BEST_CASE", "owningTeam": "sales",
 *  "entryCriteria": [{"field": "amount", "operator": "GREATER_THAN", "value": "0"}],
 *  "exitCriteria": []}
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStage.class)
@JsonDeserialize(as = ImmutableStage.class)
public abstract class Stage {
  static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  /** Only the generated implementation extends this class, so every instance is validated. */
  Stage() {}

  /**
   * The canonical id, stable across CRMs and definition versions.
   *
   * @return for example {@code "closed-won"}
   */
  public abstract String id();

  /**
   * The name shown to people.
   *
   * @return for example {@code "Closed Won"}
   */
  public abstract String displayName();

  /**
   * The position in the pipeline; stages are listed by ascending order.
   *
   * @return a non-negative number, unique within a definition
   */
  public abstract int order();

  /**
   * Open, won or lost.
   *
   * @return the outcome
   */
  public abstract StageOutcome outcome();

  /**
   * The probability a deal in this stage closes won, unless the deal overrides it.
   *
   * @return exactly 1 for won, exactly 0 for lost
   */
  public abstract Probability defaultProbability();

  /**
   * The forecast category a deal in this stage counts in, unless the deal overrides it.
   *
   * @return the category
   */
  public abstract ForecastCategory defaultForecastCategory();

  /**
   * The team accountable for deals in this stage.
   *
   * @return a team name, for example {@code "sales"} or {@code "deal-desk"}
   */
  public abstract String owningTeam();

  /**
   * What the stage means, for people.
   *
   * @return the description
   */
  public abstract Optional<String> description();

  /**
   * What a deal must satisfy to enter this stage.
   *
   * @return the criteria, possibly empty
   */
  public abstract List<Criterion> entryCriteria();

  /**
   * What a deal must satisfy to leave this stage.
   *
   * @return the criteria, possibly empty
   */
  public abstract List<Criterion> exitCriteria();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * An open stage without criteria.
   *
   * @param id the canonical id
   * @param displayName the name shown to people
   * @param order the position in the pipeline
   * @param defaultProbability the probability of deals in it
   * @param defaultForecastCategory their forecast category (not CLOSED)
   * @param owningTeam the accountable team
   * @return the stage
   */
  public static Stage open(String id, String displayName, int order, Probability defaultProbability,
      ForecastCategory defaultForecastCategory, String owningTeam) {
    return builder().id(id).displayName(displayName).order(order).outcome(StageOutcome.OPEN)
        .defaultProbability(defaultProbability).defaultForecastCategory(defaultForecastCategory)
        .owningTeam(owningTeam).build();
  }

  /**
   * The won stage: probability 1, category CLOSED, no criteria.
   *
   * @param id the canonical id, for example {@code "closed-won"}
   * @param displayName the name shown to people
   * @param order the position in the pipeline, after every open stage
   * @param owningTeam the accountable team
   * @return the stage
   */
  public static Stage won(String id, String displayName, int order, String owningTeam) {
    return builder().id(id).displayName(displayName).order(order).outcome(StageOutcome.WON)
        .defaultProbability(Probability.ONE).defaultForecastCategory(ForecastCategory.CLOSED)
        .owningTeam(owningTeam).build();
  }

  /**
   * A lost stage: probability 0, category OMITTED, no criteria.
   *
   * @param id the canonical id, for example {@code "closed-lost"}
   * @param displayName the name shown to people
   * @param order the position in the pipeline, after every open stage
   * @param owningTeam the accountable team
   * @return the stage
   */
  public static Stage lost(String id, String displayName, int order, String owningTeam) {
    return builder().id(id).displayName(displayName).order(order).outcome(StageOutcome.LOST)
        .defaultProbability(Probability.ZERO).defaultForecastCategory(ForecastCategory.OMITTED)
        .owningTeam(owningTeam).build();
  }

  /** Builds stages; see {@link Stage} for the rules. */
  public static final class Builder extends ImmutableStage.Builder {
    Builder() {}
  }

  /**
   * Whether deals in this stage are still open.
   *
   * @return true for {@link StageOutcome#OPEN}
   */
  @JsonIgnore
  public boolean isOpen() {
    return outcome() == StageOutcome.OPEN;
  }

  /**
   * Whether this stage ends a deal.
   *
   * @return true for won and lost stages
   */
  @JsonIgnore
  public boolean isClosed() {
    return outcome().isClosed();
  }

  /**
   * Whether this is the won stage.
   *
   * @return true for {@link StageOutcome#WON}
   */
  @JsonIgnore
  public boolean isWon() {
    return outcome() == StageOutcome.WON;
  }

  /**
   * Whether this is a lost stage.
   *
   * @return true for {@link StageOutcome#LOST}
   */
  @JsonIgnore
  public boolean isLost() {
    return outcome() == StageOutcome.LOST;
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("stage " + id());
    v.check(ID.matcher(id()).matches(), "id", id(),
        "must be a slug: a letter or digit, then letters, digits, '.', '_' or '-'");
    v.text("displayName", displayName());
    v.text("owningTeam", owningTeam());
    v.text("description", description());
    v.check(order() >= 0, "order", order(), "must not be negative");
    switch (outcome()) {
      case WON:
        v.check(defaultProbability().isOne(), "defaultProbability", defaultProbability(),
            "must be exactly 1 for a won stage");
        v.check(defaultForecastCategory() == ForecastCategory.CLOSED, "defaultForecastCategory",
            defaultForecastCategory(), "must be CLOSED for a won stage");
        break;
      case LOST:
        v.check(defaultProbability().isZero(), "defaultProbability", defaultProbability(),
            "must be exactly 0 for a lost stage");
        v.check(defaultForecastCategory() == ForecastCategory.OMITTED, "defaultForecastCategory",
            defaultForecastCategory(), "must be OMITTED for a lost stage");
        break;
      default:
        v.check(defaultForecastCategory() != ForecastCategory.CLOSED, "defaultForecastCategory",
            defaultForecastCategory(), "must not be CLOSED for an open stage");
    }
    v.throwIfInvalid();
  }

  /**
   * The stage's display name and id.
   *
   * @return for example {@code "Closed Won (closed-won)"}
   */
  @Override
  public String toString() {
    return displayName() + " (" + id() + ")";
  }
}
