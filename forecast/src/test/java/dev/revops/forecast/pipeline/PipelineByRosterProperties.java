package dev.revops.forecast.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.aggregate.AccumulatorContract;
import dev.revops.core.deal.Deal;
import dev.revops.core.dimension.OpenDimension;
import dev.revops.core.money.Money;
import dev.revops.core.roster.CreditDate;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * The pipeline grouped by roster levels and attributes: the accumulator contract; every deal counted
 * exactly once at each level, in the group of who stands at that level on its credit day; a
 * manager's group is the sum of their reps' groups plus their own deals; an attribute's groups
 * together are the whole.
 */
class PipelineByRosterProperties implements AccumulatorContract<Deal, RollupResult, ForecastRollup> {
  static final List<String> LEVELS = List.of("rep", "manager", "region");

  @Override
  public ForecastRollup empty() {
    return new ForecastRollup(options(CreditDate.CLOSE_DATE, "level:manager", "level:rep", "attribute:region"));
  }

  @Provide
  Arbitrary<List<Deal>> records() {
    return deals().list().ofMaxSize(40);
  }

  @Provide
  Arbitrary<CreditDate> credits() {
    return Arbitraries.of(CreditDate.class);
  }

  /** Deals of ana (who moves on 1 July), al, bo, cy, dee (in no roster) or no one, across 2026, in USD. */
  static Arbitrary<Deal> deals() {
    Arbitrary<Optional<String>> owner = Arbitraries.of("ana", "al", "bo", "cy", "dee").optional(0.9);
    Arbitrary<String> stage = Arbitraries.of("closed-won", "closed-lost", "negotiation", "proposal", "prospecting");
    Arbitrary<LocalDate> day = Arbitraries.integers().between(0, 364).map(d -> LocalDate.parse("2026-01-01").plusDays(d));
    Arbitrary<Long> cents = Arbitraries.longs().between(0, 1_000_000);
    Arbitrary<Optional<String>> region = Arbitraries.of("north", "south").optional(0.7);
    return Combinators.combine(Arbitraries.integers().between(0, 1_000_000), owner, stage, day, cents, region)
        .as((id, o, s, d, c, r) -> {
          Deal.Builder b = Deal.builder().id("G" + id).amount(Money.ofMinor("USD", c))
              .stage(Deals.DEF.stage(s));
          o.ifPresent(b::owner);
          r.ifPresent(x -> b.putAttributes("region", x));
          return (s.startsWith("closed") ? b.closedDate(d) : b.expectedCloseDate(d)).build();
        });
  }

  static PipelineOptions options(CreditDate credit, String... dimensions) {
    PipelineOptions.Builder b = PipelineOptions.builder().scope(PipelineTestScopes.quarters(PipelineByRosterTest.AS_OF)
        .build()).roster(PipelineByRosterTest.ROSTER).creditDate(credit);
    for (String d : dimensions) {
      b.addGroupBy(OpenDimension.parse(d, PipelineByRosterTest.ROSTER));
    }
    return b.build();
  }

  static RollupResult run(PipelineOptions options, List<Deal> deals) {
    ForecastRollup r = new ForecastRollup(options);
    deals.forEach(r::add);
    return r.result();
  }

  @Property(tries = 200)
  void every_deal_is_counted_exactly_once_at_each_level_in_the_group_of_its_credit_day(
      @ForAll("records") List<Deal> deals, @ForAll("credits") CreditDate credit) {
    RollupResult whole = run(options(credit), deals);
    for (String level : LEVELS) {
      RollupResult byLevel = run(options(credit, "level:" + level), deals);
      Map<String, Long> counted = new TreeMap<>();
      byLevel.rows().forEach(r -> counted.merge(r.period().label() + "/" + r.group().get("level:" + level),
          r.openDeals() + r.wonDeals(), Long::sum));
      // worked out from the roster directly, per deal the roll-up counts (open or won, with a close date)
      Map<String, Long> expected = new TreeMap<>();
      for (Deal d : deals) {
        Optional<LocalDate> close = d.isClosed() ? d.closedDate() : d.expectedCloseDate();
        if (d.isLost() || close.isEmpty()) {
          continue;
        }
        LocalDate day = credit == CreditDate.AS_OF ? PipelineByRosterTest.AS_OF : close.get();
        String who = d.owner().flatMap(o -> PipelineByRosterTest.ROSTER.atLevel(o, level, day)).orElse("(none)");
        expected.merge(whole.options().scope().periodOf(close.get()).label() + "/" + who, 1L, Long::sum);
      }
      assertEquals(expected, counted, level);
      assertEquals(figures(whole.totals(), List.of()), figures(byLevel.rows(), List.of()), level);
    }
  }

  @Property(tries = 200)
  void a_managers_group_is_the_sum_of_their_reps_groups_plus_their_own_deals(@ForAll("records") List<Deal> deals,
      @ForAll("credits") CreditDate credit) {
    RollupResult byManager = run(options(credit, "level:manager"), deals);
    RollupResult byManagerAndRep = run(options(credit, "level:manager", "level:rep"), deals);
    // the rows with rep (none) are the manager's own deals (and those of people at no rep level)
    assertEquals(figures(byManager.rows(), List.of("level:manager")),
        figures(byManagerAndRep.rows(), List.of("level:manager")));
  }

  @Property(tries = 200)
  void grouping_by_an_attribute_and_by_the_union_of_its_values_agree(@ForAll("records") List<Deal> deals) {
    RollupResult whole = run(options(CreditDate.CLOSE_DATE), deals);
    RollupResult byRegion = run(options(CreditDate.CLOSE_DATE, "attribute:region"), deals);
    assertEquals(figures(whole.totals(), List.of()), figures(byRegion.rows(), List.of()));
    assertEquals(whole.totals(), byRegion.totals());
  }

  /** Rows summed per period and the values of {@code keep}: counts and every category's amount. */
  static Map<String, List<Object>> figures(List<RollupRow> rows, List<String> keep) {
    Map<String, List<Object>> m = new TreeMap<>();
    for (RollupRow r : rows) {
      List<String> key = new ArrayList<>(List.of(r.period().label()));
      keep.forEach(k -> key.add(r.group().get(k)));
      List<Object> f = List.of(r.openDeals(), r.wonDeals(), r.closed(), r.commit(), r.mostLikely(), r.bestCase(),
          r.pipeline());
      m.merge(String.join("/", key), f, PipelineByRosterProperties::plus);
    }
    return m;
  }

  private static List<Object> plus(List<Object> a, List<Object> b) {
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      out.add(a.get(i) instanceof Long x ? (Object) (x + (Long) b.get(i)) : ((Money) a.get(i)).plus((Money) b.get(i)));
    }
    return out;
  }
}
