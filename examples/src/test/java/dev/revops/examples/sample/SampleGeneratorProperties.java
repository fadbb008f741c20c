package dev.revops.examples.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.deal.Deal;
import dev.revops.core.deal.DealTimeline;
import dev.revops.core.history.DealHistory;
import dev.revops.core.history.FieldChange;
import dev.revops.core.io.FieldChangeCsv;
import dev.revops.core.io.JsonRecordImporter;
import dev.revops.core.scope.Scope;
import dev.revops.forecast.revenue.Contract;
import dev.revops.forecast.revenue.ContractSchedule;
import dev.revops.forecast.revenue.RevenueOptions;
import dev.revops.forecast.revenue.RevenueSchedule;
import dev.revops.core.json.RevopsJson;
import dev.revops.core.io.ColumnMapping;
import dev.revops.core.io.DealCsvImporter;
import dev.revops.core.io.HistoryCsvImporter;
import dev.revops.core.io.ImportResult;
import dev.revops.core.io.TransitionColumns;
import dev.revops.core.pipeline.PipelineDefinition;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class SampleGeneratorProperties {
  final PipelineDefinition def = Bundled.definition("gen-deals");

  @Property(tries = 30)
  void a_clean_sample_is_accepted_whole_and_its_histories_end_where_its_deals_are(
      @ForAll @IntRange(min = 1, max = 300) int deals, @ForAll long seed) throws IOException {
    SampleGenerator.Sample s = SampleGenerator.generate(deals, seed, true);
    ImportResult<Deal> d = DealCsvImporter.of(def, ColumnMapping.genDeals()).readAll(new StringReader(s.dealsCsv()));
    ImportResult<DealHistory> h = HistoryCsvImporter.of(def, TransitionColumns.genDeals())
        .readAll(new StringReader(s.transitionsCsv()));
    assertTrue(d.report().isClean(), d.rejected().toString());
    assertTrue(h.report().isClean(), h.rejected().toString());
    assertEquals(deals, d.accepted().size());
    assertEquals(deals, h.accepted().size());
    Map<String, Deal> byId = d.accepted().stream().collect(Collectors.toMap(Deal::id, Function.identity()));
    for (DealHistory history : h.accepted()) {
      Deal deal = byId.get(history.dealId());
      assertEquals(deal.stage(), history.currentStage());
      assertEquals(deal.createdDate().orElseThrow(),
          java.time.LocalDate.ofInstant(history.createdAt().orElseThrow(), def.timeZone()));
    }
  }

  @Property(tries = 15)
  void the_earlier_snapshot_is_what_the_timelines_rebuild(@ForAll @IntRange(min = 1, max = 300) int deals,
      @ForAll long seed) throws IOException {
    SampleGenerator.Sample s = SampleGenerator.generate(deals, seed, true);
    ImportResult<Deal> now = DealCsvImporter.of(def, ColumnMapping.genDeals()).readAll(new StringReader(s.dealsCsv()));
    ImportResult<Deal> before = DealCsvImporter.of(def, ColumnMapping.genDeals())
        .readAll(new StringReader(s.previousDealsCsv()));
    ImportResult<DealHistory> h = HistoryCsvImporter.of(def, TransitionColumns.genDeals())
        .readAll(new StringReader(s.transitionsCsv()));
    ImportResult<FieldChange> changes = FieldChangeCsv.readAll(new StringReader(s.fieldChangesCsv()), def.timeZone());
    assertTrue(before.report().isClean(), before.rejected().toString());
    assertTrue(changes.report().isClean(), changes.rejected().toString());
    Map<String, DealHistory> histories = h.accepted().stream()
        .collect(Collectors.toMap(DealHistory::dealId, Function.identity()));
    Map<String, List<FieldChange>> byDeal = changes.accepted().stream()
        .collect(Collectors.groupingBy(FieldChange::dealId));
    Map<String, Deal> expected = before.accepted().stream().collect(Collectors.toMap(Deal::id, Function.identity()));
    Instant previous = SampleGenerator.PREVIOUS.atStartOfDay(def.timeZone()).toInstant();
    int rebuilt = 0;
    for (Deal d : now.accepted()) {
      DealTimeline t = DealTimeline.of(d, Optional.of(histories.get(d.id())), byDeal.getOrDefault(d.id(), List.of()),
          def.timeZone());
      Optional<Deal> then = t.asOf(previous);
      assertEquals(expected.containsKey(d.id()), then.isPresent(), d.id());
      if (then.isPresent()) {
        assertEquals(withoutSetter(expected.get(d.id())), withoutSetter(then.get()), d.id());
        rebuilt++;
      }
    }
    assertEquals(expected.size(), rebuilt);
  }

  /** A deal's JSON without who set its probability override (a snapshot cannot know it; the field history can). */
  static String withoutSetter(Deal d) throws IOException {
    return RevopsJson.mapper().writeValueAsString(d).replaceAll("\"setBy\":\"[^\"]*\"", "");
  }

  @Property(tries = 8)
  void every_sample_contract_reads_and_schedules(@ForAll @IntRange(min = 1, max = 300) int deals, @ForAll long seed)
      throws IOException {
    SampleGenerator.Sample s = SampleGenerator.generate(deals, seed, true);
    ImportResult<Contract> contracts = JsonRecordImporter.of("contracts", "contract", Contract.class, Contract::id)
        .readAll(new StringReader(s.contractsJson()));
    assertTrue(contracts.report().isClean(), contracts.rejected().toString());
    long won = DealCsvImporter.of(def, ColumnMapping.genDeals()).readAll(new StringReader(s.dealsCsv())).accepted()
        .stream().filter(Deal::isWon).count();
    assertEquals(won, contracts.accepted().size());
    for (Contract c : contracts.accepted()) {
      ContractSchedule schedule = RevenueSchedule.of(c, RevenueOptions.of(Scope.asOf(SampleGenerator.AS_OF)));
      assertEquals(schedule.finalPrice(), schedule.periods().get(schedule.periods().size() - 1).recognizedToDate());
    }
  }

  @Property(tries = 10)
  void the_same_arguments_give_the_same_bytes(@ForAll @IntRange(min = 400, max = 500) int deals, @ForAll long seed) {
    assertEquals(SampleGenerator.generate(deals, seed, false), SampleGenerator.generate(deals, seed, false));
  }
}
