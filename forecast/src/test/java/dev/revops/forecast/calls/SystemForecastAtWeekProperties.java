package dev.revops.forecast.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.aggregate.AccumulatorContract;
import dev.revops.core.deal.Deal;
import dev.revops.core.deal.DealTimeline;
import dev.revops.core.money.Money;
import dev.revops.core.period.Period;
import dev.revops.core.pipeline.ForecastCategory;
import dev.revops.core.roster.CreditDate;
import dev.revops.core.roster.Roster;
import dev.revops.core.roster.RosterEntry;
import dev.revops.core.scope.Scope;
import dev.revops.forecast.conversion.BuiltInModel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The system forecast rebuilt at week N: the accumulator contract, and at an instant after every
 * change the rebuilt state is today's (won as the roll-up of today's deals, the weighted pipeline of
 * today's open deals).
 */
class SystemForecastAtWeekProperties
    implements AccumulatorContract<DealTimeline, SystemForecastResult, SystemForecastAtWeek> {
  static final Scope SCOPE = CallDeals.quarters();
  static final List<Period> QUARTERS = List.of("2026-02-01", "2026-05-01", "2026-08-01", "2026-11-01").stream()
      .map(d -> SCOPE.periodOf(LocalDate.parse(d))).toList();

  /** Each rep under manager m(i mod 4), each manager under region r(i mod 3); ana, who moves, as in the fixtures. */
  static Roster roster() {
    List<RosterEntry> all = new ArrayList<>();
    CallArbitraries.REGIONS.forEach(r -> all.add(RosterEntry.builder().person(r).level("region").build()));
    for (int i = 0; i < CallArbitraries.MANAGERS.size(); i++) {
      all.add(RosterEntry.builder().person(CallArbitraries.MANAGERS.get(i)).level("manager")
          .manager(CallArbitraries.REGIONS.get(i % 3)).build());
    }
    for (int i = 0; i < CallArbitraries.REPS.size(); i++) {
      all.add(RosterEntry.builder().person(CallArbitraries.REPS.get(i)).level("rep")
          .manager(CallArbitraries.MANAGERS.get(i % 4)).to(LocalDate.parse("2026-07-01")).build());
      all.add(RosterEntry.builder().person(CallArbitraries.REPS.get(i)).level("rep")
          .manager(CallArbitraries.MANAGERS.get((i + 1) % 4)).from(LocalDate.parse("2026-07-01")).build());
    }
    return Roster.of(all);
  }

  static final CallOptions OPTIONS = CallOptions.builder().scope(SCOPE).roster(roster())
      .creditDate(CreditDate.CLOSE_DATE).build();

  @Override
  public SystemForecastAtWeek empty() {
    return new SystemForecastAtWeek(OPTIONS, QUARTERS, 5, BuiltInModel.STAGE_DEFAULT);
  }

  @Provide
  Arbitrary<List<DealTimeline>> records() {
    return CallArbitraries.deals().list().ofMaxSize(25).uniqueElements(Deal::id)
        .map(deals -> deals.stream().map(Timelines::ofCurrent).toList());
  }

  @Property(tries = 200)
  void after_every_change_the_rebuilt_forecast_is_todays(@ForAll("records") List<DealTimeline> timelines) {
    // week 60 of each 2026 quarter ends in 2027, after every change of the histories (all in 2026 or before)
    SystemForecastResult rebuilt = new SystemForecastAtWeek(OPTIONS, QUARTERS, 60, BuiltInModel.STAGE_DEFAULT)
        .addAll(timelines).result();
    List<Deal> today = timelines.stream().map(DealTimeline::current).toList();
    HierarchyResult rollup = new HierarchyRollup(OPTIONS).addAll(today).result();
    Map<String, BigDecimal> weighted = new HashMap<>();
    Map<String, Long> open = new HashMap<>();
    CallLens lens = new CallLens(OPTIONS);
    for (Deal d : today) {
      CallLens.Seen s = lens.see(d);
      if (s.excludedBecause().isPresent() || s.won() || s.category() == ForecastCategory.OMITTED
          || OPTIONS.roster().entryOf(d.owner().get(), s.creditDate()).isEmpty()) {
        continue;
      }
      BigDecimal w = BigDecimal.valueOf(s.amount().getAmountMinor()).multiply(d.stage().defaultProbability()
          .toBigDecimal());
      for (String p : OPTIONS.roster().chainOf(d.owner().get(), s.creditDate())) {
        String key = s.period().label() + "/" + p + "/" + s.amount().getCurrencyCode();
        weighted.merge(key, w, BigDecimal::add);
        open.merge(key, 1L, Long::sum);
      }
    }
    for (SystemForecastRow r : rebuilt.rows()) {
      String key = r.period() + "/" + r.person() + "/" + r.closedWon().getCurrencyCode();
      assertEquals(rollup.total(r.period(), r.person(), ForecastCategory.CLOSED, r.closedWon().getCurrency()),
          r.closedWon(), key);
      assertEquals(Money.ofMinor(r.closedWon().getCurrency(), weighted.getOrDefault(key, BigDecimal.ZERO)
          .setScale(0, java.math.RoundingMode.HALF_EVEN).longValueExact()), r.weightedPipeline(), key);
      assertEquals(open.getOrDefault(key, 0L), r.openDeals(), key);
    }
    // and nothing of today's is missing: every person's won total of a quarter has a row
    rollup.rows().stream().filter(h -> h.total().won().isPositive() && QUARTERS.contains(h.period()))
        .forEach(h -> assertEquals(true, rebuilt.row(h.period().label(), h.person(), h.total().won().getCurrency())
            .isPresent(), h.person()));
    // every deal is counted or excluded once per quarter
    assertEquals(4L * timelines.size(), rebuilt.provenance().counted() + rebuilt.provenance().excluded().stream()
        .mapToLong(dev.revops.core.metric.Exclusion::count).sum());
  }
}
