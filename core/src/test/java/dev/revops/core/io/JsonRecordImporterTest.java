package dev.revops.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.money.ExchangeRate;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonRecordImporterTest {
  final JsonRecordImporter<ExchangeRate> rates = JsonRecordImporter.of("rates", "rate", ExchangeRate.class,
      r -> r.from() + "/" + r.to() + "/" + r.effectiveFrom());

  @Test
  void reads_an_array_element_by_element_and_reports_each_bad_one() throws IOException {
    String json = """
        [ {"from": "EUR", "to": "USD", "effectiveFrom": "2026-01-01", "rate": 1.08},
          {"from": "EUR", "to": "USD", "effectiveFrom": "2026-02-01", "rate": -1},
          {"from": "GBP", "to": "USD", "effectiveFrom": "2026-01-01", "rate": 1.26, "note": "x"},
          {"from": "EUR", "to": "USD", "effectiveFrom": "2026-01-01", "rate": 1.09} ]
        """;
    ImportResult<ExchangeRate> r = rates.readAll(new StringReader(json));
    assertEquals(1, r.accepted().size());
    assertEquals(InputFormat.JSON, r.report().format());
    assertEquals(4, r.report().rowsRead());
    assertEquals(List.of(2L, 3L, 4L), r.rejected().stream().map(Rejection::row).toList());
    assertEquals("note: is not a property of a rate", r.rejected().get(1).problems().get(0).column().orElse("")
        + ": " + r.rejected().get(1).problems().get(0).reason());
    assertEquals("repeats the rate id of an earlier row", r.rejected().get(2).problems().get(0).reason());
  }

  @Test
  void reads_json_lines_too_and_rejects_a_truncated_element_alone() throws IOException {
    ImportResult<ExchangeRate> lines = rates.readAll(new StringReader(
        "{\"from\": \"EUR\", \"to\": \"USD\", \"effectiveFrom\": \"2026-01-01\", \"rate\": 1.08}\n\nnot json\n"));
    assertEquals(InputFormat.JSON_LINES, lines.report().format());
    assertEquals(1, lines.accepted().size());
    assertEquals(1, lines.rejected().size());
    assertEquals(1, lines.report().blankLinesSkipped());
    ImportResult<ExchangeRate> broken = rates.readAll(new StringReader(
        "[{\"from\": \"EUR\", \"to\": \"USD\", \"effectiveFrom\": \"2026-01-01\", \"rate\": 1.08}, {\"from\": "));
    assertEquals(1, broken.accepted().size());
    assertEquals(2, broken.report().rowsRead());
    assertEquals("row 2: row '{\"from\": ' is not valid JSON", broken.rejected().get(0).toString()
        .replaceAll(" \\(.*", ""));
  }
}
