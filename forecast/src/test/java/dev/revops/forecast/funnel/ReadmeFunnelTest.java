package dev.revops.forecast.funnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.revops.core.io.Rejection;
import dev.revops.core.lead.ConversionCount;
import dev.revops.core.lead.DealLinkColumns;
import dev.revops.core.lead.DealLinkCsvImporter;
import dev.revops.core.lead.LeadColumns;
import dev.revops.core.lead.LeadCsvImporter;
import dev.revops.core.lead.LeadFunnel;
import dev.revops.core.lead.LeadJoin;
import dev.revops.core.lead.LifecycleDefinition;
import dev.revops.core.scope.Scope;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The README's funnel example, as written there, on the Olist files (skipped when absent). */
class ReadmeFunnelTest {

  @Test
  void the_readme_example_runs_as_written() throws IOException {
    assumeTrue(Files.isRegularFile(OlistFunnelTest.MQLS), "shared dataset not present");
    List<Rejection> rejected = new ArrayList<>();
    try (Reader mqls = Files.newBufferedReader(OlistFunnelTest.MQLS);
        Reader deals = Files.newBufferedReader(OlistFunnelTest.DEALS)) {
      // --- as in the README
      LifecycleDefinition hubspot = LifecycleDefinition.hubspotDefault();
      LeadJoin join = new LeadJoin(5);
      LeadCsvImporter.of(hubspot, LeadColumns.olistMqls()).read(mqls, join::addLead, rejected::add);
      DealLinkCsvImporter.of(DealLinkColumns.olistClosedDeals(), ZoneOffset.UTC).read(deals, join::addLink,
          rejected::add);

      FunnelOptions options = FunnelOptions.builder()
          .scope(Scope.builder().asOf(LocalDate.parse("2019-01-01"), ZoneOffset.UTC).build())
          .funnel(LeadFunnel.of(hubspot, "MQL", "won"))
          .addGroupBy(LeadDimension.SOURCE)
          .addRules(ConversionRule.COHORT, ConversionRule.PERIOD)
          .window(Duration.ofDays(180)).addHorizonsDays(30, 90).build();
      Funnel funnel = new Funnel(options);
      join.journeys().forEach(funnel::add);
      FunnelResult r = funnel.result();
      // ---
      assertEquals(List.of(), rejected);
      assertEquals(1_586, r.entered(Map.of("source", "paid_search"), "marketingqualifiedlead"));
      ConversionCount paid = r.cohort().orElseThrow().row(Map.of("source", "paid_search"), "marketingqualifiedlead",
          "deal-won", Optional.empty()).orElseThrow().count();
      // Within 180 days every lead is resolved: 174 converted in time (of 195 won in all), 1,412 not.
      assertEquals(ConversionCount.of(1_586, 174, 1_412, 0), paid);
      assertEquals(Optional.of(new BigDecimal("0.1097")), paid.rateOfAll()); // 174 / 1586 = 0.10971
      assertTrue(r.period().orElseThrow().rowsExceedingOne() > 0);
      assertTrue(r.timeToConvert().orElseThrow().row(Map.of("source", "paid_search"), "marketingqualifiedlead",
          "deal-won").orElseThrow().medianDays().isPresent());
      assertEquals(1, r.flagged().stream().filter(e -> e.reason().contains("won before")).count());
    }
  }
}
