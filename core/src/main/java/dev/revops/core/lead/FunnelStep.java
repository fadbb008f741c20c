package dev.revops.core.lead;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import org.immutables.value.Value;

/**
 * One step of a {@link LeadFunnel}: a lifecycle stage, the conversion into a deal, or the deal won.
 *
 * <p>JSON: {@code {"id": "marketingqualifiedlead", "displayName": "Marketing Qualified Lead",
 * "kind": "LIFECYCLE_STAGE"}}.
 *
 * <pre>{@code
 * FunnelStep won = FunnelStep.dealWon();   // id "deal-won"
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFunnelStep.class)
@JsonDeserialize(as = ImmutableFunnelStep.class)
public abstract class FunnelStep {
  /** The id of the step "converted into a deal". */
  public static final String DEAL_CREATED = "deal-created";
  /** The id of the step "the deal was won". */
  public static final String DEAL_WON = "deal-won";

  /** Only the generated implementation extends this class, so every instance is validated. */
  FunnelStep() {}

  /**
   * The step's id: a lifecycle stage id, {@value #DEAL_CREATED} or {@value #DEAL_WON}.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The name shown to people.
   *
   * @return for example {@code "Marketing Qualified Lead"} or {@code "Deal won"}
   */
  public abstract String displayName();

  /**
   * What reaching the step means.
   *
   * @return the kind
   */
  public abstract StepKind kind();

  /**
   * The step of entering a lifecycle stage.
   *
   * @param stage the stage
   * @return the step
   */
  public static FunnelStep of(LifecycleStage stage) {
    return new Builder().id(stage.id()).displayName(stage.displayName()).kind(StepKind.LIFECYCLE_STAGE).build();
  }

  /**
   * The step of converting into a deal.
   *
   * @return the step {@value #DEAL_CREATED}
   */
  public static FunnelStep dealCreated() {
    return new Builder().id(DEAL_CREATED).displayName("Deal created").kind(StepKind.DEAL_CREATED).build();
  }

  /**
   * The step of the deal being won.
   *
   * @return the step {@value #DEAL_WON}
   */
  public static FunnelStep dealWon() {
    return new Builder().id(DEAL_WON).displayName("Deal won").kind(StepKind.DEAL_WON).build();
  }

  /** Builds steps (the factories do). */
  static final class Builder extends ImmutableFunnelStep.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("funnel step " + id());
    v.text("id", id());
    v.text("displayName", displayName());
    v.check(kind() != StepKind.DEAL_CREATED || id().equals(DEAL_CREATED), "id", id(), "must be " + DEAL_CREATED);
    v.check(kind() != StepKind.DEAL_WON || id().equals(DEAL_WON), "id", id(), "must be " + DEAL_WON);
    v.throwIfInvalid();
  }

  /**
   * The id.
   *
   * @return {@link #id()}
   */
  @Override
  public String toString() {
    return id();
  }
}
