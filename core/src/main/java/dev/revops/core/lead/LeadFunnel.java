package dev.revops.core.lead;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.InvalidValueException;
import dev.revops.core.Validation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The steps a funnel counts and how a lead reaches them: lifecycle stages of a definition (in its
 * order), then converting into a deal ({@value FunnelStep#DEAL_CREATED}) and the deal won ({@value
 * FunnelStep#DEAL_WON}). The funnel and the lead-level handoffs both read a lead's progress through
 * it, so they judge conversion by one rule.
 *
 * <p>Rules, checked at construction: the steps are funnel stages of the definition or the two deal
 * steps, listed once each and in funnel order (stages by order, then deal created, then deal won);
 * at least two steps; the definition has no stage whose id is a deal step's id.
 *
 * <p>How a lead reaches a step, as of an instant: a lifecycle step at the first change into its
 * stage; the deal-created step at its link's conversion instant; the deal-won step when its linked
 * deal was won. With {@link SkippedStages#PASSED_THROUGH}, reaching a lifecycle step also reaches
 * every earlier lifecycle step not reached yet, at the same instant. Nothing after the as-of instant
 * is seen. Lifecycle stages and the deal steps are two tracks (see {@link LeadProgress}).
 *
 * <p>JSON: {@code {"lifecycle": {...}, "stepIds": ["marketingqualifiedlead", "deal-won"],
 * "skippedStages": "NOT_ENTERED"}}; no step ids means every funnel stage and both deal steps.
 *
 * <pre>{@code
 * LeadFunnel funnel = LeadFunnel.of(LifecycleDefinition.hubspotDefault(), "MQL", "SQL", "won");
 * LeadProgress p = funnel.progress(journey, asOf);
 * p.outcome(0, 2, Optional.of(Duration.ofDays(90)));   // CONVERTED, NOT_CONVERTED or UNRESOLVED
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLeadFunnel.class)
@JsonDeserialize(as = ImmutableLeadFunnel.class)
public abstract class LeadFunnel {
  /** Only the generated implementation extends this class, so every instance is validated. */
  LeadFunnel() {}

  /**
   * The lifecycle the stages are of.
   *
   * @return the definition
   */
  public abstract LifecycleDefinition lifecycle();

  /**
   * The steps counted, by id.
   *
   * @return step ids in funnel order; empty for every funnel stage and both deal steps
   */
  public abstract List<String> stepIds();

  /**
   * How a skipped lifecycle stage counts.
   *
   * @return {@link SkippedStages#NOT_ENTERED} unless set
   */
  @Value.Default
  public SkippedStages skippedStages() {
    return SkippedStages.NOT_ENTERED;
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A funnel of the named steps, each a stage id, display name or alias of the definition, or
   * {@code deal-created} ({@code deal}, {@code converted}) or {@code deal-won} ({@code won}).
   *
   * @param lifecycle the lifecycle definition
   * @param steps the steps, in funnel order; none for every funnel stage and both deal steps
   * @return the funnel
   * @throws InvalidValueException if a name is no step, or the steps break a rule
   */
  public static LeadFunnel of(LifecycleDefinition lifecycle, String... steps) {
    Objects.requireNonNull(lifecycle, "lifecycle");
    Builder b = builder().lifecycle(lifecycle);
    for (String s : steps) {
      b.addStepIds(stepId(lifecycle, s));
    }
    return b.build();
  }

  /**
   * The step id a name refers to.
   *
   * @param lifecycle the lifecycle definition
   * @param name a stage id, display name or alias, or a deal step's id or short name
   * @return the step id
   * @throws InvalidValueException if the name is no step
   */
  public static String stepId(LifecycleDefinition lifecycle, String name) {
    Objects.requireNonNull(name, "name");
    String n = name.strip().toLowerCase(Locale.ROOT);
    if (n.equals(FunnelStep.DEAL_WON) || n.equals("won") || n.equals("deal won")) {
      return FunnelStep.DEAL_WON;
    }
    if (n.equals(FunnelStep.DEAL_CREATED) || n.equals("deal") || n.equals("converted") || n.equals("deal created")) {
      return FunnelStep.DEAL_CREATED;
    }
    return lifecycle.resolveStage(name.strip()).map(LifecycleStage::id).orElseThrow(() -> new InvalidValueException(
        "step", name, "is not a stage of lifecycle " + lifecycle.ref() + " nor deal-created or deal-won"));
  }

  /** Builds funnels; see {@link LeadFunnel} for the rules. */
  public static final class Builder extends ImmutableLeadFunnel.Builder {
    Builder() {}
  }

  /**
   * The steps, in funnel order.
   *
   * @return at least two steps
   */
  @Value.Lazy
  @JsonIgnore
  public List<FunnelStep> steps() {
    List<FunnelStep> out = new ArrayList<>();
    if (stepIds().isEmpty()) {
      lifecycle().funnelStages().forEach(s -> out.add(FunnelStep.of(s)));
      out.add(FunnelStep.dealCreated());
      out.add(FunnelStep.dealWon());
    } else {
      for (String id : stepIds()) {
        out.add(id.equals(FunnelStep.DEAL_CREATED) ? FunnelStep.dealCreated()
            : id.equals(FunnelStep.DEAL_WON) ? FunnelStep.dealWon() : FunnelStep.of(lifecycle().stage(id)));
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The position of a step.
   *
   * @param stepId a step id
   * @return its index in {@link #steps()}
   * @throws InvalidValueException if the funnel has no such step
   */
  public int indexOf(String stepId) {
    List<FunnelStep> steps = steps();
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).id().equals(stepId)) {
        return i;
      }
    }
    throw new InvalidValueException("step", stepId, "is not a step of this funnel",
        "its steps are " + steps.stream().map(FunnelStep::id).collect(Collectors.joining(", ")));
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("lead funnel of " + lifecycle());
    v.check(lifecycle().findStage(FunnelStep.DEAL_CREATED).isEmpty() && lifecycle().findStage(FunnelStep.DEAL_WON)
        .isEmpty(), "lifecycle", lifecycle().ref(), "must not name a stage deal-created or deal-won (funnel step ids)");
    Set<String> seen = new HashSet<>();
    int previous = -1;
    for (String id : stepIds()) {
      v.check(seen.add(id), "stepIds", id, "must not repeat a step");
      int rank = rank(id);
      v.check(rank >= 0, "stepIds", id, "must be a funnel stage of " + lifecycle().ref() + ", deal-created or deal-won");
      if (rank >= 0) {
        v.check(rank > previous, "stepIds", id, "must be listed in funnel order (stages by order, then deal "
            + "created, then deal won)");
        previous = rank;
      }
    }
    v.check(stepIds().isEmpty() || stepIds().size() >= 2, "stepIds", stepIds(),
        "must name at least two steps (one to enter, one to convert to)");
    v.throwIfInvalid();
  }

  /** The position of a step id in the full funnel, or -1 when it is none. */
  private int rank(String id) {
    List<LifecycleStage> funnel = lifecycle().funnelStages();
    if (id.equals(FunnelStep.DEAL_CREATED)) {
      return funnel.size();
    }
    if (id.equals(FunnelStep.DEAL_WON)) {
      return funnel.size() + 1;
    }
    for (int i = 0; i < funnel.size(); i++) {
      if (funnel.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * How far a lead got, as of an instant: when it reached each step, when it was disqualified and
   * when its deal was lost.
   *
   * @param journey the lead's journey
   * @param asOf nothing after this instant is seen
   * @return the progress
   */
  public LeadProgress progress(LeadJourney journey, Instant asOf) {
    return LeadProgress.of(this, journey, asOf);
  }

  /**
   * The funnel's steps and lifecycle.
   *
   * @return for example {@code "funnel marketingqualifiedlead > deal-won of lifecycle hubspot-lifecycle@1"}
   */
  @Override
  public String toString() {
    return "funnel " + steps().stream().map(FunnelStep::id).collect(Collectors.joining(" > ")) + " of "
        + lifecycle();
  }

  /** Lookups for progress: the step index of each lifecycle stage id, -1 for none. */
  @Value.Lazy
  @JsonIgnore
  Map<String, Integer> stageSteps() {
    Map<String, Integer> out = new HashMap<>();
    List<FunnelStep> steps = steps();
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).kind() == StepKind.LIFECYCLE_STAGE) {
        out.put(steps.get(i).id(), i);
      }
    }
    return out;
  }

  /** The index of a deal step, or -1 when the funnel does not count it. */
  int dealStep(StepKind kind) {
    List<FunnelStep> steps = steps();
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).kind() == kind) {
        return i;
      }
    }
    return -1;
  }

  /** Whether a stage id is of a disqualifying stage. */
  boolean disqualifies(String stageId) {
    return lifecycle().findStage(stageId).map(s -> s.kind() == LifecycleStageKind.DISQUALIFIED).orElse(false);
  }

  /** Whether the lifecycle knows a stage id. */
  boolean knows(String stageId) {
    return lifecycle().findStage(stageId).isPresent();
  }
}
