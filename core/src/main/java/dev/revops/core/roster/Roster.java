package dev.revops.core.roster;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.revops.core.InvalidValueException;
import dev.revops.core.InvalidValueException.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The sales hierarchy with dated moves: who each person reports to, at which level, on any date.
 *
 * <p>Its rules, checked as entries are added: a person has at most one entry on any day (never two
 * managers at once); a person's entries leave no gap between them (a person who left and came back
 * is a new name or a closed gap); and no day has a cycle (a person above themselves). A manager
 * without an entry of their own on a day is the top of their chain that day.
 *
 * <p>Immutable and thread-safe. JSON: the list of its {@link RosterEntry}s.
 *
 * <pre>{@code
 * Roster r = Roster.of(List.of(
 *     RosterEntry.builder().person("west").level("region").build(),
 *     RosterEntry.builder().person("bo").manager("west").level("manager").build(),
 *     RosterEntry.builder().person("ana").manager("bo").level("rep").build()));
 * r.chainOf("ana", LocalDate.parse("2026-05-01"));               // [ana, bo, west]
 * r.atLevel("ana", "region", LocalDate.parse("2026-05-01"));     // Optional[west]
 * }</pre>
 */
public final class Roster {
  /** The most entries a roster holds; more is a rejection of the extra entries. */
  public static final int MAX_ENTRIES = 50_000;
  /** The most people in one chain (person, manager, manager's manager...). */
  public static final int MAX_DEPTH = 64;

  private static final Comparator<RosterEntry> BY_FROM =
      Comparator.comparing(e -> e.from().orElse(LocalDate.MIN));

  private final List<RosterEntry> entries;
  private final Map<String, List<RosterEntry>> byPerson;

  private Roster(List<RosterEntry> entries, Map<String, List<RosterEntry>> byPerson) {
    this.entries = entries;
    this.byPerson = byPerson;
  }

  /**
   * The roster without anyone.
   *
   * @return an empty roster
   */
  public static Roster empty() {
    return new Roster(List.of(), Map.of());
  }

  /**
   * A roster of entries, checked in order.
   *
   * @param entries the entries
   * @return the roster
   * @throws InvalidValueException listing every entry that breaks a rule (overlap, gap, cycle, size)
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Roster of(List<RosterEntry> entries) {
    Objects.requireNonNull(entries, "entries");
    Roster r = empty();
    List<Violation> problems = new ArrayList<>();
    for (RosterEntry e : entries) {
      Optional<Violation> p = r.conflict(e);
      if (p.isPresent()) {
        problems.add(p.get());
      } else {
        r = r.with(e);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidValueException("roster", problems);
    }
    return r;
  }

  /**
   * The entries, in the order they were added.
   *
   * @return the entries
   */
  @JsonValue
  public List<RosterEntry> entries() {
    return entries;
  }

  /**
   * Why an entry cannot join this roster: it overlaps an entry of the same person, leaves a gap
   * after or before one, makes a cycle on some day, or the roster is full.
   *
   * @param entry a candidate entry
   * @return the broken rule naming the field, value and the entry it conflicts with; empty if it fits
   */
  public Optional<Violation> conflict(RosterEntry entry) {
    Objects.requireNonNull(entry, "entry");
    if (entries.size() >= MAX_ENTRIES) {
      return Optional.of(new Violation("person", entry.person(), "is beyond the roster's limit of entries",
          MAX_ENTRIES + " entries at most"));
    }
    List<RosterEntry> own = byPerson.getOrDefault(entry.person(), List.of());
    for (RosterEntry o : own) {
      if (o.overlaps(entry)) {
        return Optional.of(new Violation("from", entry.range(), "must not overlap another entry of the person "
            + "(two managers at once)", "the other entry is " + o));
      }
    }
    Optional<Violation> gap = gap(entry, own);
    return gap.isPresent() ? gap : cycle(entry);
  }

  /** Entries of one person never overlap (checked first), so sorted by start each ends where the next begins. */
  private static Optional<Violation> gap(RosterEntry entry, List<RosterEntry> own) {
    List<RosterEntry> all = new ArrayList<>(own);
    all.add(entry);
    all.sort(BY_FROM);
    for (int i = 1; i < all.size(); i++) {
      RosterEntry prev = all.get(i - 1);
      RosterEntry next = all.get(i);
      boolean gap = prev.to().isPresent() && next.from().isPresent() && prev.to().get().isBefore(next.from().get());
      if (gap && (prev == entry || next == entry)) {
        RosterEntry other = prev == entry ? next : prev;
        return Optional.of(new Violation(prev == entry ? "to" : "from", entry.range(),
            "must not leave a gap between entries of the person", "the other entry is " + other));
      }
    }
    return Optional.empty();
  }

  private Optional<Violation> cycle(RosterEntry entry) {
    if (entry.manager().isEmpty()) {
      return Optional.empty();
    }
    List<LocalDate> days = new ArrayList<>();
    days.add(entry.from().orElse(LocalDate.MIN));
    for (RosterEntry e : entries) {
      e.from().filter(entry::covers).ifPresent(days::add);
      e.to().filter(entry::covers).ifPresent(days::add);
    }
    for (LocalDate day : days) {
      List<String> chain = chainOf(entry.manager().get(), day);
      if (chain.contains(entry.person())) {
        return Optional.of(new Violation("manager", entry.manager().get(), "must not make a cycle",
            "on " + (day.equals(LocalDate.MIN) ? "any day" : day) + " " + entry.manager().get() + " reports to "
                + String.join(" -> ", chain.subList(1, chain.size()))));
      }
      if (chain.size() >= MAX_DEPTH) {
        return Optional.of(new Violation("manager", entry.manager().get(), "must not make a chain deeper than "
            + MAX_DEPTH, "on " + day));
      }
    }
    return Optional.empty();
  }

  /**
   * This roster with one more entry.
   *
   * @param entry the entry
   * @return a new roster
   * @throws InvalidValueException if the entry conflicts (see {@link #conflict})
   */
  public Roster with(RosterEntry entry) {
    Optional<Violation> p = conflict(entry);
    if (p.isPresent()) {
      throw new InvalidValueException("roster", List.of(p.get()));
    }
    List<RosterEntry> all = new ArrayList<>(entries);
    all.add(entry);
    Map<String, List<RosterEntry>> index = new HashMap<>(byPerson);
    List<RosterEntry> own = new ArrayList<>(index.getOrDefault(entry.person(), List.of()));
    own.add(entry);
    own.sort(BY_FROM);
    index.put(entry.person(), Collections.unmodifiableList(own));
    return new Roster(Collections.unmodifiableList(all), index);
  }

  /**
   * The person's entry holding on a day.
   *
   * @param person a person
   * @param date a day
   * @return the entry; empty if the person is not in the roster that day
   */
  public Optional<RosterEntry> entryOf(String person, LocalDate date) {
    Objects.requireNonNull(date, "date");
    return byPerson.getOrDefault(Objects.requireNonNull(person, "person"), List.of()).stream()
        .filter(e -> e.covers(date)).findFirst();
  }

  /**
   * The person and everyone above them on a day, nearest first.
   *
   * @param person a person
   * @param date a day
   * @return for example {@code [ana, bo, west]}; just {@code [person]} if they have no entry that day
   */
  public List<String> chainOf(String person, LocalDate date) {
    List<String> chain = new ArrayList<>();
    chain.add(Objects.requireNonNull(person, "person"));
    Optional<String> next = entryOf(person, date).flatMap(RosterEntry::manager);
    while (next.isPresent() && chain.size() < MAX_DEPTH && !chain.contains(next.get())) {
      chain.add(next.get());
      next = entryOf(next.get(), date).flatMap(RosterEntry::manager);
    }
    return List.copyOf(chain);
  }

  /**
   * The person's level on a day.
   *
   * @param person a person
   * @param date a day
   * @return the level of their entry that day, if any
   */
  public Optional<String> levelOf(String person, LocalDate date) {
    return entryOf(person, date).flatMap(RosterEntry::level);
  }

  /**
   * Who stands at a level in the person's chain on a day: the person themselves or someone above.
   *
   * @param person a person
   * @param level a level's name
   * @param date a day
   * @return the nearest member of the chain at that level; empty if none
   */
  public Optional<String> atLevel(String person, String level, LocalDate date) {
    Objects.requireNonNull(level, "level");
    return chainOf(person, date).stream().filter(p -> levelOf(p, date).equals(Optional.of(level))).findFirst();
  }

  /**
   * The level names the entries use.
   *
   * @return the levels, sorted
   */
  public SortedSet<String> levels() {
    TreeSet<String> levels = new TreeSet<>();
    entries.forEach(e -> e.level().ifPresent(levels::add));
    return Collections.unmodifiableSortedSet(levels);
  }

  /**
   * Everyone with an entry.
   *
   * @return the people, sorted
   */
  public SortedSet<String> people() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(byPerson.keySet()));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Roster && ((Roster) o).entries.equals(entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  /**
   * The size.
   *
   * @return for example {@code "roster of 35 entries, 35 people"}
   */
  @Override
  public String toString() {
    return "roster of " + entries.size() + " entries, " + byPerson.size() + " people";
  }
}
