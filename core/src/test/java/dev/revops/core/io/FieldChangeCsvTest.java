package dev.revops.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.revops.core.history.FieldChange;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldChangeCsvTest {
  @Test
  void reads_changes_and_rejects_every_bad_row_with_its_reason() throws IOException {
    String csv = """
        deal_id,field,from_value,to_value,changed_at,actor
        D1,expected_close_date,2026-09-30,2026-10-31,2026-09-25T14:02:11Z,avery
        D1,Amount,,48000.00,2026-09-26 09:00:00,avery
        D2,attributes.region,EMEA,APAC,2026-09-27T00:00:00Z,
        D3,stage,Proposal,Negotiation,2026-09-27T00:00:00Z,avery
        D4,expectedCloseDate,2026-09-30,soon,2026-09-27T00:00:00Z,avery
        ,owner,a,b,2026-09-27T00:00:00Z,avery
        D5,owner,a,b,yesterday,avery
        """;
    ImportResult<FieldChange> r = FieldChangeCsv.readAll(new StringReader(csv), ZoneId.of("Europe/Berlin"));
    assertEquals(List.of("expectedCloseDate", "amount", "attributes.region"),
        r.accepted().stream().map(FieldChange::field).toList());
    // a time without an offset is in the zone given: 09:00 in Berlin is 07:00 UTC
    assertEquals(Instant.parse("2026-09-26T07:00:00Z"), r.accepted().get(1).at());
    assertEquals(7, r.report().rowsRead());
    assertEquals(3, r.report().rowsAccepted());
    assertEquals(List.of(
            "row 5 (D3): field 'stage' must be a field that changes by itself: the stage and closed date come from "
                + "the stage history, the id and created date do not change",
            "row 6 (D4): to 'soon' must be a date (yyyy-MM-dd)",
            "row 7: deal_id '' is required",
            "row 8 (D5): changed_at 'yesterday' is not a date-time (ISO 8601, for example 2026-09-02T10:00:00Z)"),
        r.rejected().stream().map(Rejection::toString).toList());
  }

  @Test
  void a_file_without_the_change_columns_cannot_be_read() {
    assertThrows(ImportFormatException.class,
        () -> FieldChangeCsv.readAll(new StringReader("deal_id,field\nD1,amount\n"), ZoneId.of("UTC")));
  }
}
