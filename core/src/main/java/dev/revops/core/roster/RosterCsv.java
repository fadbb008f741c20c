package dev.revops.core.roster;

import dev.revops.core.io.CsvRow;
import dev.revops.core.io.CsvRowImporter;
import dev.revops.core.io.ImportOptions;
import dev.revops.core.io.ImportReport;
import dev.revops.core.io.Rejection;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads rosters from CSV, every row accepted or rejected once, with the guarantees of {@link
 * CsvRowImporter}. Rows are checked in file order against the rows accepted before them: a row that
 * would give a person two managers at once, leave a gap between a person's entries or make a cycle
 * is rejected, naming the entry it conflicts with.
 *
 * <p>Two layouts:
 * <ul>
 *   <li>{@link #read}: columns {@code person} (required), {@code manager}, {@code level},
 *       {@code from}, {@code to} (dates, {@code to} exclusive; blank for open-ended);</li>
 *   <li>{@link #readSalesTeams}: the sales-teams layout {@code sales_agent, manager,
 *       regional_office} (the Maven CRM sample's {@code sales_teams.csv}): each agent reports to the
 *       manager at level {@code agent}, each manager to the regional office at level {@code manager},
 *       each office is at the top at level {@code regional_office}, always. A manager named under a
 *       second office is a rejection of that row.</li>
 * </ul>
 *
 * <pre>
 * person,manager,level,from,to
 * west,,region,,
 * bo,west,manager,,
 * ana,bo,rep,,2026-07-01
 * ana,cy,rep,2026-07-01,
 * </pre>
 */
public final class RosterCsv {
  private RosterCsv() {}

  /**
   * Reads the {@code person, manager, level, from, to} layout.
   *
   * @param input the CSV
   * @param options import options (limits, source name)
   * @return the roster, report and rejected rows
   * @throws IOException if reading fails
   */
  public static RosterImport read(Reader input, ImportOptions options) throws IOException {
    Objects.requireNonNull(input, "input");
    Holder h = new Holder();
    CsvRowImporter<RosterEntry> importer = CsvRowImporter.<RosterEntry>of("roster entries", List.of("person"),
        row -> h.accept(row, entry(row))).withOptions(options);
    return h.finish(importer.read(input, e -> { }, h.rejected::add));
  }

  /**
   * Reads the sales-teams layout {@code sales_agent, manager, regional_office}.
   *
   * @param input the CSV
   * @param options import options (limits, source name)
   * @return the roster (agents, managers and offices), report and rejected rows
   * @throws IOException if reading fails
   */
  public static RosterImport readSalesTeams(Reader input, ImportOptions options) throws IOException {
    Objects.requireNonNull(input, "input");
    Holder h = new Holder();
    CsvRowImporter<String> importer = CsvRowImporter.<String>of("sales team rows",
        List.of("sales_agent", "manager", "regional_office"), h::salesTeam).withOptions(options);
    return h.finish(importer.read(input, e -> { }, h.rejected::add));
  }

  private static RosterEntry entry(CsvRow row) {
    Optional<String> person = row.require("person");
    Optional<LocalDate> from = row.date("from");
    Optional<LocalDate> to = row.date("to");
    if (row.hasProblems()) {
      return null;
    }
    person.ifPresent(row::recordId);
    return RosterEntry.builder().person(person.get()).manager(row.get("manager")).level(row.get("level"))
        .from(from).to(to).build();
  }

  /** The roster built so far, row by row, and the rejections. */
  private static final class Holder {
    Roster roster = Roster.empty();
    final List<Rejection> rejected = new ArrayList<>();

    RosterEntry accept(CsvRow row, RosterEntry entry) {
      if (entry == null) {
        return null;
      }
      var conflict = roster.conflict(entry);
      if (conflict.isPresent()) {
        row.problem(conflict.get().field(), conflict.get().rule(), conflict.get().detail());
        return null;
      }
      roster = roster.with(entry);
      return entry;
    }

    String salesTeam(CsvRow row) {
      Optional<String> agent = row.require("sales_agent");
      Optional<String> manager = row.require("manager");
      Optional<String> office = row.require("regional_office");
      if (row.hasProblems()) {
        return null;
      }
      row.recordId(agent.get());
      RosterEntry officeEntry = RosterEntry.builder().person(office.get()).level("regional_office").build();
      RosterEntry managerEntry = RosterEntry.builder().person(manager.get()).manager(office.get()).level("manager")
          .build();
      RosterEntry agentEntry = RosterEntry.builder().person(agent.get()).manager(manager.get()).level("agent").build();
      Optional<RosterEntry> knownManager = roster.entryOf(manager.get(), LocalDate.MIN);
      if (knownManager.isPresent() && !knownManager.get().equals(managerEntry)) {
        row.problem("manager", "is already under another regional office", "first as " + knownManager.get());
        return null;
      }
      Roster before = roster;
      for (RosterEntry e : List.of(officeEntry, managerEntry, agentEntry)) {
        if (e != agentEntry && roster.entryOf(e.person(), LocalDate.MIN).equals(Optional.of(e))) {
          continue;
        }
        if (accept(row, e) == null) {
          roster = before;
          return null;
        }
      }
      return agent.get();
    }

    RosterImport finish(ImportReport report) {
      return RosterImport.of(roster, report, rejected);
    }
  }
}
