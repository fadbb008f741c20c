package dev.revops.forecast.pipeline;

import dev.revops.core.dimension.Dimension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.core.deal.Deal;
import dev.revops.core.deal.DealArbitraryProvider;
import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.json.RevopsJson;
import dev.revops.core.money.Money;
import dev.revops.core.probability.Probability;
import dev.revops.forecast.conversion.BuiltInModel;
import dev.revops.forecast.conversion.ProbabilityModel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ForecastProperties {
  static final PipelineOptions GROUPED = PipelineOptions.builder().scope(PipelineTestScopes.quarters(LocalDate.parse("2026-10-01")).build())
      .addGroupBy(Dimension.OWNER, Dimension.CLOSE_PERIOD).build();

  @Provide
  Arbitrary<List<Deal>> deals() {
    return DealArbitraryProvider.deals().list().ofMaxSize(40).uniqueElements(Deal::id);
  }

  /** A model whose probabilities are given per deal id. */
  record TableModel(Map<String, Probability> table) implements ProbabilityModel {
    @Override
    public DefinitionRef ref() {
      return DefinitionRef.of("table", 1);
    }

    @Override
    public Probability probability(Deal deal) {
      return table.getOrDefault(deal.id(), deal.effectiveProbability().probability());
    }
  }

  static WeightedPipelineResult weighted(List<Deal> deals, ProbabilityModel model) {
    WeightedPipeline w = new WeightedPipeline(GROUPED, model);
    deals.forEach(w::add);
    return w.result();
  }

  @Property(tries = 200)
  void the_weighted_pipeline_lies_between_zero_and_the_open_amount(@ForAll("deals") List<Deal> deals) {
    for (PipelineFigures t : weighted(deals, BuiltInModel.DEAL_EFFECTIVE).totals()) {
      assertTrue(!t.weighted().isNegative() && !t.weighted().isGreaterThan(t.openAmount()), t.toString());
    }
  }

  @Property(tries = 200)
  void raising_one_deals_probability_never_lowers_the_total(@ForAll("deals") List<Deal> deals,
      @ForAll @IntRange(min = 0, max = 39) int which, @ForAll @IntRange(min = 0, max = 100) int raise) {
    if (deals.isEmpty()) {
      return;
    }
    Deal d = deals.get(which % deals.size());
    Probability before = d.effectiveProbability().probability();
    BigDecimal up = before.toBigDecimal().add(BigDecimal.valueOf(raise, 2)).min(BigDecimal.ONE);
    Map<String, Probability> table = new HashMap<>();
    table.put(d.id(), Probability.of(up));
    Map<String, Money> low = totals(weighted(deals, BuiltInModel.DEAL_EFFECTIVE));
    Map<String, Money> high = totals(weighted(deals, new TableModel(table)));
    low.forEach((currency, w) -> assertTrue(!high.get(currency).isLessThan(w), currency + ": " + w + " > " + high));
  }

  static Map<String, Money> totals(WeightedPipelineResult r) {
    return r.totals().stream().collect(Collectors.toMap(t -> t.weighted().getCurrencyCode(), PipelineFigures::weighted));
  }

  @Property(tries = 200)
  void groups_add_up_exactly_to_their_totals(@ForAll("deals") List<Deal> deals) {
    WeightedPipelineResult r = weighted(deals, BuiltInModel.DEAL_EFFECTIVE);
    for (PipelineFigures t : r.totals()) {
      String currency = t.openAmount().getCurrencyCode();
      List<PipelineFigures> groups = r.groups().stream()
          .filter(g -> g.openAmount().getCurrencyCode().equals(currency)).toList();
      assertEquals(t.weighted(), groups.stream().map(PipelineFigures::weighted).reduce(Money::plus).orElseThrow());
      assertEquals(t.openAmount(), groups.stream().map(PipelineFigures::openAmount).reduce(Money::plus).orElseThrow());
      assertEquals(t.weightedCostToClose(),
          groups.stream().map(PipelineFigures::weightedCostToClose).reduce(Money::plus).orElseThrow());
      assertEquals(t.weightedProjectedMargin(),
          groups.stream().map(PipelineFigures::weightedProjectedMargin).reduce(Money::plus).orElseThrow());
      assertEquals(t.deals(), groups.stream().mapToLong(PipelineFigures::deals).sum());
    }
    RollupResult rollups = rollup(deals, List.of(deals.size(), deals.size()));
    for (RollupRow total : rollups.totals()) {
      List<RollupRow> rows = rollups.rows().stream().filter(x -> x.period().equals(total.period())
          && x.closed().getCurrencyCode().equals(total.closed().getCurrencyCode())).toList();
      assertEquals(total.bestCaseForecast(), rows.stream().map(RollupRow::bestCaseForecast).reduce(Money::plus).orElseThrow());
      assertEquals(total.openPipeline(), rows.stream().map(RollupRow::openPipeline).reduce(Money::plus).orElseThrow());
    }
  }

  @Property(tries = 200)
  void deal_contributions_add_up_to_the_roll_ups_and_the_weighted_pipeline(@ForAll("deals") List<Deal> deals) {
    RollupResult rollups = rollup(deals, List.of(deals.size(), deals.size()));
    Map<String, Money[]> sums = new HashMap<>();
    Map<String, BigDecimal> weighted = new HashMap<>();
    for (Deal d : deals) {
      ForecastContribution.of(GROUPED, BuiltInModel.DEAL_EFFECTIVE, d).ifPresent(c -> {
        String k = c.period().label() + " " + c.group() + " " + c.closedWon().getCurrencyCode();
        Money[] s = sums.computeIfAbsent(k, x -> new Money[] {Money.zero(c.closedWon().getCurrency()),
            Money.zero(c.closedWon().getCurrency()), Money.zero(c.closedWon().getCurrency()),
            Money.zero(c.closedWon().getCurrency())});
        s[0] = s[0].plus(c.closedWon());
        s[1] = s[1].plus(c.commitForecast());
        s[2] = s[2].plus(c.bestCaseForecast());
        s[3] = s[3].plus(c.openPipeline());
        weighted.merge(c.closedWon().getCurrencyCode(), c.weighted(), BigDecimal::add);
      });
    }
    for (RollupRow row : rollups.rows()) {
      Money[] s = sums.get(row.period().label() + " " + row.group() + " " + row.closed().getCurrencyCode());
      assertEquals(List.of(row.closed(), row.commitForecast(), row.bestCaseForecast(), row.openPipeline()),
          List.of(s[0], s[1], s[2], s[3]), row.toString());
    }
    for (PipelineFigures total : weighted(deals, BuiltInModel.DEAL_EFFECTIVE).totals()) {
      String code = total.weighted().getCurrencyCode();
      assertEquals(total.weighted(), Money.of(total.weighted().getCurrency(), weighted.get(code),
          java.math.RoundingMode.HALF_EVEN));
    }
  }

  @Property(tries = 200)
  void merging_any_split_gives_the_result_of_one_pass(@ForAll("deals") List<Deal> deals,
      @ForAll @IntRange(min = 0, max = 40) int cut1, @ForAll @IntRange(min = 0, max = 40) int cut2) {
    List<Integer> cuts = List.of(Math.min(cut1, deals.size()), Math.min(Math.max(cut1, cut2), deals.size()));
    // weighted pipeline: (a + b) + c and c + (b + a) against one pass
    List<List<Deal>> parts = split(deals, cuts);
    WeightedPipeline[] w = new WeightedPipeline[3];
    WeightedPipeline[] w2 = new WeightedPipeline[3];
    for (int i = 0; i < 3; i++) {
      w[i] = new WeightedPipeline(GROUPED, BuiltInModel.DEAL_EFFECTIVE);
      w2[i] = new WeightedPipeline(GROUPED, BuiltInModel.DEAL_EFFECTIVE);
      parts.get(i).forEach(w[i]::add);
      parts.get(i).forEach(w2[i]::add);
    }
    WeightedPipelineResult one = weighted(deals, BuiltInModel.DEAL_EFFECTIVE);
    assertEquals(one, w[0].merge(w[1]).merge(w[2]).result());
    assertEquals(one, w2[2].merge(w2[1].merge(w2[0])).result());
    RollupResult rollupOne = rollup(deals, List.of(deals.size(), deals.size()));
    assertEquals(rollupOne, rollup(deals, cuts));
    assertEquals(range(deals, List.of(deals.size(), deals.size())), range(deals, cuts));
  }

  static List<List<Deal>> split(List<Deal> deals, List<Integer> cuts) {
    return List.of(deals.subList(0, cuts.get(0)), deals.subList(cuts.get(0), cuts.get(1)),
        deals.subList(cuts.get(1), deals.size()));
  }

  static RollupResult rollup(List<Deal> deals, List<Integer> cuts) {
    List<ForecastRollup> parts = new ArrayList<>();
    for (List<Deal> part : split(deals, cuts)) {
      ForecastRollup r = new ForecastRollup(GROUPED);
      part.forEach(r::add);
      parts.add(r);
    }
    return parts.get(2).merge(parts.get(0)).merge(parts.get(1)).result();
  }

  static RangeForecastResult range(List<Deal> deals, List<Integer> cuts) {
    RangeSettings settings = RangeSettings.builder().exactLimit(4).simulationLimit(12).trials(500).build();
    List<RangeForecast> parts = new ArrayList<>();
    for (List<Deal> part : split(deals, cuts)) {
      RangeForecast r = new RangeForecast(GROUPED, BuiltInModel.DEAL_EFFECTIVE, settings);
      part.forEach(r::add);
      parts.add(r);
    }
    return parts.get(1).merge(parts.get(2)).merge(parts.get(0)).result();
  }

  @Property(tries = 200)
  void range_percentiles_are_ordered_and_within_what_can_be_won(@ForAll("deals") List<Deal> deals) {
    for (PeriodRange r : range(deals, List.of(deals.size(), deals.size())).periods()) {
      assertTrue(!r.p10().isGreaterThan(r.p50()) && !r.p50().isGreaterThan(r.p90()));
      assertTrue(!r.p10().isLessThan(r.closedWon()));
    }
  }

  @Provide
  Arbitrary<List<RangeForecast.Outcome>> outcomes() {
    return net.jqwik.api.Combinators.combine(Arbitraries.longs().between(0, 1_000_000),
            Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(3))
        .as((a, p) -> new RangeForecast.Outcome("x", a, p)).list().ofMinSize(1).ofMaxSize(60);
  }

  @Property(tries = 50)
  void the_simulated_mean_converges_to_the_exact_expected_value(@ForAll("outcomes") List<RangeForecast.Outcome> outcomes,
      @ForAll long seed) {
    int trials = 20_000;
    long[] totals = RangeForecast.simulatedTotals(outcomes, trials, seed);
    double mean = java.util.Arrays.stream(totals).average().orElseThrow();
    double expected = 0;
    double variance = 0;
    for (RangeForecast.Outcome o : outcomes) {
      double p = o.probability().doubleValue();
      expected += o.amount() * p;
      variance += (double) o.amount() * o.amount() * p * (1 - p);
    }
    // Five standard errors: a correct simulation fails this less than once in a million runs.
    assertTrue(Math.abs(mean - expected) <= 5 * Math.sqrt(variance / trials) + 1e-6,
        "simulated " + mean + ", expected " + expected);
  }

  @Property(tries = 200)
  void the_simulation_draws_exactly_as_comparing_each_uniform_draw_with_the_probability(
      @ForAll("outcomes") List<RangeForecast.Outcome> outcomes, @ForAll long seed) {
    int trials = 300;
    // The plain reading of the rule, kept here as the oracle: won when nextDouble() < probability.
    long[] expected = new long[trials];
    SplitMix64 random = new SplitMix64(seed);
    for (int t = 0; t < trials; t++) {
      for (RangeForecast.Outcome o : outcomes) {
        if (random.nextDouble() < o.probability().doubleValue()) {
          expected[t] += o.amount();
        }
      }
    }
    org.junit.jupiter.api.Assertions.assertArrayEquals(expected, RangeForecast.simulatedTotals(outcomes, trials, seed));
  }

  @Property(tries = 100)
  void exact_percentiles_are_ordered_totals_that_can_occur(@ForAll("outcomes") List<RangeForecast.Outcome> outcomes) {
    List<RangeForecast.Outcome> few = outcomes.subList(0, Math.min(8, outcomes.size()));
    long[] exact = RangeForecast.exact(few);
    assertTrue(exact[0] <= exact[1] && exact[1] <= exact[2]);
    java.util.Set<Long> possible = new java.util.HashSet<>();
    for (int mask = 0; mask < (1 << few.size()); mask++) {
      long total = 0;
      for (int i = 0; i < few.size(); i++) {
        if ((mask & (1 << i)) != 0) {
          total += few.get(i).amount();
        }
      }
      possible.add(total);
    }
    for (long q : exact) {
      assertTrue(possible.contains(q), q + " is not a possible total");
    }
  }

  @Property(tries = 100)
  void results_round_trip_through_json(@ForAll("deals") List<Deal> deals) throws Exception {
    ObjectMapper json = RevopsJson.mapper();
    WeightedPipelineResult w = weighted(deals, BuiltInModel.DEAL_EFFECTIVE);
    assertEquals(w, json.readValue(json.writeValueAsString(w), WeightedPipelineResult.class));
    RollupResult r = rollup(deals, List.of(deals.size(), deals.size()));
    assertEquals(r, json.readValue(json.writeValueAsString(r), RollupResult.class));
    RangeForecastResult g = range(deals, List.of(deals.size(), deals.size()));
    assertEquals(g, json.readValue(json.writeValueAsString(g), RangeForecastResult.class));
  }
}
