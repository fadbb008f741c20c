package dev.revops.forecast.calls;

import dev.revops.core.roster.CreditDate;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.aggregate.AccumulatorContract;
import dev.revops.core.deal.Deal;
import dev.revops.core.money.Money;
import dev.revops.core.pipeline.ForecastCategory;
import dev.revops.core.roster.Roster;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hierarchy roll-up: the accumulator contract, each deal once per level, a level's sum of its children. */
class HierarchyRollupProperties implements AccumulatorContract<Deal, HierarchyResult, HierarchyRollup> {

  @Override
  public HierarchyRollup empty() {
    return new HierarchyRollup(CallDeals.options(CreditDate.CLOSE_DATE));
  }

  @Provide
  Arbitrary<List<Deal>> records() {
    return CallArbitraries.deals().list().ofMaxSize(40);
  }

  @Provide
  Arbitrary<Roster> rosters() {
    return CallArbitraries.rosters();
  }

  static HierarchyResult rollup(Roster roster, List<Deal> deals, CreditDate credit) {
    return new HierarchyRollup(CallOptions.builder().scope(CallDeals.quarters()).roster(roster).creditDate(credit)
        .build()).addAll(deals).result();
  }

  @Property(tries = 200)
  void every_counted_deal_is_counted_exactly_once_at_each_level_above_its_owner(
      @ForAll("rosters") Roster roster, @ForAll("records") List<Deal> deals, @ForAll CreditDate credit) {
    HierarchyResult r = rollup(roster, deals, credit);
    // The generated roster is strict: reps under managers under regions, whatever the day. A deal counts
    // at its owner's level and every level above it: regions count every counted deal, managers the deals
    // of managers and reps, reps the reps' deals.
    Map<String, Long> expected = new HashMap<>();
    Map<String, Long> won = new HashMap<>();
    for (Deal d : deals) {
      String owner = d.owner().orElse("");
      boolean counted = (d.isWon() || (d.isOpen() && d.effectiveForecastCategory() != ForecastCategory.OMITTED))
          && d.amount().isPresent() && roster.people().contains(owner);
      if (!counted) {
        continue;
      }
      List<String> levels = CallArbitraries.REPS.contains(owner) ? List.of("rep", "manager", "region")
          : CallArbitraries.MANAGERS.contains(owner) ? List.of("manager", "region") : List.of("region");
      for (String level : levels) {
        expected.merge(level, 1L, Long::sum);
        if (d.isWon()) {
          won.merge(level + " " + d.amount().get().getCurrencyCode(), d.amount().get().getAmountMinor(), Long::sum);
        }
      }
    }
    Map<String, Long> actual = new HashMap<>();
    Map<String, Long> actualWon = new HashMap<>();
    for (HierarchyRow row : r.rows()) {
      actual.merge(row.level().orElseThrow(), row.total().deals(), Long::sum);
      Money w = row.total().won();
      if (!w.isZero()) {
        actualWon.merge(row.level().get() + " " + w.getCurrencyCode(), w.getAmountMinor(), Long::sum);
      }
    }
    won.values().removeIf(v -> v == 0);
    assertEquals(expected, actual);
    assertEquals(won, actualWon);
    assertEquals(expected.getOrDefault("region", 0L), r.provenance().counted());
    assertEquals(deals.size(), r.provenance().read());
  }

  @Property(tries = 200)
  void a_persons_roll_up_is_their_own_deals_plus_the_roll_ups_of_those_reporting_to_them(
      @ForAll("rosters") Roster roster, @ForAll("records") List<Deal> deals, @ForAll CreditDate credit) {
    HierarchyResult r = rollup(roster, deals, credit);
    for (HierarchyRow row : r.rows()) {
      String period = row.period().label();
      var currency = row.own().won().getCurrency();
      for (ForecastCategory c : List.of(ForecastCategory.CLOSED, ForecastCategory.COMMIT,
          ForecastCategory.MOST_LIKELY, ForecastCategory.BEST_CASE, ForecastCategory.PIPELINE)) {
        Money children = r.rows().stream().filter(x -> x.period().label().equals(period)
            && x.reportsTo().equals(java.util.Optional.of(row.person())) && x.own().won().getCurrency().equals(currency))
            .map(x -> x.total().amount(c)).reduce(Money.zero(currency), Money::plus);
        assertEquals(r.total(period, row.person(), c, currency), r.own(period, row.person(), c, currency).plus(children),
            row.person() + " " + period + " " + c);
      }
    }
  }
}
