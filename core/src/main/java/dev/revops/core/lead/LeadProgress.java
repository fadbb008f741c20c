package dev.revops.core.lead;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * How far one lead got through a {@link LeadFunnel} as of an instant: when it reached each step,
 * when it was disqualified, when its deal was lost, and the traps its data holds. Made by {@link
 * LeadFunnel#progress}; immutable.
 *
 * <p>A lead converts to a step when it reaches that step or a later step of the same kind: a later
 * lifecycle stage for a lifecycle step (an SQL made straight from lead converted from lead to MQL
 * or later), the won deal for the deal-created step. Lifecycle stages and deal steps are two tracks:
 * a won deal does not make a lead an evangelist.
 *
 * <p>The cohort rule ({@link #outcome}), for a lead that entered step {@code from} at {@code e},
 * converting to step {@code to}: it <b>converted</b> when it converted to {@code to} (see above; at
 * any instant: a conversion recorded before {@code e} is a data trap, counted and flagged), within
 * {@code e + window} when there is a window; it did <b>not convert</b> when it was disqualified
 * (entered a {@link LifecycleStageKind#DISQUALIFIED} stage) at or after {@code e}, when its deal
 * was lost (for a target at or after {@value FunnelStep#DEAL_WON}), or when its window has run out
 * by the as-of instant; otherwise it is <b>unresolved</b>.
 *
 * <pre>{@code
 * LeadProgress p = funnel.progress(journey, asOf);
 * p.reached(0);                          // Optional[2026-03-02T14:00:00Z]
 * p.conversionAt(0, 1);                  // when it reached step 1 or later
 * p.outcome(0, 1, Optional.empty());     // CONVERTED
 * }</pre>
 */
public final class LeadProgress {
  /** A lead's deal won before the lead was created (its first contact). */
  public static final String WON_BEFORE_CREATED = "deal won before the lead was created (first contact)";
  /** A lead converted into a deal before it was created. */
  public static final String CONVERTED_BEFORE_CREATED = "converted into a deal before the lead was created";
  /** A deal closed before its lead converted into it. */
  public static final String CLOSED_BEFORE_CONVERTED = "deal closed before the lead converted into it";

  private final String leadId;
  private final Instant asOf;
  private final Instant[] reached;
  private final boolean[] lifecycleStep;
  private final int wonStep;
  private final List<Instant> disqualified;
  private final Optional<Instant> lostAt;
  private final Set<String> unknownStages;
  private final List<String> flags;

  private LeadProgress(String leadId, Instant asOf, Instant[] reached, boolean[] lifecycleStep, int wonStep,
      List<Instant> disqualified, Optional<Instant> lostAt, Set<String> unknownStages, List<String> flags) {
    this.leadId = leadId;
    this.asOf = asOf;
    this.reached = reached;
    this.lifecycleStep = lifecycleStep;
    this.wonStep = wonStep;
    this.disqualified = disqualified;
    this.lostAt = lostAt;
    this.unknownStages = unknownStages;
    this.flags = flags;
  }

  static LeadProgress of(LeadFunnel funnel, LeadJourney journey, Instant asOf) {
    Objects.requireNonNull(journey, "journey");
    Objects.requireNonNull(asOf, "asOf");
    int n = funnel.steps().size();
    Instant[] reached = new Instant[n];
    Map<String, Integer> stageSteps = funnel.stageSteps();
    List<Instant> disqualified = new ArrayList<>();
    Set<String> unknown = new TreeSet<>();
    journey.history().ifPresent(h -> {
      for (LifecycleChange c : h.changes()) {
        if (!funnel.knows(c.to())) {
          unknown.add(c.to());
        }
        c.from().filter(f -> !funnel.knows(f)).ifPresent(unknown::add);
        if (c.at().isAfter(asOf)) {
          continue;
        }
        Integer step = stageSteps.get(c.to());
        if (step != null && reached[step] == null) {
          reached[step] = c.at();
        }
        if (funnel.disqualifies(c.to())) {
          disqualified.add(c.at());
        }
      }
    });
    Optional<DealLink> link = journey.link();
    int dealStep = funnel.dealStep(StepKind.DEAL_CREATED);
    int wonStep = funnel.dealStep(StepKind.DEAL_WON);
    link.map(DealLink::convertedAt).filter(at -> !at.isAfter(asOf)).filter(at -> dealStep >= 0)
        .ifPresent(at -> reached[dealStep] = at);
    link.flatMap(DealLink::wonAt).filter(at -> !at.isAfter(asOf)).filter(at -> wonStep >= 0)
        .ifPresent(at -> reached[wonStep] = at);
    boolean[] lifecycleStep = new boolean[n];
    for (int i = 0; i < n; i++) {
      lifecycleStep[i] = funnel.steps().get(i).kind() == StepKind.LIFECYCLE_STAGE;
    }
    if (funnel.skippedStages() == SkippedStages.PASSED_THROUGH) {
      Instant later = null;
      for (int i = n - 1; i >= 0; i--) {
        if (!lifecycleStep[i]) {
          continue;
        }
        if (later != null && (reached[i] == null || later.isBefore(reached[i]))) {
          reached[i] = later;
        }
        if (reached[i] != null && (later == null || reached[i].isBefore(later))) {
          later = reached[i];
        }
      }
    }
    Optional<Instant> lost = link.flatMap(DealLink::lostAt).filter(at -> !at.isAfter(asOf));
    return new LeadProgress(journey.leadId(), asOf, reached, lifecycleStep, wonStep,
        Collections.unmodifiableList(disqualified), lost, Collections.unmodifiableSet(unknown), flags(journey, asOf));
  }

  private static List<String> flags(LeadJourney journey, Instant asOf) {
    List<String> out = new ArrayList<>();
    Instant created = journey.lead().createdAt();
    journey.link().ifPresent(l -> {
      if (l.convertedAt().isBefore(created) && !l.convertedAt().isAfter(asOf)) {
        out.add(CONVERTED_BEFORE_CREATED);
      }
      if (l.wonAt().filter(w -> w.isBefore(created) && !w.isAfter(asOf)).isPresent()) {
        out.add(WON_BEFORE_CREATED);
      }
      Optional<Instant> closed = l.wonAt().or(l::lostAt);
      if (closed.filter(c -> c.isBefore(l.convertedAt()) && !c.isAfter(asOf)).isPresent()) {
        out.add(CLOSED_BEFORE_CONVERTED);
      }
    });
    return Collections.unmodifiableList(out);
  }

  /**
   * The lead.
   *
   * @return its id
   */
  public String leadId() {
    return leadId;
  }

  /**
   * When the lead reached a step.
   *
   * @param step the step's index in the funnel
   * @return the instant; empty when it has not reached it by the as-of instant
   */
  public Optional<Instant> reached(int step) {
    return Optional.ofNullable(reached[step]);
  }

  /**
   * Whether the lead reached any step.
   *
   * @return true when it entered the funnel
   */
  public boolean enteredFunnel() {
    for (Instant r : reached) {
      if (r != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * When the lead converted from one step to another: the first instant it reached {@code to} or
   * a later step of the same kind (see the class comment).
   *
   * @param from the index of the step converted from (not used to bound the instant)
   * @param to the index of the target step, after {@code from}
   * @return the instant; empty when it has not converted
   */
  public Optional<Instant> conversionAt(int from, int to) {
    if (to <= from) {
      throw new IllegalArgumentException("the target step " + to + " must come after " + from);
    }
    Instant first = null;
    for (int i = to; i < reached.length; i++) {
      if (lifecycleStep[i] == lifecycleStep[to] && reached[i] != null && (first == null || reached[i].isBefore(first))) {
        first = reached[i];
      }
    }
    return Optional.ofNullable(first);
  }

  /**
   * Where the lead stands on converting from one step to another, by the cohort rule (see the
   * class comment).
   *
   * @param from the index of the step of the cohort; the lead must have reached it
   * @param to the index of the target step, after {@code from}
   * @param window how long after entering {@code from} a conversion counts; empty for no limit
   * @return the outcome
   * @throws IllegalArgumentException if the lead did not reach {@code from}
   */
  public CohortOutcome outcome(int from, int to, Optional<Duration> window) {
    Objects.requireNonNull(window, "window");
    Instant entered = reached(from).orElseThrow(() -> new IllegalArgumentException(
        "lead " + leadId + " did not reach step " + from));
    Optional<Instant> end = window.map(entered::plus);
    Optional<Instant> converted = conversionAt(from, to);
    if (converted.isPresent() && (end.isEmpty() || !converted.get().isAfter(end.get()))) {
      return CohortOutcome.CONVERTED;
    }
    boolean dropped = disqualified.stream().anyMatch(d -> !d.isBefore(entered))
        || (wonStep >= 0 && to >= wonStep && lostAt.isPresent());
    boolean expired = end.isPresent() && !end.get().isAfter(asOf);
    return dropped || expired ? CohortOutcome.NOT_CONVERTED : CohortOutcome.UNRESOLVED;
  }

  /**
   * Stage ids of the lead's history that the lifecycle definition does not have.
   *
   * @return the ids, sorted; empty when every stage is known
   */
  public Set<String> unknownStages() {
    return unknownStages;
  }

  /**
   * What the lead's data holds that cannot be right but is counted as it is: {@link
   * #WON_BEFORE_CREATED}, {@link #CONVERTED_BEFORE_CREATED}, {@link #CLOSED_BEFORE_CONVERTED}.
   *
   * @return the flags, possibly none
   */
  public List<String> flags() {
    return flags;
  }
}
