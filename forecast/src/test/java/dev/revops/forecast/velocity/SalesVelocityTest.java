package dev.revops.forecast.velocity;

import java.time.ZoneOffset;
import dev.revops.core.scope.Scope;
import dev.revops.core.deal.DealWithHistory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.deal.Deal;
import dev.revops.core.money.ExchangeRate;
import dev.revops.core.money.ExchangeRateTable;
import dev.revops.core.money.Money;
import dev.revops.core.dimension.Dimension;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SalesVelocityTest {
  static final LocalDate AS_OF = LocalDate.parse("2026-04-01");

  static Deal deal(String id, String stage, String amount, String created, String closed) {
    Deal.Builder b = Deal.builder().id(id).owner("ann").stage(Histories.DEF.stage(stage))
        .createdDate(LocalDate.parse(created));
    if (amount != null) {
      b.amount(Money.parse(amount));
    }
    if (closed != null) {
      b.closedDate(LocalDate.parse(closed));
    }
    return b.build();
  }

  static List<Deal> sample() {
    return List.of(
        deal("W1", "closed-won", "USD 1000.00", "2026-01-01", "2026-01-31"),   // 30 days
        deal("W2", "closed-won", "USD 3000.00", "2026-02-01", "2026-03-13"),   // 40 days
        deal("L1", "closed-lost", "USD 500.00", "2026-01-10", "2026-02-10"),
        deal("O1", "proposal", "USD 800.00", "2026-03-01", null));
  }

  @Test
  void multiplies_opportunities_win_rate_and_average_won_amount_over_the_average_cycle() {
    SalesVelocity v = new SalesVelocity(VelocityOptions.builder().scope(Scope.asOf(AS_OF)).build());
    sample().forEach(d -> v.add(DealWithHistory.ofDeal(d)));
    SalesVelocityRow r = v.result().overall();
    assertEquals(4, r.opportunities());
    assertEquals(2, r.won());
    assertEquals(1, r.lost());
    assertEquals(Optional.of(new BigDecimal("0.6667")), r.winRate());
    assertEquals(Optional.of(Money.parse("USD 2000.00")), r.averageWonAmount());
    assertEquals(Optional.of(new BigDecimal("35.00")), r.averageCycleDays());
    // 4 x 2/3 x 2000 / 35 = 152.38 per day
    assertEquals(Optional.of(Money.parse("USD 152.38")), r.velocityPerDay());
    assertEquals(Money.parse("USD 152.38"), v.result().metricValues().get(0).money().orElseThrow());
  }

  @Test
  void a_window_and_a_qualified_stage_narrow_what_counts() {
    SalesVelocity v = new SalesVelocity(VelocityOptions.builder().scope(Scope.asOf(AS_OF)).since(LocalDate.parse("2026-02-01"))
        .qualifiedStage(Histories.DEF.stage("proposal")).build());
    sample().forEach(d -> v.add(DealWithHistory.ofDeal(d)));
    SalesVelocityRow r = v.result().overall();
    // qualified: W1, W2 (won), O1 (in proposal); L1 cannot show it qualified without a history.
    // In the window: created W2, O1 -> 2 opportunities; closed W2 (won) -> win rate 1; W1 closed before.
    assertEquals(2, r.opportunities());
    assertEquals(1, r.won());
    assertEquals(0, r.lost());
    assertEquals(Optional.of(Money.parse("USD 3000.00")), r.averageWonAmount());
    assertEquals(List.of("neither created nor closed in the window: [W1]", "not a qualified opportunity: [L1]"),
        v.result().excluded().stream().map(e -> e.reason() + ": " + e.examples()).toList());
  }

  @Test
  void several_currencies_need_a_reporting_currency() {
    List<Deal> mixed = List.of(deal("W1", "closed-won", "USD 1000.00", "2026-01-01", "2026-01-31"),
        deal("W2", "closed-won", "EUR 1000.00", "2026-01-01", "2026-01-31"));
    SalesVelocity plain = new SalesVelocity(VelocityOptions.builder().scope(Scope.asOf(AS_OF)).build());
    mixed.forEach(d -> plain.add(DealWithHistory.ofDeal(d)));
    assertEquals(Optional.of("won amounts are in several currencies: set a reporting currency"),
        plain.result().overall().missing());
    Scope inUsd = Scope.builder().asOf(AS_OF, ZoneOffset.UTC).reportingCurrency(Money.currency("USD"))
        .exchangeRates(ExchangeRateTable.of(ExchangeRate.of("EUR", "USD", LocalDate.parse("2026-01-01"), "1.10"))).build();
    SalesVelocity usd = new SalesVelocity(VelocityOptions.builder().scope(inUsd).addGroupBy(Dimension.OWNER).build());
    mixed.forEach(d -> usd.add(DealWithHistory.ofDeal(d)));
    assertEquals(Optional.of(Money.parse("USD 1050.00")), usd.result().overall().averageWonAmount());
    assertTrue(usd.result().groups().get(0).velocityPerDay().isPresent());
  }

  @Test
  void takes_cycles_from_the_history_when_there_is_one() {
    Deal won = deal("H1", "closed-won", "USD 100.00", "2026-01-01", "2026-01-11");
    SalesVelocity v = new SalesVelocity(VelocityOptions.builder().scope(Scope.asOf(AS_OF)).build());
    v.add(DealWithHistory.of(won, Histories.of("H1", "2026-01-01", "prospecting@0", "negotiation@4.5", "closed-won@10.5")));
    assertEquals(Optional.of(new BigDecimal("10.50")), v.result().overall().averageCycleDays());
  }
}
