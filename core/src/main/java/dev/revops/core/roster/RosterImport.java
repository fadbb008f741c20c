package dev.revops.core.roster;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.io.ImportReport;
import dev.revops.core.io.Rejection;
import java.util.List;
import org.immutables.value.Value;

/**
 * What reading a roster gave: the roster of the accepted rows, the import report (every row
 * accepted or rejected once) and the rejected rows with their problems.
 *
 * <pre>{@code
 * RosterImport r = RosterCsv.read(reader, ImportOptions.defaults());
 * r.report().rowsRead();   // = rowsAccepted + rowsRejected
 * r.roster().chainOf("ana", LocalDate.parse("2026-05-01"));
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRosterImport.class)
public abstract class RosterImport {

  /** Only the generated implementation extends this class. */
  RosterImport() {}

  /**
   * The roster of the accepted rows.
   *
   * @return the roster
   */
  public abstract Roster roster();

  /**
   * The import report.
   *
   * @return rows read, accepted, rejected, rejections by reason
   */
  public abstract ImportReport report();

  /**
   * The rejected rows.
   *
   * @return each with its row number and problems
   */
  public abstract List<Rejection> rejected();

  static RosterImport of(Roster roster, ImportReport report, List<Rejection> rejected) {
    return ImmutableRosterImport.builder().roster(roster).report(report).addAllRejected(rejected).build();
  }
}
