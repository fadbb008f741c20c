package dev.revops.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.deal.Deal;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.TestPipelines;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DealJsonLinesImporterTest {
  final PipelineDefinition def = TestPipelines.standard();

  @Test
  void reads_one_deal_per_line_and_rejects_each_bad_line_with_the_property_and_reason() throws IOException {
    String input = String.join("\n",
        "{\"id\":\"D1\",\"stage\":\"proposal\",\"amount\":\"USD 10.00\"}",
        "",
        "{\"id\":\"D2\",\"stage\":\"Won\",\"closedDate\":\"2026-02-01\"}",
        "{\"id\":\"D3\",\"stage\":\"proposal\",\"colour\":\"red\"}",
        "{\"id\":\"D4\",\"stage\":\"nowhere\"}",
        "{\"id\":\"D5\",\"stage\":\"proposal\",\"amount\":\"USD -1.00\"}",
        "{\"id\":\"D6\",\"stage\":\"proposal\",\"amount\":\"12 dollars\"}",
        "{\"id\":\"D7\",",
        "{\"stage\":\"proposal\"}",
        "{\"id\":\"D1\",\"stage\":\"proposal\"}",
        "{\"id\":\"D10\",\"stage\":\"closed-won\"}",
        "{\"id\":\"D11\",\"stage\":\"proposal\",\"createdDate\":\"yesterday\"}");
    ImportResult<Deal> r = DealJsonLinesImporter.of(def).readAll(new StringReader(input));
    assertEquals(List.of("D1", "D2"), r.accepted().stream().map(Deal::id).toList());
    assertEquals(11, r.report().rowsRead());
    assertEquals(1, r.report().blankLinesSkipped());
    assertEquals(9, r.report().rowsRejected());
    Map<Long, String> byRow = r.rejected().stream().collect(Collectors.toMap(Rejection::row,
        x -> x.problems().get(0).column().orElse("-") + ": " + x.problems().get(0).reason()));
    assertEquals("colour: is not a property of a deal", byRow.get(4L));
    assertEquals("stage: is not a valid value", byRow.get(5L));
    assertEquals("amount: must not be negative", byRow.get(6L));
    assertTrue(byRow.get(7L).startsWith("amount: must have a plain decimal amount"), byRow.get(7L));
    assertEquals("-: is not valid JSON", byRow.get(8L));
    assertEquals("-: misses required properties", byRow.get(9L));
    assertEquals("id: repeats the deal id of an earlier row", byRow.get(10L));
    assertEquals("closedDate: must be set because the stage is closed", byRow.get(11L));
    assertEquals("createdDate: must be an ISO date (2026-01-31), as a JSON string", byRow.get(12L));
  }

  @Test
  void can_skip_unknown_properties_instead() throws IOException {
    ImportResult<Deal> r = DealJsonLinesImporter.ignoringUnknownProperties(def)
        .readAll(new StringReader("{\"id\":\"D3\",\"stage\":\"proposal\",\"colour\":\"red\"}\n"));
    assertTrue(r.report().isClean());
  }
}
