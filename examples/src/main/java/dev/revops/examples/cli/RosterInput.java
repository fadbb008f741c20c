package dev.revops.examples.cli;

import dev.revops.core.dimension.OpenDimension;
import dev.revops.core.io.ImportReport;
import dev.revops.core.roster.CreditDate;
import dev.revops.core.roster.Roster;
import dev.revops.core.roster.RosterImport;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --roster FILE} and {@code --credit DAY} for a command that groups deals: the sales hierarchy
 * {@code level:NAME} dimensions are looked up in, and the day a deal is credited to it on; and the
 * open {@code --group-by} names read against it, unknown names a one-line error listing what exists.
 */
final class RosterInput {

  @Option(names = "--roster", paramLabel = "FILE",
      description = "The sales hierarchy for --group-by level:NAME: CSV person,manager,level,from,to, or the "
          + "sales-teams layout sales_agent,manager,regional_office (told apart by the header).")
  Path roster;

  @Option(names = "--credit", paramLabel = "DAY",
      description = "With --roster, the day a deal is credited to the hierarchy on: close-date (closed date, or "
          + "expected close date if open) or as-of (default: close-date).")
  String credit;

  /** Whether another part of the command reads --credit without --roster (review per manager on the sample). */
  boolean creditReadElsewhere;

  /** The roster read, when --roster was given. */
  private Optional<RosterImport> read = Optional.empty();

  /**
   * Reads the roster, once, when --roster is given; its rejections become a note.
   *
   * @param encoding the text encoding of the inputs
   * @param notes where a warning about rejected rows goes
   * @return the roster read, or empty without --roster
   */
  Optional<RosterImport> read(Charset encoding, List<String> notes) {
    if (credit != null && roster == null && !creditReadElsewhere) {
      throw new CliException("--credit needs --roster (the hierarchy deals are credited to)");
    }
    if (roster == null || read.isPresent()) {
      return read;
    }
    read = Optional.of(CallInputs.roster(roster, encoding, notes));
    return read;
  }

  /**
   * The roster, after {@link #read}.
   *
   * @return the roster, or empty without --roster
   */
  Optional<Roster> roster() {
    return read.map(RosterImport::roster);
  }

  /**
   * The credit day, named whenever a roster is given.
   *
   * @return the credit day, or empty without --roster
   */
  Optional<CreditDate> creditDate() {
    if (roster == null) {
      return Optional.empty();
    }
    String c = credit == null ? "close-date" : credit.strip().toLowerCase(Locale.ROOT);
    switch (c) {
      case "close-date":
        return Optional.of(CreditDate.CLOSE_DATE);
      case "as-of":
        return Optional.of(CreditDate.AS_OF);
      default:
        throw new CliException("--credit: '" + credit + "' must be close-date or as-of");
    }
  }

  /**
   * Reads --group-by names against the roster (read first): a deal field, account, attribute:NAME,
   * level:NAME.
   *
   * @param names the names given
   * @param option the option's name, for errors
   * @return the dimensions, in order
   */
  List<OpenDimension> dimensions(List<String> names, String option) {
    Roster r = roster().orElse(Roster.empty());
    List<OpenDimension> out = new ArrayList<>();
    for (String n : names) {
      OpenDimension d = Options.value(() -> OpenDimension.parse(n.strip(), r), option);
      if (d.level().isPresent() && roster == null) {
        throw new CliException(option + ": '" + n.strip() + "' needs --roster FILE (the hierarchy its levels are in)");
      }
      out.add(d);
    }
    return out;
  }

  /**
   * The roster's import report and levels, for a command's JSON output.
   *
   * @return the report and levels, or empty without --roster
   */
  Optional<Map<String, Object>> json() {
    return read.map(r -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("report", r.report());
      m.put("levels", r.roster().levels());
      m.put("creditDate", creditDate().orElseThrow());
      return m;
    });
  }

  /**
   * The roster's line of a command's text output.
   *
   * @return the line, or empty without --roster
   */
  Optional<String> line() {
    return read.map(r -> {
      ImportReport rep = r.report();
      return String.format(Locale.ROOT, "Roster: %s: %,d rows read, %,d accepted, %,d rejected; levels %s; deals "
              + "credited on their %s", rep.source().orElse("input"), rep.rowsRead(), rep.rowsAccepted(),
          rep.rowsRejected(), r.roster().levels(), creditDate().orElseThrow() == CreditDate.AS_OF ? "as-of date"
              : "close date");
    });
  }

}
