package dev.revops.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.history.DealHistory;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.TestPipelines;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HistoryCsvImporterTest {
  static final String HEADER = "deal_id,from_stage,to_stage,changed_at,actor\n";
  final PipelineDefinition def = TestPipelines.standard();

  ImportResult<DealHistory> read(String rows) throws IOException {
    return HistoryCsvImporter.of(def, TransitionColumns.genDeals()).readAll(new StringReader(HEADER + rows));
  }

  @Test
  void builds_one_history_per_deal_from_contiguous_rows() throws IOException {
    ImportResult<DealHistory> r = read(String.join("\n",
        "D1,,Prospecting,2026-01-01T00:00:00Z,rep1",
        "D1,Prospecting,Qualification,2026-01-05T00:00:00Z,rep1",
        "D1,Qualification,Closed Won,2026-02-01T00:00:00Z,rep1",
        "D2,,Prospecting,2026-01-02T00:00:00Z,rep2",
        ""));
    assertTrue(r.report().isClean(), r.rejected().toString());
    assertEquals(4, r.report().rowsAccepted());
    assertEquals(2, r.report().recordsAccepted());
    DealHistory h = r.accepted().get(0);
    assertEquals("D1", h.dealId());
    assertEquals(3, h.changes().size());
    assertEquals("closed-won", h.currentStage().id());
    assertEquals(Optional.of("rep1"), h.changes().get(0).actor());
  }

  @Test
  void orders_a_deals_rows_by_time_and_reads_instants_without_offset_in_the_definitions_zone() throws IOException {
    ImportResult<DealHistory> r = read(String.join("\n",
        "D1,Prospecting,Discovery,2026-01-05 09:00,rep1",
        "D1,,Prospecting,2026-01-01,rep1",
        ""));
    assertTrue(r.report().isClean(), r.rejected().toString());
    DealHistory h = r.accepted().get(0);
    assertEquals(Instant.parse("2026-01-01T00:00:00Z"), h.changes().get(0).at());
    assertEquals(Instant.parse("2026-01-05T09:00:00Z"), h.changes().get(1).at());
  }

  @Test
  void rejects_every_row_of_a_deal_whose_history_has_an_invalid_row() throws IOException {
    ImportResult<DealHistory> r = read(String.join("\n",
        "D1,,Prospecting,2026-01-01T00:00:00Z,rep1",
        "D1,Discovery,Proposal,2026-01-05T00:00:00Z,rep1",
        "D1,Proposal,Closed Won,2026-02-01T00:00:00Z,rep1",
        "D2,,Prospecting,not-a-time,rep2",
        "D2,Prospecting,Maybe,2026-01-03T00:00:00Z,rep2",
        "D3,,Prospecting,2026-01-02T00:00:00Z,rep3",
        ""));
    assertEquals(6, r.report().rowsRead());
    assertEquals(1, r.report().rowsAccepted());
    assertEquals(5, r.report().rowsRejected());
    Map<Long, String> byRow = r.rejected().stream().collect(Collectors.toMap(Rejection::row,
        x -> x.problems().get(0).column().orElse("-") + " '" + x.problems().get(0).value().orElse("") + "' "
            + x.problems().get(0).reason()));
    assertEquals("from_stage 'Discovery' does not match the stage the previous change entered", byRow.get(3L));
    assertEquals("deal_id 'D1' belongs to a deal whose history has an invalid row", byRow.get(2L));
    assertEquals("deal_id 'D1' belongs to a deal whose history has an invalid row", byRow.get(4L));
    assertEquals("changed_at 'not-a-time' is not an instant (ISO-8601 date-time)", byRow.get(5L));
    assertEquals("to_stage 'Maybe' is not a stage, display name or alias of the pipeline definition", byRow.get(6L));
    assertEquals(List.of("D3"), r.accepted().stream().map(DealHistory::dealId).toList());
  }

  @Test
  void rejects_a_deal_whose_rows_are_not_together_whole_naming_both_ranges() throws IOException {
    ImportResult<DealHistory> r = read(String.join("\n",
        "D1,,Prospecting,2026-01-01T00:00:00Z,rep1",
        "D1,Prospecting,Discovery,2026-01-03T00:00:00Z,rep1",
        "D2,,Prospecting,2026-01-02T00:00:00Z,rep2",
        "D1,Discovery,Proposal,2026-01-05T00:00:00Z,rep1",
        ""));
    // D1's first rows (2-3) come before D2's, so only a first reading can tell they are not all of D1
    assertEquals(List.of("D2"), r.accepted().stream().map(DealHistory::dealId).toList());
    assertEquals(1, r.report().rowsAccepted());
    assertEquals(3, r.report().rowsRejected());
    String reason = "belongs to a deal whose rows are not together, so the whole deal is rejected (group the file "
        + "by deal id)";
    assertEquals(List.of(
            "row 2 (D1): deal_id 'D1' " + reason + " (rows 2-3 and 5)",
            "row 3 (D1): deal_id 'D1' " + reason + " (rows 2-3 and 5)",
            "row 5 (D1): deal_id 'D1' " + reason + " (rows 2-3 and 5)"),
        r.rejected().stream().map(Rejection::toString).toList());
  }

  @Test
  void infers_from_stages_when_the_file_has_none_and_ignores_repeated_stages() throws IOException {
    String csv = "OpportunityId,StageName,CreatedDate,CreatedById\n"
        + "006A,Prospecting,2026-01-01T10:00:00.000+0000,u1\n"
        + "006A,Prospecting,2026-01-02T10:00:00.000+0000,u1\n"
        + "006A,Proposal,2026-01-09T10:00:00.000+0000,u2\n";
    ImportResult<DealHistory> r = HistoryCsvImporter.of(def, TransitionColumns.salesforceOpportunityHistory())
        .readAll(new StringReader(csv));
    assertTrue(r.report().isClean(), r.rejected().toString());
    assertEquals(3, r.report().rowsAccepted());
    DealHistory h = r.accepted().get(0);
    assertEquals(2, h.changes().size());
    assertEquals("prospecting", h.changes().get(1).from().orElseThrow().id());
    assertEquals(Optional.empty(), h.changes().get(0).from());
  }

  @Test
  void resolves_change_times_strictly() throws IOException {
    ImportResult<DealHistory> r = read(String.join("\n",
        "D1,,Prospecting,2025-02-30T10:00:00Z,rep1",
        "D2,,Prospecting,2025-02-28T10:00:00+01:00,rep2",
        "D3,,Prospecting,2025-02-29 10:00:00,rep3",
        "D4,,Prospecting,2025-02-28T10:00:60Z,rep4",
        ""));
    assertEquals(List.of("D2"), r.accepted().stream().map(DealHistory::dealId).toList());
    assertEquals(Instant.parse("2025-02-28T09:00:00Z"), r.accepted().get(0).changes().get(0).at());
    assertEquals(List.of("changed_at '2025-02-30T10:00:00Z'", "changed_at '2025-02-29 10:00:00'",
            "changed_at '2025-02-28T10:00:60Z'"),
        r.rejected().stream().map(x -> x.problems().get(0).column().get() + " '" + x.problems().get(0).value().get()
            + "'").toList());
  }

  @Test
  void reads_a_file_twice_through_a_text_input_and_stops_when_it_changed_in_between() throws IOException {
    String first = HEADER + "D1,,Prospecting,2026-01-01T00:00:00Z,rep1\nD2,,Prospecting,2026-01-02T00:00:00Z,rep2\n";
    String second = HEADER + "D1,,Prospecting,2026-01-01T00:00:00Z,rep1\nD9,,Prospecting,2026-01-02T00:00:00Z,rep2\n";
    int[] opened = {0};
    TextInput changing = () -> new StringReader(opened[0]++ == 0 ? first : second);
    List<DealHistory> accepted = new java.util.ArrayList<>();
    IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> HistoryCsvImporter
        .of(def, TransitionColumns.genDeals()).read(changing, accepted::add, x -> { }));
    assertEquals(2, opened[0]);
    assertTrue(e.getMessage().startsWith("the input changed between its two readings"), e.getMessage());
    opened[0] = 0;
    TextInput same = () -> {
      opened[0]++;
      return new StringReader(first);
    };
    assertEquals(2, HistoryCsvImporter.of(def, TransitionColumns.genDeals()).readAll(same).accepted().size());
    assertEquals(2, opened[0], "read twice: first where each deal's rows are, then the histories");
  }

  @Test
  void a_one_shot_reader_is_held_in_memory_only_up_to_a_limit() throws IOException {
    String csv = HEADER + "D1,,Prospecting,2026-01-01T00:00:00Z,rep1\n";
    HistoryCsvImporter small = HistoryCsvImporter.of(def, TransitionColumns.genDeals())
        .withOptions(ImportOptions.builder().maxBufferedChars(40).build());
    ImportFormatException e = org.junit.jupiter.api.Assertions.assertThrows(ImportFormatException.class,
        () -> small.readAll(new StringReader(csv)));
    assertTrue(e.getMessage().contains("must be given as a TextInput"), e.getMessage());
    assertEquals(1, small.readAll(TextInput.of(csv)).accepted().size());
  }

  @Test
  void a_deal_with_more_rows_than_the_limit_is_rejected_whole_as_its_rows_come() throws IOException {
    StringBuilder rows = new StringBuilder();
    String[] stages = {"Prospecting", "Qualification"};
    for (int i = 0; i < 7; i++) {
      rows.append("D1,").append(i == 0 ? "" : stages[(i - 1) % 2]).append(',').append(stages[i % 2])
          .append(",2026-01-0").append(i + 1).append("T00:00:00Z,rep1\n");
    }
    rows.append("D2,,Prospecting,2026-01-02T00:00:00Z,rep2\n");
    ImportResult<DealHistory> r = HistoryCsvImporter.of(def, TransitionColumns.genDeals())
        .withOptions(ImportOptions.builder().maxRowsPerRecord(5).build()).readAll(new StringReader(HEADER + rows));
    assertEquals(List.of("D2"), r.accepted().stream().map(DealHistory::dealId).toList());
    assertEquals(List.of(2L, 3L, 4L, 5L, 6L, 7L, 8L), r.rejected().stream().map(Rejection::row).toList());
    assertEquals("belongs to a deal with more rows than ImportOptions.maxRowsPerRecord allows",
        r.rejected().get(6).problems().get(0).reason());
  }

  @Test
  void a_row_without_a_deal_id_or_a_malformed_row_does_not_separate_a_deals_rows() throws IOException {
    ImportResult<DealHistory> r = read(String.join("\n",
        "D1,,Prospecting,2026-01-01T00:00:00Z,rep1",
        ",x,y,z,w",
        "D1,\"Prospecting,Qualification,2026-01-02T00:00:00Z,rep1",
        "D1,Prospecting,Qualification,2026-01-03T00:00:00Z,rep1",
        ""));
    assertEquals(1, r.accepted().size());
    assertEquals(2, r.accepted().get(0).changes().size());
    assertEquals(List.of(3L, 4L), r.rejected().stream().map(Rejection::row).toList());
  }
}
