package dev.revops.forecast.winloss;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.aggregate.AccumulatorContract;
import dev.revops.core.deal.Deal;
import dev.revops.core.dimension.OpenDimension;
import dev.revops.core.money.Money;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.TestPipelines;
import dev.revops.core.roster.CreditDate;
import dev.revops.core.roster.Roster;
import dev.revops.core.roster.TestRosters;
import dev.revops.core.scope.Scope;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Win and loss grouped by roster levels (what velocity and conversion report from the deals alone):
 * the accumulator contract, and every counted deal once at each level, in the group of who stands at
 * that level on its credit day.
 */
class WinLossByRosterProperties implements AccumulatorContract<Deal, WinLossResult, WinLoss> {
  static final PipelineDefinition DEF = TestPipelines.standard();
  static final LocalDate AS_OF = LocalDate.parse("2026-12-31");
  static final Roster ROSTER = TestRosters.moveInJuly();

  static WinLossOptions options(CreditDate credit, String... dimensions) {
    WinLossOptions.Builder b = WinLossOptions.builder().scope(Scope.asOf(AS_OF)).roster(ROSTER).creditDate(credit);
    for (String d : dimensions) {
      b.addGroupBy(OpenDimension.parse(d, ROSTER));
    }
    return b.build();
  }

  @Override
  public WinLoss empty() {
    return new WinLoss(options(CreditDate.CLOSE_DATE, "level:manager", "level:region", "product"));
  }

  @Provide
  Arbitrary<List<Deal>> records() {
    Arbitrary<Optional<String>> owner = Arbitraries.of("ana", "al", "bo", "cy", "dee").optional(0.9);
    Arbitrary<String> stage = Arbitraries.of("closed-won", "closed-lost", "negotiation");
    Arbitrary<LocalDate> day = Arbitraries.integers().between(0, 364).map(d -> LocalDate.parse("2026-01-01").plusDays(d));
    Arbitrary<Integer> cycle = Arbitraries.integers().between(0, 200);
    Arbitrary<Optional<String>> product = Arbitraries.of("core", "addon").optional(0.8);
    return Combinators.combine(Arbitraries.integers().between(0, 1_000_000), owner, stage, day, cycle, product)
        .as((id, o, s, d, c, p) -> {
          Deal.Builder b = Deal.builder().id("W" + id).amount(Money.ofMinor("USD", 100L * c)).stage(DEF.stage(s))
              .createdDate(d.minusDays(c));
          o.ifPresent(b::owner);
          p.ifPresent(b::product);
          return (s.startsWith("closed") ? b.closedDate(d) : b.expectedCloseDate(d)).build();
        }).list().ofMaxSize(40);
  }

  @Provide
  Arbitrary<CreditDate> credits() {
    return Arbitraries.of(CreditDate.class);
  }

  @Property(tries = 200)
  void every_deal_is_counted_once_at_each_level_in_the_group_of_its_credit_day(@ForAll("records") List<Deal> deals,
      @ForAll("credits") CreditDate credit) {
    for (String level : List.of("rep", "manager", "region")) {
      WinLoss w = new WinLoss(options(credit, "level:" + level));
      deals.forEach(w::add);
      Map<String, Long> counted = new TreeMap<>();
      w.result().groups().forEach(g -> counted.put(g.group().get("level:" + level), g.won() + g.lost() + g.open()));
      Map<String, Long> expected = new TreeMap<>();
      for (Deal d : deals) {
        LocalDate close = d.isClosed() ? d.closedDate().orElseThrow() : d.expectedCloseDate().orElseThrow();
        LocalDate day = credit == CreditDate.AS_OF ? AS_OF : close;
        expected.merge(d.owner().flatMap(o -> ROSTER.atLevel(o, level, day)).orElse("(none)"), 1L, Long::sum);
      }
      assertEquals(expected, counted, level);
      assertEquals(deals.size(), w.result().provenance().counted(), level);
    }
  }
}
