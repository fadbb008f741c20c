package dev.revops.examples.sample;

import dev.revops.core.scope.Scope;
import dev.revops.core.deal.DealWithHistory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.revops.core.deal.Deal;
import dev.revops.core.io.ColumnMapping;
import dev.revops.core.io.DealCsvImporter;
import dev.revops.core.io.ImportReport;
import dev.revops.core.money.Money;
import dev.revops.core.dimension.Dimension;
import dev.revops.forecast.velocity.SalesVelocity;
import dev.revops.forecast.velocity.SalesVelocityResult;
import dev.revops.forecast.velocity.SalesVelocityRow;
import dev.revops.forecast.velocity.VelocityOptions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.TreeMap;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The public Maven Analytics CRM sample, read in place from ../shared (skipped when absent). */
class MavenCrmTest {
  static final Path FILE = Path.of(System.getProperty("revops.shared.dir", "../../shared"),
      "data/maven-crm-sales-opportunities/sales_pipeline.csv");

  @Test
  void imports_every_opportunity_with_the_counts_of_the_file() throws IOException {
    assumeTrue(Files.isRegularFile(FILE), "shared dataset not present: " + FILE);
    List<Deal> deals = new ArrayList<>();
    ImportReport report;
    try (Reader in = Files.newBufferedReader(FILE, StandardCharsets.UTF_8)) {
      report = DealCsvImporter.of(Bundled.definition("maven-crm"), ColumnMapping.mavenCrm())
          .read(in, deals::add, r -> { });
    }
    assertEquals(8_800, report.rowsRead());
    assertEquals(8_800, report.rowsAccepted());
    Map<String, Long> byStage = deals.stream().collect(Collectors.groupingBy(d -> d.stage().id(), Collectors.counting()));
    assertEquals(Map.of("won", 4_238L, "lost", 2_473L, "engaging", 1_589L, "prospecting", 500L), byStage);
    Money wonRevenue = deals.stream().filter(Deal::isWon).map(d -> d.amount().orElseThrow())
        .reduce(Money.zero("USD"), Money::plus);
    assertEquals(Money.parse("USD 10005534.00"), wonRevenue);
    // Blank accounts on open deals are kept as absent, not dropped (1,425 per the dataset's notes).
    assertEquals(1_425, deals.stream().filter(d -> d.account().isEmpty()).count());
  }

  @Test
  void sales_velocity_gives_the_files_win_rate_and_engage_to_close_days_per_product() throws IOException {
    assumeTrue(Files.isRegularFile(FILE), "shared dataset not present: " + FILE);
    SalesVelocity velocity = new SalesVelocity(VelocityOptions.builder().scope(Scope.asOf(LocalDate.parse("2018-01-01")))
        .addGroupBy(Dimension.PRODUCT).build());
    try (Reader in = Files.newBufferedReader(FILE, StandardCharsets.UTF_8)) {
      DealCsvImporter.of(Bundled.definition("maven-crm"), ColumnMapping.mavenCrm())
          .read(in, d -> velocity.add(DealWithHistory.ofDeal(d)), r -> { });
    }
    SalesVelocityResult r = velocity.result();
    assertEquals(4_238, r.overall().won());
    assertEquals(2_473, r.overall().lost());
    assertEquals(Optional.of(new BigDecimal("0.6315")), r.overall().winRate()); // 4238 / 6711
    // The file's own mean, straight from the CSV: won rows, close_date - engage_date, per product.
    Map<String, long[]> byProduct = new TreeMap<>();
    for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8).subList(1, 8_801)) {
      String[] f = line.strip().split(",", -1);
      if (f[4].equals("Won")) {
        long[] t = byProduct.computeIfAbsent(f[2], k -> new long[2]);
        t[0] += ChronoUnit.DAYS.between(LocalDate.parse(f[5]), LocalDate.parse(f[6]));
        t[1]++;
      }
    }
    assertEquals(7, byProduct.size());
    for (SalesVelocityRow row : r.groups()) {
      long[] t = byProduct.get(row.group().get("product"));
      BigDecimal expected = BigDecimal.valueOf(t[0]).divide(BigDecimal.valueOf(t[1]), 2, RoundingMode.HALF_EVEN);
      assertEquals(Optional.of(expected), row.averageCycleDays(), row.group().toString());
      assertEquals(t[1], row.won());
    }
  }
}
