package dev.revops.core.touch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.io.ImportResult;
import dev.revops.core.io.Rejection;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every touch record is accepted or rejected exactly once, whatever a careless or hostile file holds. */
class TouchImportTest {
  static String reasons(ImportResult<Touch> r) {
    return r.rejected().stream().map(x -> x.row() + ":" + x.problems().stream()
        .map(p -> p.column().orElse("-") + " " + p.reason()).collect(Collectors.joining("; ")))
        .collect(Collectors.joining("\n"));
  }

  @Test
  void csv_rows_are_accepted_or_rejected_once_with_column_and_reason() throws IOException {
    String csv = "touch_id,lead_id,deal_id,touched_at,channel,campaign,kind,utm_source\n"
        + "T1,L1,D1,2026-01-05T10:00:00Z,paid_search,brand,click,google\n"     // row 2: accepted, one attribute
        + "T2,,D1,2026-01-06 09:30,email,,open,\n"                            // row 3: local date-time in the zone
        + "T3,L1,,2026-02-30T10:00:00Z,email,,open,\n"                        // row 4: no such day
        + "T4,L1,,2026-01-07T10:00:00Z,,,open,\n"                             // row 5: channel empty
        + "T1,L2,,2026-01-08T10:00:00Z,email,,open,\n"                        // row 6: repeats T1
        + "T5,,,2026-01-08T10:00:00Z,email,,open,\n"                          // row 7: neither lead nor deal
        + "T6,L1,,yesterday,email,,open,\n"                                   // row 8: not an instant
        + "T7,L1,,2026-01-09T10:00:00Z,email,\"unclosed,open,\n"              // row 9: an unclosed quote
        + "T8,L1,,2026-01-09T11:00:00Z,email,,open,\n";                     // row 10: accepted
    ImportResult<Touch> r = TouchImport.csv(ZoneOffset.UTC).readAll(new StringReader(csv));
    assertEquals(r.report().rowsRead(), r.report().rowsAccepted() + r.report().rowsRejected());
    // the unclosed quote costs its own line only: reading resumes at the next line (T8)
    assertEquals(List.of("T1", "T2", "T8"), r.accepted().stream().map(Touch::id).toList(), reasons(r));
    Touch t1 = r.accepted().get(0);
    assertEquals(Map.of("utm_source", "google"), t1.attributes());
    assertEquals(Optional.of("brand"), t1.campaign());
    assertEquals(Instant.parse("2026-01-06T09:30:00Z"), r.accepted().get(1).instant());
    assertEquals(List.of(4L, 5L, 6L, 7L, 8L, 9L), r.rejected().stream().map(Rejection::row).toList(), reasons(r));
    String reasons = reasons(r);
    assertTrue(reasons.contains("4:touched_at is not a date-time"), reasons);
    assertTrue(reasons.contains("5:channel is required"), reasons);
    assertTrue(reasons.contains("6:touch_id"), reasons);
    assertTrue(reasons.contains("7:lead_id is required when the deal id is absent"), reasons);
    assertTrue(reasons.contains("9:campaign has a quoted field not closed"), reasons);
  }

  @Test
  void json_lines_reject_a_malformed_line_a_repeated_id_and_an_invalid_touch_and_go_on() throws IOException {
    String jsonl = "{\"id\":\"T1\",\"dealId\":\"D1\",\"instant\":\"2026-01-05T10:00:00Z\",\"channel\":\"email\",\"kind\":\"open\"}\n"
        + "{\"id\":\"T2\",\"dealId\":\"D1\",\"instant\":\"2026-01-05T10:00:00Z\",\"channel\":\n"   // line 2: cut
        + "{\"id\":\"T1\",\"dealId\":\"D2\",\"instant\":\"2026-01-05T10:00:00Z\",\"channel\":\"email\",\"kind\":\"open\"}\n"
        + "{\"id\":\"T3\",\"instant\":\"2026-01-05T10:00:00Z\",\"channel\":\"email\",\"kind\":\"open\"}\n" // no lead, no deal
        + "{\"id\":\"T4\",\"leadId\":\"L1\",\"instant\":\"not a time\",\"channel\":\"email\",\"kind\":\"open\"}\n"
        + "null\n"
        + "{\"id\":\"T5\",\"leadId\":\"L1\",\"instant\":\"2026-01-06T10:00:00Z\",\"channel\":\"email\",\"kind\":\"open\"}\n";
    ImportResult<Touch> r = TouchImport.json().readAll(new StringReader(jsonl));
    assertEquals(List.of("T1", "T5"), r.accepted().stream().map(Touch::id).toList());
    assertEquals(5, r.rejected().size(), reasons(r));
    assertEquals(r.report().rowsRead(), r.report().rowsAccepted() + r.report().rowsRejected());
  }
}
