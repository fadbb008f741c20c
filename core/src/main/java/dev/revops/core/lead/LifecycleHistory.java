package dev.revops.core.lead;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.InvalidValueException;
import dev.revops.core.Validation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The ordered lifecycle changes of one lead, validated like a deal's stage history
 * ({@link dev.revops.core.history.DealHistory}).
 *
 * <p>Rules, checked at construction: at least one change; every change is of this lead; only the
 * first change may lack a {@linkplain LifecycleChange#from() from} stage; each change's from stage
 * is the previous change's to stage; instants never go back in time (equal instants are allowed,
 * as CRMs record several changes in one second).
 *
 * <pre>{@code
 * LifecycleHistory h = LifecycleHistory.of(List.of(created, mql, sql));
 * h.firstEntry("marketingqualifiedlead");   // Optional[2026-03-02T14:00:00Z]
 * h.stageAt(Instant.parse("2026-03-01T00:00:00Z"));   // Optional[lead]
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLifecycleHistory.class)
@JsonDeserialize(as = ImmutableLifecycleHistory.class)
public abstract class LifecycleHistory {
  /** Only the generated implementation extends this class, so every instance is validated. */
  LifecycleHistory() {}

  /**
   * The lead.
   *
   * @return the lead id
   */
  public abstract String leadId();

  /**
   * The changes, oldest first.
   *
   * @return at least one change
   */
  public abstract List<LifecycleChange> changes();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds histories; see {@link LifecycleHistory} for the rules. */
  public static final class Builder extends ImmutableLifecycleHistory.Builder {
    Builder() {}
  }

  /**
   * The history of the lead the changes belong to.
   *
   * @param changes the changes, oldest first; at least one
   * @return the history
   * @throws InvalidValueException if the changes break a rule of {@link LifecycleHistory}
   */
  public static LifecycleHistory of(List<LifecycleChange> changes) {
    Objects.requireNonNull(changes, "changes");
    if (changes.isEmpty()) {
      throw new InvalidValueException("changes", "[]", "must contain at least one lifecycle change");
    }
    return builder().leadId(changes.get(0).leadId()).addAllChanges(changes).build();
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("lifecycle history of lead " + leadId());
    v.text("leadId", leadId());
    v.check(!changes().isEmpty(), "changes", "[]", "must contain at least one lifecycle change");
    LifecycleChange previous = null;
    for (LifecycleChange c : changes()) {
      if (!c.leadId().equals(leadId())) {
        v.check(false, "changes", c, "must all be changes of the history's lead", "the history is of lead " + leadId());
      }
      if (previous != null) {
        v.check(c.from().isPresent(), "changes", c,
            "must name the stage left (only the first change may create the lead)");
        if (c.from().isPresent() && !c.from().get().equals(previous.to())) {
          v.check(false, "changes", c, "must leave the stage the previous change entered",
              "previous change entered " + previous.to());
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
   * The stage the lead was in at an instant: the stage entered by the last change at or before it.
   *
   * @param instant the instant
   * @return the stage id, or empty before the first change
   */
  public Optional<String> stageAt(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    String stage = null;
    for (LifecycleChange c : changes()) {
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
   * @return the latest stage id
   */
  @JsonIgnore
  public String currentStage() {
    return changes().get(changes().size() - 1).to();
  }

  /**
   * When the lead first entered a stage.
   *
   * @param stageId a stage id
   * @return the instant of the first change into it; empty when it never entered it
   */
  public Optional<Instant> firstEntry(String stageId) {
    Objects.requireNonNull(stageId, "stageId");
    for (LifecycleChange c : changes()) {
      if (c.to().equals(stageId)) {
        return Optional.of(c.at());
      }
    }
    return Optional.empty();
  }

  /**
   * The first entry into every stage the lead entered, in the order entered.
   *
   * @return stage id to the instant of its first entry
   */
  public Map<String, Instant> firstEntries() {
    Map<String, Instant> out = new LinkedHashMap<>();
    for (LifecycleChange c : changes()) {
      out.putIfAbsent(c.to(), c.at());
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * This history with one more change at the end.
   *
   * @param change the next change of this lead
   * @return the longer history
   * @throws InvalidValueException if the change does not continue this history
   */
  public LifecycleHistory plus(LifecycleChange change) {
    List<LifecycleChange> all = new ArrayList<>(changes());
    all.add(Objects.requireNonNull(change, "change"));
    return builder().leadId(leadId()).addAllChanges(all).build();
  }
}
