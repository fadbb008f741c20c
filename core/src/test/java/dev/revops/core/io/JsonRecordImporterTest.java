package dev.revops.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.money.ExchangeRate;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
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

  static String rate(String date, String rate) {
    return "{\"from\": \"EUR\", \"to\": \"USD\", \"effectiveFrom\": \"" + date + "\", \"rate\": " + rate + "}";
  }

  static List<String> rows(ImportResult<?> r) {
    return r.rejected().stream().map(x -> x.row() + " " + x.problems().get(0).column().orElse("-") + " "
        + x.problems().get(0).value().orElse("") + " | " + x.problems().get(0).reason()).toList();
  }

  @Test
  void a_null_a_malformed_a_deep_and_a_missing_element_are_one_rejection_each_and_the_array_goes_on() throws IOException {
    String deep = "[".repeat(150) + "]".repeat(150);
    String json = "[\n" + rate("2026-01-01", "1.01") + ",\n"
        + "null,\n"
        + "{\"from\": \"EUR\" \"to\": \"USD\"},\n"                    // a missing comma: a syntax error inside
        + "{\"from\": \"EUR\", \"to\": \"USD\", \"note\": " + deep + "},\n"
        + rate("2026-01-05", "1.05") + ",\n"
        + ",\n"                                                            // no element between two commas
        + rate("2026-01-07", "1.07") + "\n]\n";
    ImportResult<ExchangeRate> r = rates.readAll(new StringReader(json));
    assertEquals(List.of("2026-01-01", "2026-01-05", "2026-01-07"),
        r.accepted().stream().map(x -> x.effectiveFrom().toString()).toList());
    assertEquals(7, r.report().rowsRead());
    assertEquals(List.of("2 - null | is null, not a rate",
            "3 - {\"from\": \"EUR\" \"to\": \"USD\"} | is not valid JSON",
            "4 - " + JsonProblems.shown("{\"from\": \"EUR\", \"to\": \"USD\", \"note\": " + deep + "}")
                + " | nests objects and arrays deeper than 100 levels (ImportOptions.maxJsonDepth)",
            "6 -  | is missing: a comma with no element before it"),
        rows(r));
  }

  @Test
  void an_object_missing_its_closing_brace_ends_where_the_next_element_starts_even_on_one_line() throws IOException {
    String json = "[" + rate("2026-01-01", "1.01") + ",{\"from\": \"EUR\", \"to\": \"USD\","
        + rate("2026-01-03", "1.03") + "," + rate("2026-01-04", "1.04") + "]";
    ImportResult<ExchangeRate> r = rates.readAll(new StringReader(json));
    assertEquals(3, r.accepted().size());
    assertEquals(List.of("2 - {\"from\": \"EUR\", \"to\": \"USD\", | is not valid JSON"), rows(r));
  }

  @Test
  void an_unclosed_string_costs_its_element_alone_when_elements_are_on_lines_of_their_own() throws IOException {
    String json = "[\n" + rate("2026-01-01", "1.01") + ",\n"
        + "{\"from\": \"EUR\", \"to\": \"USD, \"effectiveFrom\": \"2026-01-02\", \"rate\": 1.02},\n"
        + rate("2026-01-03", "1.03") + "\n]";
    ImportResult<ExchangeRate> r = rates.readAll(new StringReader(json));
    assertEquals(List.of("2026-01-01", "2026-01-03"), r.accepted().stream().map(x -> x.effectiveFrom().toString())
        .toList());
    assertEquals(3, r.report().rowsRead());
  }

  @Test
  void an_over_long_element_is_rejected_and_reading_resumes_on_the_line_after_it_began() throws IOException {
    // pretty-printed elements; the second never closes its "note" array, so it runs on past the limit
    String json = "[\n" + rate("2026-01-01", "1.01") + ",\n"
        + "{\"from\": \"EUR\", \"note\": [1, 2,\n"
        + rate("2026-01-03", "1.03") + ",\n"
        + rate("2026-01-04", "1.04") + "\n]\n";
    ImportResult<ExchangeRate> r = rates.withOptions(ImportOptions.builder().maxRecordChars(120).build())
        .readAll(new StringReader(json));
    assertEquals(List.of("2026-01-01", "2026-01-03", "2026-01-04"),
        r.accepted().stream().map(x -> x.effectiveFrom().toString()).toList());
    assertEquals(List.of(2L), r.rejected().stream().map(Rejection::row).toList());
    assertEquals("is longer than 120 characters (ImportOptions.maxRecordChars)",
        r.rejected().get(0).problems().get(0).reason());
  }

  @Test
  void an_over_long_element_of_an_array_on_one_line_is_one_rejection_and_the_elements_after_it_are_read()
      throws IOException {
    // minified: no line breaks. Past the 120-character limit the second element is scanned, not held; its
    // string holds commas and brackets, which must not end it; the fourth is over-long and misses its
    // closing brace, so it ends where the fifth element's brace stands in place of a property name
    String noisy = "x,]}[{\\\"".repeat(40);
    String json = "[" + rate("2026-01-01", "1.01")
        + ",{\"from\": \"EUR\", \"note\": \"" + noisy + "\", \"list\": [[1], {\"a\": [2]}]}"
        + "," + rate("2026-01-03", "1.03")
        + ",{\"from\": \"EUR\", \"note\": \"" + "y".repeat(300) + "\""
        + "," + rate("2026-01-05", "1.05")
        + "," + "[" + "7,".repeat(200) + "7]"
        + "," + rate("2026-01-07", "1.07") + "]";
    ImportResult<ExchangeRate> r = rates.withOptions(ImportOptions.builder().maxRecordChars(120).build())
        .readAll(new StringReader(json));
    assertEquals(List.of("2026-01-01", "2026-01-03", "2026-01-05", "2026-01-07"),
        r.accepted().stream().map(x -> x.effectiveFrom().toString()).toList());
    assertEquals(7, r.report().rowsRead());
    assertEquals(List.of(2L, 4L, 6L), r.rejected().stream().map(Rejection::row).toList());
    for (Rejection x : r.rejected()) {
      assertEquals("is longer than 120 characters (ImportOptions.maxRecordChars)", x.problems().get(0).reason());
    }
  }

  @Test
  void an_over_long_element_ends_at_the_end_of_its_line_when_it_goes_on_past_it() throws IOException {
    // the first line of the second element is past the limit and its array never closes: the element ends
    // with that line, and the elements on the lines after it are read
    String json = "[" + rate("2026-01-01", "1.01") + ", {\"note\": [" + "1,".repeat(100) + "\n"
        + rate("2026-01-03", "1.03") + ",\n" + rate("2026-01-04", "1.04") + "]";
    ImportResult<ExchangeRate> r = rates.withOptions(ImportOptions.builder().maxRecordChars(120).build())
        .readAll(new StringReader(json));
    assertEquals(List.of("2026-01-01", "2026-01-03", "2026-01-04"),
        r.accepted().stream().map(x -> x.effectiveFrom().toString()).toList());
    assertEquals(List.of(2L), r.rejected().stream().map(Rejection::row).toList());
  }

  @Test
  void a_json_value_is_never_coerced_and_the_value_shown_is_its_json_text() throws IOException {
    String lines = String.join("\n",
        rate("2026-01-01", "\"1.08\""),
        "{\"from\": \"EUR\", \"to\": \"USD\", \"effectiveFrom\": 20454, \"rate\": 1.08}",
        "{\"from\": 978, \"to\": \"USD\", \"effectiveFrom\": \"2026-01-01\", \"rate\": 1.08}",
        rate("2025-02-30", "1.08"),
        rate("2026-01-01T10:00:00Z", "1.08"),
        "{\"from\": \"eur\", \"to\": \"USD\", \"effectiveFrom\": \"2026-01-01\", \"rate\": 1.08}",
        rate("2026-01-02", "1.08"));
    ImportResult<ExchangeRate> r = rates.readAll(new StringReader(lines));
    assertEquals(1, r.accepted().size());
    assertEquals(List.of("1 rate \"1.08\" | must be a decimal, as a JSON number",
            "2 effectiveFrom 20454 | must be an ISO date (2026-01-31), as a JSON string",
            "3 from 978 | must be an ISO 4217 currency code of three upper-case letters (USD), as a JSON string",
            "4 effectiveFrom \"2025-02-30\" | must be an ISO date (2026-01-31), as a JSON string",
            "5 effectiveFrom \"2026-01-01T10:00:00Z\" | must be an ISO date (2026-01-31), as a JSON string",
            "6 from \"eur\" | must be an ISO 4217 currency code of three upper-case letters (USD), as a JSON string"),
        rows(r));
  }

  @Test
  void numbers_with_huge_exponents_or_digits_are_rejected_before_any_arithmetic() throws IOException {
    ImportResult<ExchangeRate> r = rates.readAll(new StringReader(String.join("\n",
        rate("2026-01-01", "1e-999999999"),
        rate("2026-01-02", "1e999999999"),
        rate("2026-01-03", "1" + "0".repeat(10_000)),
        rate("2026-01-04", "1.5"))));
    assertEquals(1, r.accepted().size());
    assertEquals("rate 1e-999999999 | must be a decimal of at most 100 digits after its decimal point and 100 before it",
        rows(r).get(0).substring(2));
    assertEquals("exceeds a limit of the JSON reader", r.rejected().get(2).problems().get(0).reason());
  }

  @Test
  void text_after_the_array_is_one_rejection_and_an_empty_array_none() throws IOException {
    ImportResult<ExchangeRate> r = rates.readAll(new StringReader("[" + rate("2026-01-01", "1.01") + "]\n{\"x\":1}\n"));
    assertEquals(1, r.accepted().size());
    assertEquals(List.of("2 -  | follows the end of the array"), rows(r));
    assertEquals(0, rates.readAll(new StringReader(" [ ] ")).report().rowsRead());
  }

  @Test
  void distinct_unknown_properties_past_the_limit_share_one_group_so_the_report_stays_bounded() throws IOException {
    StringBuilder json = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      json.append("{\"from\": \"EUR\", \"to\": \"USD\", \"effectiveFrom\": \"2026-01-01\", \"rate\": 1, \"p")
          .append(i).append("\": 0}\n");
    }
    ImportReport report = rates.withOptions(ImportOptions.builder().maxRejectionGroups(10).build())
        .read(new StringReader(json.toString()), x -> { }, x -> { });
    assertEquals(5_000, report.rowsRejected());
    assertEquals(11, report.rejections().size(), "ten columns of their own, then one group for the others");
    RejectionGroup others = report.rejections().get(0);
    assertEquals(4_990, others.rows());
    assertTrue(others.otherColumns());
    assertEquals(Optional.empty(), others.column());
    assertEquals("is not a property of a rate", others.reason());
  }
}
