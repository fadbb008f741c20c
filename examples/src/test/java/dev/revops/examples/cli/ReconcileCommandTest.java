package dev.revops.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.core.json.RevopsJson;
import dev.revops.core.money.Money;
import dev.revops.forecast.revenue.BridgeResult;
import dev.revops.forecast.revenue.ClosedBooks;
import dev.revops.forecast.revenue.ContractSchedule;
import dev.revops.forecast.revenue.PeriodCloseResult;
import dev.revops.forecast.revenue.RollForward;
import dev.revops.forecast.revenue.RollForwardRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReconcileCommandTest {
  static final ObjectMapper JSON = RevopsJson.mapper();

  static JsonNode json(String... args) throws IOException {
    RevopsCliTest.Run r = RevopsCliTest.run(args);
    assertEquals(0, r.status(), r.err());
    return JSON.readTree(r.out());
  }

  @Test
  void reconciles_the_bundled_contracts() {
    RevopsCliTest.Run r = RevopsCliTest.run("reconcile", "--contract", "K-D00007");
    assertEquals(0, r.status(), r.err());
    String out = r.out().replaceAll(" +", " ");
    for (String section : List.of("Revenue 2026-04 to 2026-09 (month periods, zone UTC): 121 contracts",
        "Schedule per period", "Roll-forward (opening + billings - revenue = closing)", "Bridge of 2026-09",
        "= revenue recognized", "Close of 2026-09", "Waterfall: revenue still to recognize", "Contract K-D00007")) {
      assertTrue(out.contains(section), section + " missing from:\n" + out);
    }
  }

  @Test
  void the_reports_agree_with_each_other() throws IOException {
    JsonNode j = json("reconcile", "--format", "json", "--from", "2026-09", "--to", "2026-09");
    RollForward rf = JSON.treeToValue(j.get("rollForward"), RollForward.class);
    PeriodCloseResult close = JSON.treeToValue(j.get("close"), PeriodCloseResult.class);
    BridgeResult bridge = JSON.treeToValue(j.get("bridge"), BridgeResult.class);
    for (RollForwardRow row : rf.rows()) {
      var position = close.positions().stream()
          .filter(p -> p.recognized().getCurrency().equals(row.recognized().getCurrency())).findFirst().orElseThrow();
      assertEquals(position.deferred(), row.closingDeferred());
      assertEquals(position.unbilled(), row.closingUnbilled());
      assertEquals(position.recognized(), row.recognized());
      assertEquals(position.billed(), row.billed());
    }
    // the bridge is in USD, the sample's functional currency: revenue at invoice rates
    assertEquals("USD", bridge.totals().get(0).revenue().getCurrencyCode());
    assertTrue(bridge.totals().get(0).revenue().isPositive());
  }

  @Test
  void closes_books_and_keeps_closed_periods_on_the_next_run(@TempDir Path dir) throws IOException {
    Path books = dir.resolve("books.json");
    RevopsCliTest.Run first = RevopsCliTest.run("reconcile", "--close-before", "2026-07-01", "--save-books",
        books.toString());
    assertEquals(0, first.status(), first.err());
    ClosedBooks closed = JSON.readValue(Files.readString(books), ClosedBooks.class);
    assertEquals(java.time.LocalDate.parse("2026-07-01"), closed.closedBefore());
    assertEquals(1, closed.batches().size());
    assertEquals(closed.batches().get(0).postings().stream().map(p -> p.contract()).distinct().count(),
        closed.contracts().size());
    JsonNode before = json("reconcile", "--format", "json", "--contract", "K-D00007");
    JsonNode after = json("reconcile", "--format", "json", "--contract", "K-D00007", "--books", books.toString());
    assertEquals(before.get("rollForward"), after.get("rollForward"), "nothing changed since the close");
    ContractSchedule s = JSON.treeToValue(after.get("contract"), ContractSchedule.class);
    assertEquals(Money.parse("EUR 38521.80"), s.bookedPrice());
  }

  @Test
  void refuses_periods_out_of_order_and_half_a_close() {
    RevopsCliTest.Run backwards = RevopsCliTest.run("reconcile", "--from", "2026-09", "--to", "2026-03");
    assertEquals(2, backwards.status());
    assertEquals("revops reconcile: --from 2026-09 must not be after --to 2026-03\n", backwards.err());
    RevopsCliTest.Run half = RevopsCliTest.run("reconcile", "--close-before", "2026-07-01");
    assertEquals("revops reconcile: --close-before and --save-books go together\n", half.err());
  }
}
