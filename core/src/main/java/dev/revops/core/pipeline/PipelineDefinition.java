package dev.revops.core.pipeline;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.InvalidValueException;
import dev.revops.core.Validation;
import dev.revops.core.definition.DefinitionRef;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * One version of a pipeline: its ordered stages, the transition rules, and the aliases that map
 * every CRM's raw stage names to canonical stages. The shared, versioned definition of "stage".
 *
 * <p>Rules, checked at construction: stage ids are unique; stages are listed by strictly
 * ascending {@linkplain Stage#order() order}; every open stage comes before every closed stage;
 * there is at least one open stage, exactly one won stage and at least one lost stage; every alias
 * points at a stage; no two stages can be reached by the same name. Names are matched ignoring
 * case and everything but letters and digits, so {@code "Closed Won"}, {@code "closed_won"} and
 * {@code "ClosedWon"} are one name.
 *
 * <p>JSON (abridged):
 * <pre>{@code
 * {"id": "b2b", "version": 2, "effectiveFrom": "2026-01-01", "timeZone": "UTC",
 *  "stages": [ {"id": "prospecting", ...}, ..., {"id": "closed-won", ...}, {"id": "closed-lost", ...} ],
 *  "transitionRules": {"allowSkip": true, "allowMoveBack": true, "allowReopen": false},
 *  "aliases": {"Won": "closed-won", "Lost": "closed-lost"}}
 * }</pre>
 *
 * <p>The {@linkplain #timeZone() time zone} is the business's: it turns the instant of a stage
 * change into the closed date of a deal.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePipelineDefinition.class)
@JsonDeserialize(as = ImmutablePipelineDefinition.class)
public abstract class PipelineDefinition {
  /** Only the generated implementation extends this class, so every instance is validated. */
  PipelineDefinition() {}

  /**
   * The definition's id, shared by all its versions.
   *
   * @return a slug, for example {@code "b2b"}
   */
  public abstract String id();

  /**
   * The version, counting from 1; a changed definition is a new version.
   *
   * @return the version
   */
  public abstract int version();

  /**
   * The first day this version applies.
   *
   * @return the date
   */
  public abstract LocalDate effectiveFrom();

  /**
   * What the pipeline is for, for people.
   *
   * @return the description
   */
  public abstract Optional<String> description();

  /**
   * The business time zone, used to turn instants into dates.
   *
   * @return UTC unless set
   */
  @Value.Default
  public ZoneId timeZone() {
    return ZoneId.of("UTC");
  }

  /**
   * The stages, by ascending order.
   *
   * @return the stages
   */
  public abstract List<Stage> stages();

  /**
   * Which moves are allowed.
   *
   * @return the rules; {@link TransitionRules#defaults()} unless set
   */
  @Value.Default
  public TransitionRules transitionRules() {
    return TransitionRules.defaults();
  }

  /**
   * Raw stage names (as CRMs spell them) mapped to canonical stage ids. A stage's id and display
   * name need no alias.
   *
   * @return alias to stage id, sorted by alias
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> aliases();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds pipeline definitions; see {@link PipelineDefinition} for the rules. */
  public static final class Builder extends ImmutablePipelineDefinition.Builder {
    Builder() {}
  }

  /**
   * This definition's id and version, as results cite it.
   *
   * @return the reference
   */
  @JsonIgnore
  public DefinitionRef ref() {
    return DefinitionRef.of(id(), version());
  }

  /** Lookups, built once. */
  @Value.Lazy
  @JsonIgnore
  Index index() {
    return new Index(stages(), aliases());
  }

  static final class Index {
    final Map<String, Stage> byId = new HashMap<>();
    final Map<String, Stage> byName = new HashMap<>();
    final List<Stage> open;
    final Stage won;
    final List<Stage> lost;

    Index(List<Stage> stages, Map<String, String> aliases) {
      List<Stage> o = new ArrayList<>();
      List<Stage> l = new ArrayList<>();
      Stage w = null;
      for (Stage s : stages) {
        byId.put(s.id(), s);
        byName.put(normalize(s.id()), s);
        byName.put(normalize(s.displayName()), s);
        if (s.isOpen()) {
          o.add(s);
        } else if (s.isWon()) {
          w = s;
        } else {
          l.add(s);
        }
      }
      aliases.forEach((alias, id) -> byName.put(normalize(alias), byId.get(id)));
      open = Collections.unmodifiableList(o);
      lost = Collections.unmodifiableList(l);
      won = w;
    }
  }

  /** The matching key of a stage name: lower case, letters and digits only. */
  static String normalize(String name) {
    StringBuilder b = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(Character.toLowerCase(c));
      }
    }
    return b.toString();
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("pipeline " + id() + " v" + version());
    v.check(Stage.ID.matcher(id()).matches(), "id", id(),
        "must be a slug: a letter or digit, then letters, digits, '.', '_' or '-'");
    v.check(version() >= 1, "version", version(), "must be at least 1");
    v.text("description", description());
    Map<String, Stage> ids = new HashMap<>();
    Map<String, String> names = new HashMap<>(); // normalized name -> stage id
    int won = 0;
    int lost = 0;
    int open = 0;
    boolean closedSeen = false;
    Integer previousOrder = null;
    for (Stage s : stages()) {
      v.check(ids.put(s.id(), s) == null, "stages", s.id(), "must not repeat a stage id");
      if (previousOrder != null) {
        v.check(s.order() > previousOrder, "stages", s.id() + " order " + s.order(),
            "must be listed by strictly ascending order (previous order " + previousOrder + ")");
      }
      previousOrder = s.order();
      if (s.isOpen()) {
        open++;
        v.check(!closedSeen, "stages", s.id(), "must come before every won and lost stage");
      } else {
        closedSeen = true;
        won += s.isWon() ? 1 : 0;
        lost += s.isLost() ? 1 : 0;
      }
      for (String name : List.of(s.id(), s.displayName())) {
        String key = normalize(name);
        v.check(!key.isEmpty(), "stages", name, "must contain a letter or digit");
        String other = names.putIfAbsent(key, s.id());
        v.check(other == null || other.equals(s.id()), "stages", name,
            "must not match another stage's name (" + other + ")");
      }
    }
    v.check(open >= 1, "stages", open + " open", "must include at least one open stage");
    v.check(won == 1, "stages", won + " won", "must include exactly one won stage");
    v.check(lost >= 1, "stages", lost + " lost", "must include at least one lost stage");
    aliases().forEach((alias, target) -> {
      v.text("aliases", alias);
      v.check(ids.containsKey(target), "aliases", alias + " -> " + target,
          "must point at a stage id of this definition");
      String key = normalize(alias);
      v.check(!key.isEmpty(), "aliases", alias, "must contain a letter or digit");
      String other = names.putIfAbsent(key, target);
      v.check(other == null || other.equals(target), "aliases", alias + " -> " + target,
          "must not match a name of another stage (" + other + ")");
    });
    v.throwIfInvalid();
  }

  /**
   * The open stages, by order.
   *
   * @return at least one stage
   */
  @JsonIgnore
  public List<Stage> openStages() {
    return index().open;
  }

  /**
   * The one won stage.
   *
   * @return the won stage
   */
  @JsonIgnore
  public Stage wonStage() {
    return index().won;
  }

  /**
   * The lost stages, by order.
   *
   * @return at least one stage
   */
  @JsonIgnore
  public List<Stage> lostStages() {
    return index().lost;
  }

  /**
   * The stage with a canonical id.
   *
   * @param id a stage id
   * @return the stage, or empty
   */
  public Optional<Stage> findStage(String id) {
    return Optional.ofNullable(index().byId.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * The stage with a canonical id.
   *
   * @param id a stage id
   * @return the stage
   * @throws InvalidValueException if no stage has that id
   */
  public Stage stage(String id) {
    return findStage(id).orElseThrow(() -> new InvalidValueException("stage", id,
        "is not a stage id of pipeline " + ref() + " (" + stageIds() + ")"));
  }

  /**
   * The stage a raw name refers to: its id, its display name or an alias, matched ignoring case,
   * spaces and punctuation.
   *
   * @param rawName a stage name as a CRM spells it, for example {@code "Closed Won"}
   * @return the stage, or empty when the name matches none
   */
  public Optional<Stage> resolveStage(String rawName) {
    Objects.requireNonNull(rawName, "rawName");
    Stage byId = index().byId.get(rawName);
    return byId != null ? Optional.of(byId) : Optional.ofNullable(index().byName.get(normalize(rawName)));
  }

  /**
   * The stage a raw name refers to, as {@link #resolveStage(String)}.
   *
   * @param rawName a stage name as a CRM spells it
   * @return the stage
   * @throws InvalidValueException if the name matches no stage id, display name or alias
   */
  public Stage resolve(String rawName) {
    return resolveStage(rawName).orElseThrow(() -> new InvalidValueException("stage", rawName,
        "is not a stage, display name or alias of pipeline " + ref() + " (" + stageIds() + ")"));
  }

  private String stageIds() {
    return stages().stream().map(Stage::id).collect(Collectors.joining(", "));
  }

  /**
   * Whether a deal may move to a stage: checks the transition rules, the exit criteria of the
   * deal's current stage and the entry criteria of the target stage, and lists every violation.
   *
   * <p>Criteria see the deal as it is before the move. A deal whose current stage is not part of
   * this definition (or differs from this definition's stage of the same id) is refused with a
   * transition-rule violation saying so.
   *
   * @param deal the deal (any {@link GateSubject})
   * @param toStageId the canonical id of the target stage
   * @return the decision with every violation; {@link GateDecision#allowed()} when none
   * @throws InvalidValueException if {@code toStageId} is not a stage of this definition
   */
  public GateDecision checkMove(GateSubject deal, String toStageId) {
    Objects.requireNonNull(deal, "deal");
    Stage to = stage(toStageId);
    Stage from = deal.stage();
    List<GateViolation> violations = new ArrayList<>();
    Stage own = index().byId.get(from.id());
    if (!from.equals(own)) {
      violations.add(rule(from.id(), "the deal's stage " + from + " is not a stage of pipeline " + ref()
          + (own == null ? "" : " (its stage " + from.id() + " is defined differently)")));
    } else {
      transitionViolations(from, to, violations);
      for (Criterion c : from.exitCriteria()) {
        c.unmetBy(deal).ifPresent(why -> violations.add(GateViolation.of(
            GateViolation.Kind.EXIT_CRITERION, from.id(), Optional.of(c),
            "exit criterion of " + from.displayName() + ": " + why)));
      }
    }
    for (Criterion c : to.entryCriteria()) {
      c.unmetBy(deal).ifPresent(why -> violations.add(GateViolation.of(
          GateViolation.Kind.ENTRY_CRITERION, to.id(), Optional.of(c),
          "entry criterion of " + to.displayName() + ": " + why)));
    }
    return GateDecision.builder().definition(ref()).dealId(deal.id()).fromStageId(from.id())
        .toStageId(to.id()).addAllViolations(violations).build();
  }

  private void transitionViolations(Stage from, Stage to, List<GateViolation> out) {
    TransitionRules rules = transitionRules();
    if (from.id().equals(to.id())) {
      out.add(rule(from.id(), "the deal is already in " + from.displayName()));
      return;
    }
    if (from.isClosed()) {
      if (!rules.allowReopen()) {
        out.add(rule(from.id(), "moving out of " + from.displayName() + " reopens a closed deal, which "
            + "pipeline " + ref() + " does not allow (allowReopen=false)"));
      }
      return;
    }
    if (to.isLost()) {
      return; // losing is always possible from an open stage
    }
    List<Stage> open = openStages();
    int fromIndex = open.indexOf(from);
    int toIndex = to.isWon() ? open.size() : open.indexOf(to);
    if (toIndex < fromIndex && !rules.allowMoveBack()) {
      out.add(rule(from.id(), "moving back from " + from.displayName() + " to " + to.displayName()
          + " is not allowed by pipeline " + ref() + " (allowMoveBack=false)"));
    }
    if (toIndex > fromIndex + 1 && !rules.allowSkip()) {
      String skipped = open.subList(fromIndex + 1, toIndex).stream().map(Stage::displayName)
          .collect(Collectors.joining(", "));
      out.add(rule(from.id(), "moving from " + from.displayName() + " to " + to.displayName() + " skips "
          + skipped + ", which pipeline " + ref() + " does not allow (allowSkip=false)"));
    }
  }

  private static GateViolation rule(String stageId, String message) {
    return GateViolation.of(GateViolation.Kind.TRANSITION_RULE, stageId, Optional.empty(), message);
  }

  /**
   * The id and version.
   *
   * @return for example {@code "pipeline b2b@2"}
   */
  @Override
  public String toString() {
    return "pipeline " + ref();
  }
}
