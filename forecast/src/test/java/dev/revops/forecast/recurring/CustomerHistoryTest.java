package dev.revops.forecast.recurring;

import static dev.revops.forecast.recurring.Lines.at;
import static dev.revops.forecast.recurring.Lines.line;
import static dev.revops.forecast.recurring.Lines.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.revops.core.json.RevopsJson;
import dev.revops.core.money.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerHistoryTest {

  @Test
  void mrr_at_an_instant_is_the_sum_of_the_lines_in_force_then_and_an_end_is_exclusive() {
    CustomerHistory h = CustomerHistory.of("A", List.of(line("A2", "A", "USD 150.00", "2026-02-15"),
        line("A1", "A", "USD 100.00", "2025-12-01", "2026-02-15"), line("A3", "A", "USD 5.00", "2026-01-01")));
    assertEquals(List.of("A1", "A3", "A2"), h.lines().stream().map(MrrLine::id).toList(), "canonical order");
    assertEquals(usd("105.00"), h.mrrAt(at("2026-02-14"), Money.currency("USD")));
    assertEquals(usd("155.00"), h.mrrAt(at("2026-02-15"), Money.currency("USD")));
    assertEquals(Money.parse("EUR 0.00"), h.mrrAt(at("2026-02-15"), Money.currency("EUR")));
  }

  @Test
  void a_same_instant_swap_is_one_change_and_a_swap_to_the_same_amount_is_none() {
    CustomerHistory h = CustomerHistory.of("A", List.of(line("A1", "A", "USD 100.00", "2026-01-01", "2026-02-01"),
        line("A2", "A", "USD 100.00", "2026-02-01", "2026-03-01"), line("A3", "A", "USD 80.00", "2026-03-01")));
    List<MrrActivity> a = h.activities();
    assertEquals(2, a.size());
    assertEquals(MovementKind.CONTRACTION, a.get(1).kind());
    assertEquals(usd("20.00"), a.get(1).amount());
    assertEquals(usd("80.00"), a.get(1).mrrAfter());
  }

  @Test
  void attributes_are_the_latest_lines_and_the_history_reads_back_from_json() throws Exception {
    CustomerHistory h = CustomerHistory.of("A", List.of(
        MrrLine.builder().id("A1").customer("A").monthly(usd("10.00")).start(at("2026-01-01"))
            .putAttributes("segment", "SMB").build(),
        MrrLine.builder().id("A2").customer("A").monthly(usd("10.00")).start(at("2026-05-01"))
            .putAttributes("segment", "Mid-Market").build()));
    assertEquals("Mid-Market", h.attributes().get("segment"));
    var mapper = RevopsJson.mapper();
    assertEquals(h, mapper.readValue(mapper.writeValueAsString(h), CustomerHistory.class));
  }

  @Test
  void a_line_of_another_customer_a_repeated_id_and_a_built_in_attribute_name_are_refused() {
    assertThrows(IllegalArgumentException.class, () -> CustomerHistory.of("A", List.of(line("B1", "B", "USD 1.00",
        "2026-01-01"))));
    assertThrows(IllegalArgumentException.class, () -> CustomerHistory.of("A", List.of(
        line("A1", "A", "USD 1.00", "2026-01-01"), line("A1", "A", "USD 2.00", "2026-02-01"))));
    assertThrows(IllegalArgumentException.class, () -> CustomerHistory.of("A", List.of()));
    assertThrows(IllegalArgumentException.class, () -> MrrLine.builder().id("A1").customer("A").monthly(usd("1.00"))
        .start(at("2026-01-01")).putAttributes("product", "x").build());
    assertThrows(IllegalArgumentException.class, () -> line("A1", "A", "USD 0.00", "2026-01-01"));
    assertThrows(IllegalArgumentException.class, () -> line("A1", "A", "USD 1.00", "2026-01-01", "2026-01-01"));
  }

  @Test
  void gathering_lines_keeps_a_repeated_id_once_and_says_so() {
    CustomerHistories gather = new CustomerHistories();
    gather.add(line("A1", "A", "USD 1.00", "2026-01-01"));
    gather.add(line("A1", "A", "USD 1.00", "2026-01-01"));
    gather.add(line("B1", "B", "USD 1.00", "2026-01-01"));
    CustomerHistories.Gathered g = gather.result();
    assertEquals(2, g.histories().size());
    assertEquals("line id given more than once: 1", g.excluded().get(0).toString());
  }
}
