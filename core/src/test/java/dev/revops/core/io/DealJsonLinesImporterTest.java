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

  @Test
  void a_null_line_is_one_rejection_never_a_null_pointer_and_reading_goes_on() throws IOException {
    ImportResult<Deal> r = DealJsonLinesImporter.of(def).readAll(new StringReader(
        "null\n  null  \n{\"id\":\"D1\",\"stage\":\"proposal\"}\n[]\n\"D2\"\n"));
    assertEquals(List.of("D1"), r.accepted().stream().map(Deal::id).toList());
    assertEquals(List.of("row 1: row 'null' is null, not a deal", "row 2: row 'null' is null, not a deal"),
        r.rejected().subList(0, 2).stream().map(Rejection::toString).toList());
    assertEquals(4, r.report().rowsRejected());
  }

  @Test
  void no_json_scalar_is_coerced_into_a_deal() throws IOException {
    ImportResult<Deal> r = DealJsonLinesImporter.of(def).readAll(new StringReader(String.join("\n",
        "{\"id\":5,\"stage\":\"proposal\"}",
        "{\"id\":\"D2\",\"stage\":\"proposal\",\"createdDate\":20454}",
        "{\"id\":\"D3\",\"stage\":\"proposal\",\"probabilityOverride\":{\"probability\":\"0.5\",\"setBy\":\"a\"}}",
        "{\"id\":\"D4\",\"stage\":\"proposal\",\"createdDate\":\"2025-02-30\"}",
        "{\"id\":\"D5\",\"stage\":\"proposal\",\"projectedMarginRate\":true}",
        "{\"id\":\"D6\",\"stage\":\"proposal\",\"amount\":\"usd 10.00\"}",
        "{\"id\":\"D7\",\"stage\":\"proposal\",\"attributes\":{\"region\":7}}",
        "{\"id\":\"D8\",\"stage\":\"proposal\",\"createdDate\":\"2026-01-05\"}")));
    assertEquals(List.of("D8"), r.accepted().stream().map(Deal::id).toList());
    Map<Long, String> byRow = r.rejected().stream().collect(Collectors.toMap(Rejection::row,
        x -> x.problems().get(0).column().orElse("-") + " " + x.problems().get(0).value().orElse("")));
    assertEquals("id 5", byRow.get(1L));
    assertEquals("createdDate 20454", byRow.get(2L));
    assertEquals("probability \"0.5\"", byRow.get(3L));
    assertEquals("createdDate \"2025-02-30\"", byRow.get(4L));
    assertEquals("projectedMarginRate true", byRow.get(5L));
    assertTrue(byRow.get(6L).startsWith("amount "), byRow.get(6L));
    assertEquals("region 7", byRow.get(7L));
  }

  @Test
  void an_over_long_or_too_deep_line_is_one_rejection() throws IOException {
    String deep = "{\"id\":\"D2\",\"stage\":\"proposal\",\"attributes\":" + "[".repeat(200) + "]".repeat(200) + "}";
    String input = "{\"id\":\"D1\",\"name\":\"" + "x".repeat(5_000) + "\",\"stage\":\"proposal\"}\n" + deep
        + "\n{\"id\":\"D3\",\"stage\":\"proposal\"}\n";
    ImportResult<Deal> r = DealJsonLinesImporter.of(def).withOptions(ImportOptions.builder().maxRecordChars(1_000)
        .build()).readAll(new StringReader(input));
    assertEquals(List.of("D3"), r.accepted().stream().map(Deal::id).toList());
    assertEquals("is longer than 1000 characters (ImportOptions.maxRecordChars)",
        r.rejected().get(0).problems().get(0).reason());
    assertEquals("nests objects and arrays deeper than 100 levels (ImportOptions.maxJsonDepth)",
        r.rejected().get(1).problems().get(0).reason());
  }
}
