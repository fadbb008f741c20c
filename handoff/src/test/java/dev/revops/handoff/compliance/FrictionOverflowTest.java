package dev.revops.handoff.compliance;

import dev.revops.handoff.HandoffWithDeal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.revops.core.money.AmountOverflowException;
import dev.revops.core.money.Money;
import dev.revops.handoff.TestHandoffs;
import dev.revops.handoff.protocol.HandoffMap;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A friction cost beyond a long of minor units: two overdue handoffs (no answer a month after they
 * were sent, on a 24-hour SLA) at USD 50,000,000,000,000,000.00 a failure make 1e19 cents, beyond
 * 9,223,372,036,854,775,807; one alone is exact.
 */
class FrictionOverflowTest {
  static final HandoffMap MAP = HandoffMap.builder().id("costly").version(1)
      .addProtocols(TestHandoffs.mqlToSal("sdr", Money.parse("USD 50000000000000000.00"))).build();
  static final Instant AS_OF = Instant.parse("2026-10-01T00:00:00Z");

  @Test
  void one_failure_costs_exactly_and_two_name_the_protocol_and_currency_whose_cost_overflows() {
    Compliance c = new Compliance(MAP, ComplianceOptions.of(TestHandoffs.scope(AS_OF)));
    c.add(HandoffWithDeal.of(TestHandoffs.handoff("H1", "mql-to-sal", "D1", "2026-09-01T09:00:00Z")
        .putPayload("leadSource", "webinar").build()));
    assertEquals(Money.parse("USD 50000000000000000.00"), c.result().ranking().get(0).frictionCost());
    c.add(HandoffWithDeal.of(TestHandoffs.handoff("H2", "mql-to-sal", "D2", "2026-09-01T09:00:00Z")
        .putPayload("leadSource", "webinar").build()));
    AmountOverflowException e = assertThrows(AmountOverflowException.class, c::result);
    assertEquals("protocol mql-to-sal", e.group());
    assertEquals("USD", e.currency());
  }
}
