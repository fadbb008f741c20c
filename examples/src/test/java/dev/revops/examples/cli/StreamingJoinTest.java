package dev.revops.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.deal.Deal;
import dev.revops.core.io.ColumnMapping;
import dev.revops.core.io.DealCsvImporter;
import dev.revops.core.io.ImportReport;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.examples.sample.Bundled;
import dev.revops.examples.sample.SampleGenerator;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class StreamingJoinTest {
  static final PipelineDefinition DEF = Bundled.definition("gen-deals");
  static final String CSV = SampleGenerator.generate(3_000, 5L, true).dealsCsv();
  static final List<String> IDS = CSV.lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList();

  static Function<Consumer<Deal>, ImportReport> reading(String csv) {
    return sink -> {
      try {
        return DealCsvImporter.of(DEF, ColumnMapping.genDeals()).read(new StringReader(csv), sink::accept, r -> {});
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  @Test
  void histories_in_the_deals_order_join_with_nothing_waiting() {
    try (StreamingJoin join = new StreamingJoin(new DealIndex(DEF), reading(CSV))) {
      int most = 0;
      for (String id : IDS) {
        assertEquals(id, join.join(id).id());
        most = Math.max(most, join.waiting());
      }
      assertEquals(0, most);
      List<Deal> left = new ArrayList<>();
      assertEquals(3_000, join.finish(left::add).recordsAccepted());
      assertEquals(List.of(), left);
    }
  }

  @Test
  void histories_in_another_order_still_find_every_deal_through_the_index() {
    List<String> reversed = new ArrayList<>(IDS);
    Collections.reverse(reversed);
    try (StreamingJoin join = new StreamingJoin(new DealIndex(DEF), reading(CSV), 100)) {
      // the first history is the last deal: every other deal waits, 100 as objects, the rest indexed
      assertEquals(reversed.get(0), join.join(reversed.get(0)).id());
      assertEquals(2_999, join.waiting());
      for (String id : reversed.subList(1, reversed.size())) {
        assertEquals(id, join.join(id).id());
      }
      List<Deal> left = new ArrayList<>();
      join.finish(left::add);
      assertEquals(List.of(), left);
    }
  }

  @Test
  void deals_without_a_history_follow_in_file_order_and_unknown_ids_get_no_deal() {
    try (StreamingJoin join = new StreamingJoin(new DealIndex(DEF), reading(CSV), 10)) {
      assertEquals(IDS.get(5), join.join(IDS.get(5)).id());
      assertNull(join.join("D99999"));   // reads every deal: none has that id
      assertEquals(IDS.get(2), join.join(IDS.get(2)).id());
      List<String> left = new ArrayList<>();
      join.finish(d -> left.add(d.id()));
      List<String> expected = new ArrayList<>(IDS);
      expected.removeAll(List.of(IDS.get(5), IDS.get(2)));
      assertEquals(expected, left);
    }
  }

  @Test
  void a_failure_reading_the_deals_reaches_the_histories_side() {
    Function<Consumer<Deal>, ImportReport> failing = sink -> {
      throw new CliException("deals.csv cannot be imported: no header");
    };
    try (StreamingJoin join = new StreamingJoin(new DealIndex(DEF), failing)) {
      CliException e = assertThrows(CliException.class, () -> join.join("D00001"));
      assertTrue(e.getMessage().contains("no header"), e.getMessage());
    }
  }
}
