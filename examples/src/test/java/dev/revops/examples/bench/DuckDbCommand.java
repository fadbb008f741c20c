package dev.revops.examples.bench;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * DuckDB's side of the whole-process benchmark, one JVM per run: loads what one command needs
 * from the CSV files through the JDBC driver, runs that command's query, prints one line per
 * figure (key, a tab, the figures), as {@link WholeProcessVsDuckDb#canonical} reads the CLI's JSON.
 *
 * <p>Arguments: {@code pipeline|velocity|conversion DEALS TRANSITIONS AS_OF}.
 */
public final class DuckDbCommand {
  private DuckDbCommand() {}

  /**
   * Runs one command's query.
   *
   * @param args the command, the deals file, the transitions file, the as-of date
   * @throws Exception when DuckDB fails
   */
  public static void main(String[] args) throws Exception {
    StringBuilder out = new StringBuilder();
    try (DuckDbAggregates db = new DuckDbAggregates(LibraryAggregates.DEFINITION, LocalDate.parse(args[3]))) {
      switch (args[0]) {
        case "pipeline" -> {
          db.loadDeals(Path.of(args[1]));
          db.weighted().forEach((k, v) -> out.append(k).append('\t').append(WholeProcessVsDuckDb.plain(v)).append('\n'));
        }
        case "velocity" -> {
          db.loadTransitions(Path.of(args[2]));
          db.timeInStage().forEach((k, v) -> out.append(k).append('\t').append(v.count()).append('|')
              .append(Math.round(v.meanSeconds() * v.count())).append('|')
              .append(WholeProcessVsDuckDb.plain(BigDecimal.valueOf(v.medianSeconds()))).append('\n'));
        }
        case "conversion" -> {
          db.loadTransitions(Path.of(args[2]));
          db.closedShare().forEach((k, v) -> out.append(k).append('\t').append(v.closed()).append('|')
              .append(v.won()).append('\n'));
        }
        default -> throw new IllegalArgumentException("unknown command " + args[0]);
      }
    }
    System.out.print(out);
  }
}
