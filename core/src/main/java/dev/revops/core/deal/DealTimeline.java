package dev.revops.core.deal;

import dev.revops.core.InvalidValueException;
import dev.revops.core.history.DealHistory;
import dev.revops.core.history.FieldChange;
import dev.revops.core.history.StageChange;
import dev.revops.core.money.Money;
import dev.revops.core.pipeline.DealField;
import dev.revops.core.pipeline.ForecastCategory;
import dev.revops.core.pipeline.Stage;
import dev.revops.core.probability.Probability;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One deal through time: its current record, its stage history and its field changes, from which
 * the deal {@linkplain #asOf(Instant) as it was} at any earlier instant is rebuilt. This is how a
 * pipeline state of the past is reconstructed when no snapshot was exported then.
 *
 * <p>The rules, in order:
 * <ol>
 *   <li><b>Existence.</b> With a history, the deal exists from its first stage change on. Without
 *       one, from the start of its created date (which it then needs).</li>
 *   <li><b>Stage.</b> With a history, the stage it was in; a closed stage's closed date is the date
 *       (in the time zone given) of the change into it. Without a history the stage is taken as
 *       unchanged, which cannot be said of a deal that closed after the instant: that is an
 *       error.</li>
 *   <li><b>Fields.</b> Every field with changes after the instant takes the value before the
 *       earliest of them; fields without such changes keep their current value.</li>
 *   <li><b>Overrides.</b> {@code probability} and {@code forecastCategory} changes record the
 *       effective values. A value applies only within the stage visit it was recorded in (a stage
 *       change resets overrides, as {@link Deal#moveTo} does): the deal has an override at the
 *       instant when the value then differs from its stage's default. A closed deal has none.</li>
 * </ol>
 *
 * <p>Building a timeline checks that the records agree: the history ends in the deal's stage, and
 * each field's latest change leads to the deal's current value. A rebuilt deal is validated like
 * any other; a rule it breaks is an {@link InvalidValueException} naming the deal and the instant.
 *
 * <pre>{@code
 * DealTimeline timeline = DealTimeline.of(deal, Optional.of(history), fieldChanges, definition.timeZone());
 * Optional<Deal> lastWeek = timeline.asOf(Instant.parse("2026-09-24T00:00:00Z"));   // empty: not yet created
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class DealTimeline {
  private static final String PROBABILITY = DealField.PROBABILITY.path();
  private static final String CATEGORY = DealField.FORECAST_CATEGORY.path();

  private final Deal current;
  private final Optional<DealHistory> history;
  /** Changes per field, each list in time order. */
  private final Map<String, List<FieldChange>> changes;
  private final ZoneId zone;

  private DealTimeline(Deal current, Optional<DealHistory> history, Map<String, List<FieldChange>> changes,
      ZoneId zone) {
    this.current = current;
    this.history = history;
    this.changes = changes;
    this.zone = zone;
  }

  /**
   * A deal's timeline.
   *
   * @param current the deal as it is now
   * @param history its stage history, if known
   * @param changes its field changes, in any order (changes at the same instant keep their order)
   * @param zone the time zone dates are taken in (the definition's)
   * @return the timeline
   * @throws InvalidValueException if a history or change is of another deal, the history does not
   *     end in the deal's stage, or a field's latest change does not lead to its current value
   */
  public static DealTimeline of(Deal current, Optional<DealHistory> history, List<FieldChange> changes,
      ZoneId zone) {
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(changes, "changes");
    Objects.requireNonNull(zone, "zone");
    String id = current.id();
    history.ifPresent(h -> {
      if (!h.dealId().equals(id)) {
        throw new InvalidValueException("history", h.dealId(), "must be of deal " + id);
      }
      if (!h.currentStage().id().equals(current.stage().id())) {
        throw new InvalidValueException("deal " + id, List.of(new InvalidValueException.Violation("stage",
            current.stage().id(), "must be the stage the history ends in", "the history ends in "
            + h.currentStage().id())));
      }
    });
    List<FieldChange> sorted = new ArrayList<>(changes);
    sorted.sort(Comparator.comparing(FieldChange::at));
    Map<String, List<FieldChange>> byField = new TreeMap<>();
    for (FieldChange c : sorted) {
      if (!c.dealId().equals(id)) {
        throw new InvalidValueException("fieldChange", c.toString(), "must be of deal " + id);
      }
      byField.computeIfAbsent(c.field(), f -> new ArrayList<>()).add(c);
    }
    DealTimeline timeline = new DealTimeline(current, history, byField, zone);
    timeline.checkLatestChanges();
    return timeline;
  }

  /**
   * The deal as it is now.
   *
   * @return the current record
   */
  public Deal current() {
    return current;
  }

  /**
   * The deal as it was at an instant.
   *
   * @param at the instant
   * @return the deal then; empty when it did not exist yet
   * @throws InvalidValueException if the deal then cannot be told (no history and closed since) or
   *     breaks a rule, naming the deal and the instant
   */
  public Optional<Deal> asOf(Instant at) {
    Objects.requireNonNull(at, "at");
    Optional<Placement> placed = history.isPresent() ? placeByHistory(at) : placeByRecord(at);
    return placed.map(p -> dealThen(at, p));
  }

  /** Where the deal stood at an instant: its stage, its close date if closed, the visit it was in. */
  private record Placement(Stage stage, Optional<LocalDate> closedDate, Visit visit) {}

  /** The stage from the history; empty before the deal's first change. */
  private Optional<Placement> placeByHistory(Instant at) {
    Optional<Stage> then = history.get().stageAt(at);
    if (then.isEmpty()) {
      return Optional.empty();
    }
    Stage stage = then.get();
    StageChange entered = null;
    StageChange next = null;
    for (StageChange c : history.get().changes()) {
      if (c.at().isAfter(at)) {
        next = c;
        break;
      }
      entered = c;
    }
    Optional<LocalDate> closedDate = stage.isClosed() ? Optional.of(LocalDate.ofInstant(entered.at(), zone))
        : Optional.empty();
    return Optional.of(new Placement(stage, closedDate, new Visit(Optional.of(entered.at()),
        Optional.ofNullable(next).map(StageChange::at))));
  }

  /** The current stage, for a deal without a history; empty before it was created. */
  private Optional<Placement> placeByRecord(Instant at) {
    LocalDate day = LocalDate.ofInstant(at, zone);
    LocalDate created = current.createdDate().orElseThrow(() -> error(at, "createdDate", null,
        "is required to place a deal without a stage history in time"));
    if (created.isAfter(day)) {
      return Optional.empty();
    }
    Stage stage = current.stage();
    Optional<LocalDate> closedDate = Optional.empty();
    if (stage.isClosed()) {
      LocalDate closed = current.closedDate().get();
      if (closed.isAfter(day)) {
        throw error(at, "stage", stage.id(), "cannot be told before the deal closed on " + closed
            + " without a stage history");
      }
      closedDate = Optional.of(closed);
    }
    return Optional.of(new Placement(stage, closedDate, new Visit(Optional.empty(), Optional.empty())));
  }

  /** The deal at an instant: the fields as they were then, the overrides in force in its visit. */
  private Deal dealThen(Instant at, Placement p) {
    Stage stage = p.stage();
    Map<String, Optional<Object>> values = new LinkedHashMap<>();
    changes.forEach((field, list) -> {
      if (!field.equals(PROBABILITY) && !field.equals(CATEGORY)) {
        list.stream().filter(c -> c.at().isAfter(at)).findFirst()
            .ifPresent(c -> values.put(field, c.valueBefore(currency())));
      }
    });
    try {
      Deal.Builder b = DealEdits.copy(current, stage, p.closedDate(), values);
      if (stage.isOpen()) {
        probabilityThen(at, p.visit()).filter(x -> !x.equals(stage.defaultProbability()))
            .ifPresent(x -> b.probabilityOverride(ProbabilityOverride.of(x, setBy(at))));
        categoryThen(at, p.visit()).filter(c -> c != stage.defaultForecastCategory())
            .ifPresent(b::forecastCategoryOverride);
      }
      return b.build();
    } catch (InvalidValueException e) {
      throw new InvalidValueException("deal " + current.id() + " as of " + at, e.violations());
    }
  }

  /** The stage visit an instant falls in: from its change (if known) to the next one (if any). */
  private record Visit(Optional<Instant> starts, Optional<Instant> ends) {
    boolean contains(Instant changeAt) {
      return starts.map(s -> !changeAt.isBefore(s)).orElse(true) && ends.map(e -> !changeAt.isAfter(e)).orElse(true);
    }
  }

  /** The effective probability at the instant, when the log or the current record tells it. */
  private Optional<Probability> probabilityThen(Instant at, Visit visit) {
    Optional<Optional<Object>> logged = loggedWithinVisit(PROBABILITY, at, visit);
    if (logged.isPresent()) {
      return logged.get().map(Probability.class::cast);
    }
    return visit.ends().isEmpty() ? current.probabilityOverride().map(ProbabilityOverride::probability)
        : Optional.empty();
  }

  /** The effective category at the instant, when the log or the current record tells it. */
  private Optional<ForecastCategory> categoryThen(Instant at, Visit visit) {
    Optional<Optional<Object>> logged = loggedWithinVisit(CATEGORY, at, visit);
    if (logged.isPresent()) {
      return logged.get().map(ForecastCategory.class::cast);
    }
    return visit.ends().isEmpty() ? current.forecastCategoryOverride() : Optional.empty();
  }

  /**
   * An override field's value at the instant from the changes recorded in its stage visit: the
   * value before the earliest change after the instant, else the value after the latest one at or
   * before it; empty when the visit has no change of the field.
   */
  private Optional<Optional<Object>> loggedWithinVisit(String field, Instant at, Visit visit) {
    FieldChange latest = null;
    for (FieldChange c : changes.getOrDefault(field, List.of())) {
      if (!visit.contains(c.at())) {
        if (c.at().isAfter(at)) {
          break;
        }
        continue;
      }
      if (c.at().isAfter(at)) {
        return Optional.of(c.valueBefore(currency()));
      }
      latest = c;
    }
    return latest == null ? Optional.empty() : Optional.of(latest.valueAfter(currency()));
  }

  /** Who set the probability in force at the instant: the latest change at or before it. */
  private String setBy(Instant at) {
    String by = current.probabilityOverride().map(ProbabilityOverride::setBy).orElse("unknown");
    for (FieldChange c : changes.getOrDefault(PROBABILITY, List.of())) {
      if (c.at().isAfter(at)) {
        break;
      }
      by = c.actor().orElse("unknown");
    }
    return by;
  }

  private Optional<Currency> currency() {
    return current.amount().map(Money::getCurrency);
  }

  /** Each field's latest change must lead to the current value (for overrides: within the current visit). */
  private void checkLatestChanges() {
    Optional<Instant> lastStageChange = history.map(h -> h.changes().get(h.changes().size() - 1).at());
    changes.forEach((field, list) -> {
      FieldChange latest = list.get(list.size() - 1);
      Optional<Object> after = latest.valueAfter(currency());
      Optional<Object> now;
      if (field.equals(PROBABILITY) || field.equals(CATEGORY)) {
        if (current.isClosed() || lastStageChange.map(s -> s.isAfter(latest.at())).orElse(false)) {
          return;
        }
        now = field.equals(PROBABILITY) ? Optional.of(current.effectiveProbability().probability())
            : Optional.of(current.effectiveForecastCategory());
      } else if (field.startsWith(DealField.ATTRIBUTE_PREFIX)) {
        now = current.attribute(field.substring(DealField.ATTRIBUTE_PREFIX.length())).map(Object.class::cast);
      } else {
        now = current.fieldValue(DealField.ofPath(field));
      }
      if (!same(after, now)) {
        throw new InvalidValueException("deal " + current.id(), List.of(new InvalidValueException.Violation(field,
            now.map(String::valueOf).orElse(null), "must be the value its latest change led to",
            "the change at " + latest.at() + " set " + latest.to().orElse("no value"))));
      }
    });
  }

  private static boolean same(Optional<Object> a, Optional<Object> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return a.isEmpty() && b.isEmpty();
    }
    if (a.get() instanceof BigDecimal x && b.get() instanceof BigDecimal y) {
      return x.compareTo(y) == 0;
    }
    return a.get().equals(b.get());
  }

  private InvalidValueException error(Instant at, String field, Object value, String rule) {
    return new InvalidValueException("deal " + current.id() + " as of " + at,
        List.of(new InvalidValueException.Violation(field, InvalidValueException.text(value), rule)));
  }
}
