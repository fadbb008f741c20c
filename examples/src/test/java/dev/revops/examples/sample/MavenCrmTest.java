package dev.revops.examples.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.revops.core.deal.Deal;
import dev.revops.core.io.ColumnMapping;
import dev.revops.core.io.DealCsvImporter;
import dev.revops.core.io.ImportReport;
import dev.revops.core.money.Money;
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
class MavenCrmImportTest {
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
}
