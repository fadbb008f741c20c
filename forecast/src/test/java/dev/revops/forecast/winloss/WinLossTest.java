package dev.revops.forecast.winloss;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.deal.Deal;
import dev.revops.core.money.Money;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.TestPipelines;
import dev.revops.core.scope.Scope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WinLossTest {
  static final PipelineDefinition DEF = TestPipelines.standard();

  static Deal closed(String id, String stage, String created, String closedOn, String amount, String manager) {
    Deal.Builder b = Deal.builder().id(id).stage(DEF.stage(stage)).product("X")
        .createdDate(LocalDate.parse(created)).closedDate(LocalDate.parse(closedOn));
    if (!amount.isEmpty()) {
      b.amount(Money.parse(amount));
    }
    if (!manager.isEmpty()) {
      b.putAttributes("manager", manager);
    }
    return b.build();
  }

  static List<Deal> deals() {
    return List.of(
        closed("A", "closed-won", "2026-01-01", "2026-01-11", "USD 100.00", "M1"),  // 10 days
        closed("B", "closed-won", "2026-01-01", "2026-01-31", "USD 300.00", "M2"),  // 30 days
        closed("C", "closed-lost", "2026-02-01", "2026-02-06", "", "M1"),            // 5 days
        Deal.builder().id("D").stage(DEF.stage("prospecting")).product("Y").build(), // open, no manager
        closed("E", "closed-won", "2026-06-01", "2026-07-15", "USD 900.00", "M1")); // after the as-of date
  }

  static WinLossResult run(String... groupBy) {
    WinLossOptions.Builder o = WinLossOptions.builder().scope(Scope.asOf(LocalDate.parse("2026-06-30")));
    for (String g : groupBy) {
      o.addGroupBy(GroupKey.parse(g));
    }
    WinLoss w = new WinLoss(o.build());
    deals().forEach(w::add);
    return w.result();
  }

  @Test
  void counts_win_rate_average_won_deal_and_cycles_of_deals_closed_by_the_as_of_date() {
    WinLossResult r = run();
    WinLossRow all = r.overall();
    assertEquals(2, all.won());
    assertEquals(1, all.lost());
    assertEquals(1, all.open());
    assertEquals(Optional.of(new BigDecimal("0.6667")), all.winRate()); // 2 / 3
    assertEquals(Optional.of(Money.parse("USD 400.00")), all.wonAmount());
    assertEquals(Optional.of(Money.parse("USD 200.00")), all.averageWonAmount()); // 400 / 2
    // won cycles 10 and 30: mean 20, median 20; closed cycles 5, 10, 30: mean 15, median 10
    assertEquals(new BigDecimal("20.00"), all.wonCycle().get().meanDays());
    assertEquals(new BigDecimal("20.00"), all.wonCycle().get().medianDays());
    assertEquals(3, all.closedCycle().get().deals());
    assertEquals(new BigDecimal("15.00"), all.closedCycle().get().meanDays());
    assertEquals(new BigDecimal("10.00"), all.closedCycle().get().medianDays());
    assertEquals(4, r.provenance().counted());
    assertEquals("closed after the as-of date", r.provenance().excluded().get(0).reason());
    assertEquals("win-loss", r.provenance().definition().id());
  }

  @Test
  void groups_by_a_custom_attribute_such_as_a_joined_manager() {
    WinLossResult r = run("attribute:manager");
    assertEquals(3, r.groups().size());
    WinLossRow none = r.groups().get(0);
    assertEquals(Map.of("attribute:manager", "(none)"), none.group());
    assertEquals(1, none.open());
    assertEquals(Optional.empty(), none.winRate());
    WinLossRow m1 = r.groups().get(1);
    assertEquals(Map.of("attribute:manager", "M1"), m1.group());
    assertEquals(Optional.of(new BigDecimal("0.5000")), m1.winRate()); // A won, C lost
    assertEquals(Optional.of(Money.parse("USD 100.00")), m1.averageWonAmount());
    assertEquals(Optional.of(new BigDecimal("1.0000")), r.groups().get(2).winRate()); // M2: B won
  }

  @Test
  void won_amounts_in_several_currencies_are_not_averaged() {
    WinLoss w = new WinLoss(WinLossOptions.builder().scope(Scope.asOf(LocalDate.parse("2026-06-30"))).build());
    w.add(closed("A", "closed-won", "2026-01-01", "2026-01-11", "USD 100.00", ""));
    w.add(closed("B", "closed-won", "2026-01-01", "2026-01-11", "EUR 100.00", ""));
    WinLossRow r = w.result().overall();
    assertEquals(Optional.empty(), r.averageWonAmount());
    assertEquals(Optional.of("won amounts are in several currencies: no sum or average across them"), r.missing());
  }
}
