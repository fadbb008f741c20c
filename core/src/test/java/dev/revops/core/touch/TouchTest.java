package dev.revops.core.touch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.core.InvalidValueException;
import dev.revops.core.json.RevopsJson;
import dev.revops.core.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TouchTest {
  final ObjectMapper mapper = RevopsJson.mapper();

  static Touch touch(String id, String at) {
    return Touch.builder().id(id).leadId("L1").dealId("D1").instant(Instant.parse(at)).channel("paid_search")
        .campaign("brand").kind("click").putAttributes("utm_source", "google").build();
  }

  @Test
  void touches_and_journeys_round_trip_through_json() throws Exception {
    Touch t = touch("t1", "2026-01-05T10:00:00Z");
    assertEquals(t, mapper.readValue(mapper.writeValueAsString(t), Touch.class));
    DealJourney j = DealJourney.builder().dealId("D1").segment("SMB").amount(Money.parse("USD 10.00"))
        .outcome(JourneyOutcome.OPEN).probability(new BigDecimal("0.25")).addLeadIds("L1").addTouches(t).build();
    assertEquals(j, mapper.readValue(mapper.writeValueAsString(j), DealJourney.class));
  }

  @Test
  void a_touch_needs_a_lead_or_a_deal_and_no_blank_text() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Touch.builder().id("t1")
        .instant(Instant.parse("2026-01-05T10:00:00Z")).channel(" ").kind("click").build());
    assertTrue(e.getMessage().contains("leadId") && e.getMessage().contains("channel"), e.getMessage());
  }

  @Test
  void journey_order_is_by_instant_then_id_whatever_the_order_given() {
    Touch b = touch("b", "2026-01-05T10:00:00Z");
    Touch a = touch("a", "2026-01-05T10:00:00Z");
    Touch first = touch("z", "2026-01-01T10:00:00Z");
    DealJourney j = DealJourney.won("D1", "SMB", Money.parse("USD 1.00"), Optional.empty(), Optional.empty(),
        Instant.parse("2026-02-01T00:00:00Z"), List.of(b, a, first));
    assertEquals(List.of(first, a, b), j.touchesInOrder());
  }

  @Test
  void a_journey_refuses_a_repeated_touch_a_won_deal_without_close_and_a_bad_probability() {
    Touch t = touch("t1", "2026-01-05T10:00:00Z");
    assertThrows(InvalidValueException.class, () -> DealJourney.won("D1", "SMB", Money.parse("USD 1.00"),
        Optional.empty(), Optional.empty(), Instant.parse("2026-02-01T00:00:00Z"), List.of(t, t)));
    assertThrows(InvalidValueException.class, () -> DealJourney.builder().dealId("D1").segment("SMB")
        .amount(Money.parse("USD 1.00")).outcome(JourneyOutcome.WON).probability(BigDecimal.ONE).build());
    assertThrows(InvalidValueException.class, () -> DealJourney.open("D1", "SMB", Money.parse("USD 1.00"),
        new BigDecimal("1.5"), Optional.empty(), Optional.empty(), List.of()));
    assertThrows(InvalidValueException.class, () -> DealJourney.builder().dealId("D1").segment("SMB")
        .amount(Money.parse("USD 1.00")).outcome(JourneyOutcome.LOST).probability(new BigDecimal("0.1")).build());
  }
}
