package dev.revops.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Maven CRM figures of the README ("The Maven CRM sample, deals only"): each block is what its
 * documented command prints, and each figure equals one computed here from the CSV files with
 * nothing of the library (plain splitting, BigDecimal sums). Skipped when ../shared is absent.
 */
class MavenCrmReadmeTest {
  static final Path DIR = Path.of(System.getProperty("revops.shared.dir", "../../shared"),
      "data/maven-crm-sales-opportunities");
  static List<String[]> pipeline;
  static Map<String, String> managerOf = new HashMap<>();
  static Map<String, String> officeOf = new HashMap<>();
  static Map<String, BigDecimal> priceOf = new HashMap<>();

  static List<String[]> rows(String file) throws IOException {
    List<String[]> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(DIR.resolve(file), StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      if (!line.isBlank()) {
        out.add(line.replace("\r", "").split(",", -1));
      }
    }
    return out;
  }

  @BeforeAll
  static void readTheFiles() throws IOException {
    assumeTrue(Files.isRegularFile(DIR.resolve("sales_pipeline.csv")), "shared dataset not present: " + DIR);
    pipeline = rows("sales_pipeline.csv");
    rows("sales_teams.csv").forEach(r -> {
      managerOf.put(r[0], r[1]);
      officeOf.put(r[0], r[2]);
    });
    // the pipeline writes GTXPro for the list's GTX Pro: compared without spaces
    rows("products.csv").forEach(r -> priceOf.put(r[0].replace(" ", ""), new BigDecimal(r[2])));
  }

  /** Figures of one group, computed from the rows. */
  static final class Figures {
    long won;
    long lost;
    long open;
    BigDecimal wonSum = BigDecimal.ZERO;
    final List<Long> wonDays = new ArrayList<>();
    final List<Long> closedDays = new ArrayList<>();

    void add(String[] r) {
      if (r[4].equals("Won") || r[4].equals("Lost")) {
        long days = ChronoUnit.DAYS.between(LocalDate.parse(r[5]), LocalDate.parse(r[6]));
        closedDays.add(days);
        if (r[4].equals("Won")) {
          won++;
          wonSum = wonSum.add(new BigDecimal(r[7]));
          wonDays.add(days);
        } else {
          lost++;
        }
      } else {
        open++;
      }
    }

    /** The cells the README row must have after its key. */
    List<String> cells() {
      double rate = 100.0 * won / (won + lost);
      return List.of(String.format(Locale.ROOT, "%,d", won), String.format(Locale.ROOT, "%,d", lost),
          String.format(Locale.ROOT, "%,d", open), String.format(Locale.ROOT, "%.1f%%", rate),
          "USD " + wonSum.divide(BigDecimal.valueOf(won), 2, RoundingMode.HALF_EVEN).toPlainString(),
          mean(wonDays), median(wonDays), mean(closedDays), median(closedDays));
    }

    static String mean(List<Long> days) {
      long sum = days.stream().mapToLong(Long::longValue).sum();
      return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(days.size()), 2, RoundingMode.HALF_EVEN).toPlainString();
    }

    static String median(List<Long> days) {
      List<Long> s = new ArrayList<>(days);
      Collections.sort(s);
      int n = s.size();
      BigDecimal m = n % 2 == 1 ? BigDecimal.valueOf(s.get(n / 2))
          : BigDecimal.valueOf(s.get(n / 2 - 1) + s.get(n / 2)).divide(BigDecimal.valueOf(2));
      return m.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }
  }

  static Map<String, Figures> byKey(Function<String[], String> key) {
    Map<String, Figures> out = new TreeMap<>();
    for (String[] r : pipeline) {
      out.computeIfAbsent(key.apply(r), k -> new Figures()).add(r);
      out.computeIfAbsent("(all)", k -> new Figures()).add(r);
    }
    return out;
  }

  /** The documented command's output holds the README block line for line. */
  static List<String> checkedBlock(String name) {
    List<String> block = ReadmeBlocks.block(name);
    String command = ReadmeBlocks.command(name).replace("$D", DIR.toString());
    RevopsCliTest.Run run = RevopsCliTest.run(ReadmeBlocks.args(command));
    assertEquals(0, run.status(), run.err());
    for (String line : block) {
      assertTrue(run.out().lines().anyMatch(l -> l.stripTrailing().equals(line.stripTrailing())),
          name + ": the command does not print the README's line\n" + line + "\nit prints:\n" + run.out());
    }
    return block;
  }

  static void checkTable(String name, Map<String, Figures> expected) {
    List<String> block = checkedBlock(name);
    List<String> rows = block.subList(1, block.size());
    assertEquals(expected.size(), rows.size(), name);
    for (String row : rows) {
      List<String> cells = ReadmeBlocks.cells(row);
      Figures f = expected.get(cells.get(0));
      assertTrue(f != null, name + ": no such group in the data: " + cells.get(0));
      assertEquals(f.cells(), cells.subList(1, cells.size()), name + " " + cells.get(0));
    }
  }

  @Test
  void win_rate_average_won_deal_and_won_cycle_by_product_are_the_files_own() {
    checkTable("maven-winloss-product", byKey(r -> r[2]));
  }

  @Test
  void win_rate_by_manager_joins_the_sales_teams_file() {
    checkTable("maven-winloss-manager", byKey(r -> managerOf.get(r[1])));
  }

  @Test
  void velocity_without_transitions_gives_the_win_rate_and_cycles_by_product_from_the_deals_alone() {
    checkTable("maven-velocity-product", byKey(r -> r[2]));
    // sales velocity of all deals = opportunities x won / (won + lost) x (won sum / won) / (won days / won)
    //                             = 8,800 x won sum x won / ((won + lost) x won days), every deal an opportunity
    Figures all = byKey(r -> "").get("(all)");
    BigDecimal wonDays = BigDecimal.valueOf(all.wonDays.stream().mapToLong(Long::longValue).sum());
    BigDecimal velocity = BigDecimal.valueOf(pipeline.size()).multiply(all.wonSum).multiply(BigDecimal.valueOf(all.won))
        .divide(BigDecimal.valueOf(all.won + all.lost).multiply(wonDays), 2, RoundingMode.HALF_EVEN);
    String prose = String.format(Locale.ROOT, "USD %,.2f a day", velocity);
    assertTrue(String.join(" ", ReadmeBlocks.lines().stream().map(String::strip).toList()).contains(prose), prose);
    String command = ReadmeBlocks.command("maven-velocity-product").replace("$D", DIR.toString());
    String out = RevopsCliTest.run(ReadmeBlocks.args(command)).out();
    assertTrue(out.lines().anyMatch(l -> l.strip().startsWith("(all)") && l.strip().endsWith("USD "
        + velocity.toPlainString())), velocity + "\n" + out);
  }

  @Test
  void conversion_without_transitions_gives_the_win_rate_by_manager_of_the_roster_from_sales_teams() {
    checkTable("maven-conversion-manager", byKey(r -> managerOf.get(r[1])));
  }

  @Test
  void velocity_groups_by_the_regional_office_level_of_the_roster() {
    checkTable("maven-velocity-office", byKey(r -> officeOf.get(r[1])));
  }

  @Test
  void the_open_pipeline_is_priced_from_the_product_list() {
    List<String> block = checkedBlock("maven-pipeline");
    BigDecimal open = BigDecimal.ZERO;
    BigDecimal weighted = BigDecimal.ZERO;
    long openDeals = 0;
    for (String[] r : pipeline) {
      if (r[4].equals("Prospecting") || r[4].equals("Engaging")) {
        BigDecimal price = priceOf.get(r[2].replace(" ", ""));
        openDeals++;
        open = open.add(price);
        // the maven-crm definition's typed-in probabilities: Prospecting 20%, Engaging 50%
        weighted = weighted.add(price.multiply(new BigDecimal(r[4].equals("Prospecting") ? "0.2" : "0.5")));
      }
    }
    String row = block.stream().filter(l -> l.strip().matches("USD\\s{2,}[0-9,]+\\s.*")).findFirst().orElseThrow();
    List<String> cells = ReadmeBlocks.cells(row);
    assertEquals(String.format(Locale.ROOT, "%,d", openDeals), cells.get(1));
    assertEquals(String.format(Locale.ROOT, "%,.2f", open), cells.get(2));
    assertEquals(String.format(Locale.ROOT, "%,.2f", weighted), cells.get(3));
    assertTrue(block.contains(String.format(Locale.ROOT,
        "  %,d amounts of open deals came from the price list products (column sales_price, USD)", openDeals)));
  }
}
