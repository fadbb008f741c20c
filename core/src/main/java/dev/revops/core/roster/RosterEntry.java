package dev.revops.core.roster;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One dated line of a roster: a person, who they report to and at which level, from a date
 * (inclusive) until a date (exclusive). Without a manager the person is at the top of the
 * hierarchy; without a {@code from} the entry holds since always, without a {@code to} it still
 * holds.
 *
 * <p>JSON: {@code {"person": "ana", "manager": "bo", "level": "rep", "from": "2026-07-01"}}.
 *
 * <pre>{@code
 * RosterEntry e = RosterEntry.builder().person("ana").manager("bo").level("rep")
 *     .from(LocalDate.parse("2026-07-01")).build();
 * e.covers(LocalDate.parse("2026-06-30"));   // false
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRosterEntry.class)
@JsonDeserialize(as = ImmutableRosterEntry.class)
public abstract class RosterEntry {

  /** Only the generated implementation extends this class, so every instance is validated. */
  RosterEntry() {}

  /**
   * The person, as deals name their owner.
   *
   * @return a non-blank name
   */
  public abstract String person();

  /**
   * Who the person reports to.
   *
   * @return the manager; empty at the top of the hierarchy
   */
  public abstract Optional<String> manager();

  /**
   * The person's level in the hierarchy, for grouping ({@code rep}, {@code manager},
   * {@code region}...).
   *
   * @return the level's name, if given
   */
  public abstract Optional<String> level();

  /**
   * The first day the entry holds.
   *
   * @return the day, inclusive; empty for since always
   */
  public abstract Optional<LocalDate> from();

  /**
   * The first day the entry no longer holds.
   *
   * @return the day, exclusive; empty while it still holds
   */
  public abstract Optional<LocalDate> to();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds roster entries. */
  public static final class Builder extends ImmutableRosterEntry.Builder {
    Builder() {}
  }

  /**
   * Whether the entry holds on a day.
   *
   * @param date a day
   * @return true when {@code from <= date < to}
   */
  public boolean covers(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return from().map(f -> !date.isBefore(f)).orElse(true) && to().map(date::isBefore).orElse(true);
  }

  /**
   * Whether two entries hold on a common day.
   *
   * @param other another entry
   * @return true when their date ranges overlap
   */
  public boolean overlaps(RosterEntry other) {
    Objects.requireNonNull(other, "other");
    boolean otherEndsAfterStart = other.to().isEmpty() || from().isEmpty() || other.to().get().isAfter(from().get());
    boolean endsAfterOtherStart = to().isEmpty() || other.from().isEmpty() || to().get().isAfter(other.from().get());
    return otherEndsAfterStart && endsAfterOtherStart;
  }

  /**
   * The entry's range in words.
   *
   * @return for example {@code "2026-01-01 to 2026-07-01"} or {@code "always"}
   */
  @JsonIgnore
  public String range() {
    if (from().isEmpty() && to().isEmpty()) {
      return "always";
    }
    return from().map(LocalDate::toString).orElse("always") + " to " + to().map(LocalDate::toString).orElse("now");
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("roster entry of " + person());
    v.text("person", person());
    v.text("manager", manager());
    v.text("level", level());
    v.check(!manager().equals(Optional.of(person())), "manager", manager().orElse(""), "must not be the person");
    if (from().isPresent() && to().isPresent()) {
      v.check(to().get().isAfter(from().get()), "to", to().get(), "must be after from", "from is " + from().get());
    }
    v.throwIfInvalid();
  }

  /**
   * The person, manager, level and range.
   *
   * @return for example {@code "ana -> bo (rep, 2026-07-01 to now)"}
   */
  @Override
  public String toString() {
    return person() + " -> " + manager().orElse("(top)") + " (" + level().map(l -> l + ", ").orElse("") + range() + ")";
  }
}
