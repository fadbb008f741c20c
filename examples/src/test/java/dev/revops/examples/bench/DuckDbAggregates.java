package dev.revops.examples.bench;

import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.Stage;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * DuckDB's side of the benchmark: the CSV files loaded into tables through its JDBC driver, and the
 * three aggregates as the SQL a data team would write, following the library's definitions (open
 * stages, the as-of cut-off, a blank probability meaning the stage's default).
 *
 * <p>One connection per instance, to an in-memory database; DuckDB uses every core by default.
 */
final class DuckDbAggregates implements AutoCloseable {
  private final Connection connection;
  private final PipelineDefinition definition;
  private final LocalDate asOf;

  /**
   * A new in-memory database.
   *
   * @param definition the stages (names, outcomes and default probabilities)
   * @param asOf the as-of date (changes on or after it are not counted)
   * @throws SQLException if DuckDB cannot start
   */
  DuckDbAggregates(PipelineDefinition definition, LocalDate asOf) throws SQLException {
    this.connection = DriverManager.getConnection("jdbc:duckdb:");
    this.definition = definition;
    this.asOf = asOf;
  }

  /**
   * Loads the two files into the tables {@code deals} and {@code transitions}.
   *
   * @param deals the deals CSV
   * @param transitions the transitions CSV
   * @throws SQLException if a file cannot be loaded
   */
  void load(Path deals, Path transitions) throws SQLException {
    loadDeals(deals);
    loadTransitions(transitions);
  }

  /** Loads the deals file into the table {@code deals}. */
  void loadDeals(Path deals) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("DROP TABLE IF EXISTS deals");
      // Money as exact decimals, as the library reads it; probability in percent, exact.
      s.execute("CREATE TABLE deals AS SELECT * FROM read_csv(" + literal(deals) + ", header = true, "
          + "types = {'amount': 'DECIMAL(18,2)', 'cost_to_close': 'DECIMAL(18,2)', 'probability': 'DECIMAL(9,4)', "
          + "'expected_close_date': 'DATE'})");
    }
  }

  /** Loads the transitions file into the table {@code transitions}. */
  void loadTransitions(Path transitions) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("DROP TABLE IF EXISTS transitions");
      s.execute("CREATE TABLE transitions AS SELECT * FROM read_csv(" + literal(transitions) + ", header = true, "
          + "types = {'from_stage': 'VARCHAR', 'to_stage': 'VARCHAR', 'changed_at': 'TIMESTAMP'})");
    }
  }

  /**
   * Runs the three queries on the loaded tables.
   *
   * @return the aggregates, the weighted pipeline rounded by the library's rule
   * @throws SQLException if a query fails
   */
  Aggregates aggregates() throws SQLException {
    return new Aggregates(weighted(), timeInStage(), closedShare());
  }

  /** The weighted pipeline of open deals by owner, currency and close quarter (needs {@code deals}). */
  SortedMap<String, BigDecimal> weighted() throws SQLException {
    String open = names(Stage::isOpen);
    String defaults = definition.stages().stream().filter(Stage::isOpen)
        .map(st -> "WHEN " + quote(st.displayName()) + " THEN " + st.defaultProbability().toBigDecimal().movePointRight(2)
            .toPlainString())
        .collect(Collectors.joining(" ", "CASE stage ", " END"));
    Map<String, BigDecimal> exact = new TreeMap<>();
    try (Statement s = connection.createStatement()) {
      try (ResultSet r = s.executeQuery("SELECT owner, currency, "
          + "year(expected_close_date) || '-Q' || quarter(expected_close_date) AS close_quarter, "
          + "sum(amount * coalesce(probability, " + defaults + ")) AS weighted_percent "
          + "FROM deals WHERE stage IN " + open + " AND amount IS NOT NULL AND expected_close_date IS NOT NULL "
          + "GROUP BY ALL")) {
        while (r.next()) {
          exact.put(r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3),
              r.getBigDecimal(4).movePointLeft(2));
        }
      }
    }
    return rounded(exact);
  }

  /** Time in stage per open stage (needs {@code transitions}). */
  SortedMap<String, Aggregates.Visits> timeInStage() throws SQLException {
    String open = names(Stage::isOpen);
    String cutOff = "TIMESTAMP '" + asOf + " 00:00:00'";
    try (Statement s = connection.createStatement()) {
      SortedMap<String, Aggregates.Visits> visits = new TreeMap<>();
      // Ties in changed_at within a deal (a zero-second visit) have no defined order here; the
      // library keeps file order. Neither generator writes them in practice.
      try (ResultSet r = s.executeQuery("WITH t AS (SELECT * FROM transitions WHERE changed_at < " + cutOff + "), "
          + "v AS (SELECT to_stage AS stage, date_diff('second', changed_at, "
          + "lead(changed_at) OVER (PARTITION BY deal_id ORDER BY changed_at)) AS secs FROM t) "
          + "SELECT stage, count(*), sum(secs), quantile_cont(secs, 0.5) FROM v "
          + "WHERE secs IS NOT NULL AND stage IN " + open + " GROUP BY stage")) {
        while (r.next()) {
          long n = r.getLong(2);
          visits.put(r.getString(1), new Aggregates.Visits(n, r.getBigDecimal(3).doubleValue() / n, r.getDouble(4)));
        }
      }
      return visits;
    }
  }

  /** Per open stage, the closed deals that passed through it and how many were won (needs {@code transitions}). */
  SortedMap<String, Aggregates.Passed> closedShare() throws SQLException {
    String open = names(Stage::isOpen);
    String closed = names(Stage::isClosed);
    String won = names(Stage::isWon);
    String cutOff = "TIMESTAMP '" + asOf + " 00:00:00'";
    try (Statement s = connection.createStatement()) {
      SortedMap<String, Aggregates.Passed> passed = new TreeMap<>();
      try (ResultSet r = s.executeQuery("WITH t AS (SELECT * FROM transitions WHERE changed_at < " + cutOff + "), "
          + "final AS (SELECT deal_id, arg_max(to_stage, changed_at) AS stage FROM t GROUP BY deal_id), "
          + "closed AS (SELECT deal_id, stage IN " + won + " AS won FROM final WHERE stage IN " + closed + "), "
          + "passed AS (SELECT deal_id, to_stage AS stage FROM t WHERE to_stage IN " + open
          + " UNION SELECT deal_id, from_stage FROM t WHERE from_stage IN " + open + ") "
          + "SELECT stage, count(*), count(*) FILTER (WHERE won) FROM passed JOIN closed USING (deal_id) "
          + "GROUP BY stage")) {
        while (r.next()) {
          passed.put(r.getString(1), new Aggregates.Passed(r.getLong(2), r.getLong(3)));
        }
      }
      return passed;
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }

  /**
   * The library's rule for group amounts, applied to DuckDB's exact sums: within a currency, the
   * groups (in the library's order, owner then close quarter) round so that they add up to their
   * total rounded half-even: each down, the missing minor units to the largest discarded fractions,
   * ties to the earlier group. Written again here, from the rule, so that the check is independent.
   */
  static SortedMap<String, BigDecimal> rounded(Map<String, BigDecimal> exact) {
    Map<String, List<String>> byCurrency = new TreeMap<>();
    exact.keySet().forEach(k -> byCurrency.computeIfAbsent(k.split("\\|", -1)[1], c -> new ArrayList<>()).add(k));
    SortedMap<String, BigDecimal> out = new TreeMap<>();
    byCurrency.forEach((currency, keys) -> {
      int digits = java.util.Currency.getInstance(currency).getDefaultFractionDigits();
      keys.sort(Comparator.comparing((String k) -> k.split("\\|", -1)[0]).thenComparing(k -> k.split("\\|", -1)[2]));
      BigDecimal total = BigDecimal.ZERO;
      BigDecimal[] floors = new BigDecimal[keys.size()];
      BigDecimal[] fractions = new BigDecimal[keys.size()];
      BigDecimal sumFloors = BigDecimal.ZERO;
      for (int i = 0; i < keys.size(); i++) {
        BigDecimal minor = exact.get(keys.get(i)).movePointRight(digits);
        total = total.add(minor);
        floors[i] = minor.setScale(0, java.math.RoundingMode.FLOOR);
        fractions[i] = minor.subtract(floors[i]);
        sumFloors = sumFloors.add(floors[i]);
      }
      long missing = total.setScale(0, java.math.RoundingMode.HALF_EVEN).subtract(sumFloors).longValueExact();
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < keys.size(); i++) {
        order.add(i);
      }
      order.sort((a, b) -> fractions[b].compareTo(fractions[a]));
      for (int k = 0; k < missing; k++) {
        floors[order.get(k)] = floors[order.get(k)].add(BigDecimal.ONE);
      }
      for (int i = 0; i < keys.size(); i++) {
        out.put(keys.get(i), floors[i].movePointLeft(digits));
      }
    });
    return out;
  }

  private String names(java.util.function.Predicate<Stage> which) {
    return definition.stages().stream().filter(which).map(st -> quote(st.displayName()))
        .collect(Collectors.joining(", ", "(", ")"));
  }

  private static String quote(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  private static String literal(Path file) {
    return quote(file.toAbsolutePath().toString());
  }
}
