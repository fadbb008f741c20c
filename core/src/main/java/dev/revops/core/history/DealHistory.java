package dev.revops.core.history;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.InvalidValueException;
import dev.revops.core.Validation;
import dev.revops.core.pipeline.Stage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The ordered stage changes of one deal.
 *
 * <p>Rules, checked at construction: at least one change; every change is of this deal; only the
 * first change may lack a {@linkplain StageChange#from() from} stage; each change's from stage is
 * the previous change's to stage (compared by stage id, so histories survive new definition
 * versions); instants never go back in time (equal instants are allowed, as CRMs record several
 * changes in one second).
 *
 * <p>Before the first change the stage is unknown: a history that starts with a from stage
 * (because the export began later) says nothing about how long the deal was in it.
 *
 * <pre>{@code
 * DealHistory h = DealHistory.of(List.of(created, qualified, won));
 * Optional<Stage> then = h.stageAt(Instant.parse("2026-02-01T00:00:00Z"));
 * List<StageVisit> visits = h.visits(asOf);   // the last one is current unless the deal closed
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDealHistory.class)
@JsonDeserialize(as = ImmutableDealHistory.class)
public abstract class DealHistory {
  /** Only the generated implementation extends this class, so every instance is validated. */
  DealHistory() {}

  /**
   * The deal.
   *
   * @return the deal id
   */
  public abstract String dealId();

  /**
   * The changes, oldest first.
   *
   * @return at least one change
   */
  public abstract List<StageChange> changes();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds histories; see {@link DealHistory} for the rules. */
  public static final class Builder extends ImmutableDealHistory.Builder {
    Builder() {}
  }

  /**
   * The history of the deal the changes belong to.
   *
   * @param changes the changes, oldest first; at least one
   * @return the history
   * @throws InvalidValueException if the changes break a rule of {@link DealHistory}
   */
  public static DealHistory of(List<StageChange> changes) {
    Objects.requireNonNull(changes, "changes");
    if (changes.isEmpty()) {
      throw new InvalidValueException("changes", "[]", "must contain at least one stage change");
    }
    return builder().dealId(changes.get(0).dealId()).addAllChanges(changes).build();
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("history of deal " + dealId());
    v.text("dealId", dealId());
    v.check(!changes().isEmpty(), "changes", "[]", "must contain at least one stage change");
    StageChange previous = null;
    // Details are built only for a broken rule: this check runs for every history of a batch.
    for (StageChange c : changes()) {
      if (!c.dealId().equals(dealId())) {
        v.check(false, "changes", c, "must all be changes of the history's deal", "the history is of deal " + dealId());
      }
      if (previous != null) {
        v.check(c.from().isPresent(), "changes", c,
            "must name the stage left (only the first change may create the deal)");
        Stage expected = previous.to();
        if (c.from().isPresent() && !c.from().get().id().equals(expected.id())) {
          v.check(false, "changes", c, "must leave the stage the previous change entered",
              "previous change entered " + expected.id());
        }
        if (c.at().isBefore(previous.at())) {
          v.check(false, "changes", c, "must not go back in time", "previous change at " + previous.at());
        }
      }
      previous = c;
    }
    v.throwIfInvalid();
  }

  /**
   * The stage the deal was in at an instant: the stage entered by the last change at or before it.
   *
   * @param instant the instant
   * @return the stage, or empty before the first change
   */
  public Optional<Stage> stageAt(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    Stage stage = null;
    for (StageChange c : changes()) {
      if (c.at().isAfter(instant)) {
        break;
      }
      stage = c.to();
    }
    return Optional.ofNullable(stage);
  }

  /**
   * The stage the last change entered.
   *
   * @return the latest stage
   */
  public Stage currentStage() {
    return changes().get(changes().size() - 1).to();
  }

  /**
   * When the deal was created, if the history begins with its creation.
   *
   * @return the first change's instant when it has no from stage
   */
  public Optional<Instant> createdAt() {
    StageChange first = changes().get(0);
    return first.from().isPresent() ? Optional.empty() : Optional.of(first.at());
  }

  /**
   * Every stay in a stage that began at or before {@code asOf}, oldest first. A visit whose exit
   * lies after {@code asOf} (or that has none) is current, with its duration running to
   * {@code asOf}; a deal that has closed ends with a current visit in its won or lost stage.
   *
   * @param asOf the instant the visits are seen from
   * @return the visits; empty when {@code asOf} is before the first change
   */
  public List<StageVisit> visits(Instant asOf) {
    Objects.requireNonNull(asOf, "asOf");
    List<StageVisit> visits = new ArrayList<>();
    List<StageChange> cs = changes();
    for (int i = 0; i < cs.size(); i++) {
      StageChange entry = cs.get(i);
      if (entry.at().isAfter(asOf)) {
        break;
      }
      StageVisit.Builder b = StageVisit.builder().stage(entry.to()).enteredAt(entry.at());
      StageChange exit = i + 1 < cs.size() ? cs.get(i + 1) : null;
      if (exit != null && !exit.at().isAfter(asOf)) {
        b.exitedAt(exit.at()).exitedTo(exit.to()).duration(Duration.between(entry.at(), exit.at()));
      } else {
        b.duration(Duration.between(entry.at(), asOf));
      }
      visits.add(b.build());
    }
    return Collections.unmodifiableList(visits);
  }

  /**
   * This history with one more change at the end.
   *
   * @param change the next change of this deal
   * @return the longer history
   * @throws InvalidValueException if the change does not continue this history
   */
  public DealHistory plus(StageChange change) {
    List<StageChange> all = new ArrayList<>(changes());
    all.add(Objects.requireNonNull(change, "change"));
    return builder().dealId(dealId()).addAllChanges(all).build();
  }
}
