package dev.revops.examples.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.deal.Deal;
import dev.revops.core.history.DealHistory;
import dev.revops.core.io.ColumnMapping;
import dev.revops.core.io.DealCsvImporter;
import dev.revops.core.io.HistoryCsvImporter;
import dev.revops.core.io.ImportResult;
import dev.revops.core.io.TransitionColumns;
import dev.revops.core.pipeline.PipelineDefinition;
import java.io.IOException;
import java.io.StringReader;
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

  @Property(tries = 10)
  void the_same_arguments_give_the_same_bytes(@ForAll @IntRange(min = 400, max = 500) int deals, @ForAll long seed) {
    assertEquals(SampleGenerator.generate(deals, seed, false), SampleGenerator.generate(deals, seed, false));
  }
}
