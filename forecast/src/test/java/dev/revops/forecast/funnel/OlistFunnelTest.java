package dev.revops.forecast.funnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.revops.core.io.ImportReport;
import dev.revops.core.lead.DealLinkColumns;
import dev.revops.core.lead.DealLinkCsvImporter;
import dev.revops.core.lead.LeadColumns;
import dev.revops.core.lead.LeadCsvImporter;
import dev.revops.core.lead.LeadFunnel;
import dev.revops.core.lead.LeadJoin;
import dev.revops.core.lead.LeadProgress;
import dev.revops.core.lead.LifecycleDefinition;
import dev.revops.core.metric.Exclusion;
import dev.revops.core.scope.Scope;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The public Olist marketing funnel, read in place from ../shared (skipped when absent): MQLs, won
 * deals and conversion per origin, checked against figures computed here from the CSV files with
 * plain string splitting, and the trap rows reported.
 */
class OlistFunnelTest {
  static final Path DIR = Path.of(System.getProperty("revops.shared.dir", "../../shared"),
      "data/olist-marketing-funnel");
  static final Path MQLS = DIR.resolve("olist_marketing_qualified_leads_dataset.csv");
  static final Path DEALS = DIR.resolve("olist_closed_deals_dataset.csv");
  static final Instant AS_OF = Instant.parse("2019-01-01T00:00:00Z");

  /** The file's own figures: origin of each MQL, MQLs and won deals per origin, the trap rows. */
  static final class Expected {
    final Map<String, Long> mqls = new TreeMap<>();
    final Map<String, Long> won = new TreeMap<>();
    long trapRows;
    String trapExample;

    Expected() throws IOException {
      Map<String, String> origin = new HashMap<>();
      Map<String, LocalDate> firstContact = new HashMap<>();
      for (String line : Files.readAllLines(MQLS, StandardCharsets.UTF_8)) {
        String[] f = line.split(",", -1); // mql_id, first_contact_date, landing_page_id, origin; no header
        String o = f[3].isEmpty() || f[3].equals("NaN") ? LeadDimension.NONE : f[3];
        origin.put(f[0], o);
        firstContact.put(f[0], LocalDate.parse(f[1].substring(0, 10)));
        mqls.merge(o, 1L, Long::sum);
      }
      List<String> deals = Files.readAllLines(DEALS, StandardCharsets.UTF_8);
      for (String line : deals.subList(1, deals.size())) {
        String[] f = line.split(",", 6); // mql_id, seller_id, sdr_id, sr_id, won_date, rest (may hold quotes)
        won.merge(origin.get(f[0]), 1L, Long::sum);
        LocalDateTime wonAt = LocalDateTime.parse(f[4].replace(' ', 'T'));
        if (wonAt.isBefore(firstContact.get(f[0]).atStartOfDay())) {
          trapRows++;
          trapExample = f[0];
        }
      }
    }
  }

  static FunnelResult funnel(Map<String, ImportReport> reports, List<Exclusion> unmatched) throws IOException {
    LifecycleDefinition hubspot = LifecycleDefinition.hubspotDefault();
    LeadJoin join = new LeadJoin(5);
    try (Reader in = Files.newBufferedReader(MQLS, StandardCharsets.UTF_8)) {
      reports.put("mqls", LeadCsvImporter.of(hubspot, LeadColumns.olistMqls()).read(in, join::addLead, r -> { }));
    }
    try (Reader in = Files.newBufferedReader(DEALS, StandardCharsets.UTF_8)) {
      reports.put("deals", DealLinkCsvImporter.of(DealLinkColumns.olistClosedDeals(), ZoneOffset.UTC)
          .read(in, join::addLink, r -> { }));
    }
    FunnelOptions options = FunnelOptions.builder().scope(Scope.builder().asOf(AS_OF).build())
        .funnel(LeadFunnel.of(hubspot, "MQL", "won")).addGroupBy(LeadDimension.SOURCE)
        .addRules(ConversionRule.COHORT, ConversionRule.PERIOD).build();
    FunnelResult r = new Funnel(options).addAll(join.journeys()).result();
    unmatched.addAll(join.unmatched());
    return r;
  }

  @Test
  void mqls_won_deals_and_conversion_per_origin_match_the_files() throws IOException {
    assumeTrue(Files.isRegularFile(MQLS) && Files.isRegularFile(DEALS), "shared dataset not present: " + DIR);
    Expected expected = new Expected();
    Map<String, ImportReport> reports = new HashMap<>();
    List<Exclusion> unmatched = new java.util.ArrayList<>();
    FunnelResult r = funnel(reports, unmatched);
    assertEquals(8_000, reports.get("mqls").rowsAccepted());
    assertEquals(0, reports.get("mqls").rowsRejected());
    assertEquals(842, reports.get("deals").rowsAccepted());
    assertEquals(List.of(), unmatched);
    assertEquals(8_000, r.provenance().counted());
    assertEquals(11, expected.mqls.size()); // ten named origins and the blank (NaN) one
    for (String origin : expected.mqls.keySet()) {
      Map<String, String> group = Map.of("source", origin);
      long mqls = expected.mqls.get(origin);
      long won = expected.won.getOrDefault(origin, 0L);
      assertEquals(mqls, r.entered(group, "marketingqualifiedlead"), origin);
      assertEquals(won, r.entered(group, "deal-won"), origin);
      Optional<BigDecimal> rate = Optional.of(BigDecimal.valueOf(won).divide(BigDecimal.valueOf(mqls), 4,
          RoundingMode.HALF_EVEN));
      assertEquals(rate, r.cohort().orElseThrow().row(group, "marketingqualifiedlead", "deal-won", Optional.empty())
          .orElseThrow().count().rateOfAll(), origin);
    }
    assertEquals(8_000, expected.mqls.values().stream().mapToLong(Long::longValue).sum());
    assertEquals(842, expected.won.values().stream().mapToLong(Long::longValue).sum());
  }

  @Test
  void the_deal_won_before_its_first_contact_is_reported_not_dropped() throws IOException {
    assumeTrue(Files.isRegularFile(MQLS) && Files.isRegularFile(DEALS), "shared dataset not present: " + DIR);
    Expected expected = new Expected();
    FunnelResult r = funnel(new HashMap<>(), new java.util.ArrayList<>());
    assertEquals(1, expected.trapRows); // SOURCE.md: one deal won 2 days before its first contact
    Exclusion trap = r.flagged().stream().filter(e -> e.reason().equals(LeadProgress.WON_BEFORE_CREATED)).findFirst()
        .orElseThrow();
    assertEquals(expected.trapRows, trap.count());
    assertEquals(List.of(expected.trapExample), trap.examples());
    assertTrue(expected.trapExample.startsWith("b91cf881"));
    // Counted as converted all the same: 842 won of 8,000.
    assertEquals(842, r.entries().stream().filter(e -> e.step().equals("deal-won")).mapToLong(StepEntries::entered)
        .sum());
    // Its time to convert is negative: left out of the times, counted.
    assertEquals(1, r.timeToConvert().orElseThrow().rows().stream().mapToLong(TimeToConvertRow::leftOut).sum());
  }
}
