package dev.revops.forecast.review;

import dev.revops.core.money.Rounding;
import dev.revops.core.scope.Scope;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.core.deal.Deal;
import dev.revops.core.deal.ProbabilityOverride;
import dev.revops.core.json.RevopsJson;
import dev.revops.core.money.ExchangeRate;
import dev.revops.core.money.ExchangeRateTable;
import dev.revops.core.money.Money;
import dev.revops.core.period.Period;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.Stage;
import dev.revops.core.pipeline.TestPipelines;
import dev.revops.core.probability.Probability;
import dev.revops.forecast.conversion.BuiltInModel;
import dev.revops.core.dimension.Dimension;
import dev.revops.forecast.pipeline.ForecastRollup;
import dev.revops.forecast.pipeline.RangeSettings;
import dev.revops.forecast.pipeline.RollupRow;
import dev.revops.forecast.pipeline.Target;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Random pipeline states: deals that appear, vanish, move between stages, periods, amounts,
 * currencies and probabilities from week to week.
 */
class ReviewProperties {
  static final PipelineDefinition DEF = TestPipelines.standard();
  static final ExchangeRateTable RATES = ExchangeRateTable.of(ExchangeRate.builder().from(Money.currency("EUR"))
      .to(Money.currency("USD")).effectiveFrom(LocalDate.parse("2020-01-01")).rate(new BigDecimal("1.0837")).build());
  static final List<LocalDate> DATES = List.of(LocalDate.parse("2026-09-20"), LocalDate.parse("2026-10-15"),
      LocalDate.parse("2026-12-31"), LocalDate.parse("2027-01-01"), LocalDate.parse("2027-02-14"),
      LocalDate.parse("2027-05-01"));

  /** A review's input: its options and one series per deal. */
  record Input(ReviewOptions options, List<DealSeries> series) {
    @Override
    public String toString() {
      return series.toString();
    }
  }

  static Arbitrary<Optional<Deal>> state(String id) {
    Arbitrary<Stage> stages = Arbitraries.of(DEF.stages());
    Arbitrary<Optional<Money>> amounts = Combinators.combine(Arbitraries.of("USD", "USD", "EUR"),
        Arbitraries.of(100L, 25_000L, 100_000L, 333_333L)).as(Money::ofMinor).optional(0.9);
    Arbitrary<Optional<LocalDate>> dates = Arbitraries.of(DATES).optional(0.9);
    Arbitrary<Optional<Probability>> overrides = Arbitraries.of("0", "0.3", "0.55", "1").map(Probability::parse)
        .optional(0.3);
    return Combinators.combine(stages, amounts, dates, overrides, Arbitraries.of("ann", "bob"))
        .as((stage, amount, date, override, owner) -> {
          Deal.Builder b = Deal.builder().id(id).stage(stage).amount(amount).owner(owner);
          if (stage.isClosed()) {
            b.closedDate(date.orElse(DATES.get(1))).expectedCloseDate(date);
          } else {
            b.expectedCloseDate(date).probabilityOverride(override.map(p -> ProbabilityOverride.of(p, owner)));
          }
          return b.build();
        }).optional(0.85);
  }

  @Provide
  Arbitrary<Input> inputs() {
    Arbitrary<Integer> states = Arbitraries.integers().between(2, 4);
    Arbitrary<Boolean> convert = Arbitraries.of(true, false);
    return Combinators.combine(states, convert, Arbitraries.integers().between(0, 30)).flatAs((n, usd, count) -> {
      ReviewOptions.Builder o = ReviewOptions.builder().putAgingThresholdDays("discovery", BigDecimal.ONE)
          .addGroupBy(Dimension.OWNER).listLimit(3);
      Instant at = Instant.parse("2026-10-01T00:00:00Z");
      for (int i = 0; i < n; i++) {
        at = Instant.parse("2026-10-01T00:00:00Z").plusSeconds(7L * 86_400 * i);
        o.addStates(PipelineState.of("week " + i, at));
      }
      Scope.Builder scope = Week.quarters(at).exampleLimit(3);
      if (usd) {
        scope.reportingCurrency(Money.currency("USD")).exchangeRates(RATES);
      }
      ReviewOptions options = o.scope(scope.build()).build();
      List<Arbitrary<DealSeries>> deals = new ArrayList<>();
      for (int d = 0; d < count; d++) {
        String id = "D" + d;
        deals.add(state(id).list().ofSize(n).filter(l -> l.stream().anyMatch(Optional::isPresent))
            .map(l -> DealSeries.of(id, l)));
      }
      return Combinators.combine(deals).as(l -> new Input(options, l));
    });
  }

  static PipelineReviewResult review(Input in, List<DealSeries> series) {
    PipelineReview r = new PipelineReview(in.options(), DEF, BuiltInModel.DEAL_EFFECTIVE, BuiltInModel.STAGE_DEFAULT);
    series.forEach(r::add);
    return r.result();
  }

  /** A deal's value as the reviews value it, computed here independently. */
  static Optional<Money> value(ReviewOptions o, Deal d) {
    if (d.amount().isEmpty()) {
      return Optional.empty();
    }
    Money m = d.amount().get();
    if (o.scope().reportingCurrency().isEmpty() || m.getCurrencyCode().equals("USD")) {
      return Optional.of(m);
    }
    return Optional.of(Money.of(Money.currency("USD"), m.getAmount().multiply(new BigDecimal("1.0837")),
        Rounding.MONEY));
  }

  @Property(tries = 300)
  void every_waterfall_starts_and_ends_at_the_states_pipelines_and_adds_up(@ForAll("inputs") Input in) {
    PipelineReviewResult r = review(in, in.series());   // a waterfall that does not add up cannot be built
    Map<String, Money> start = new HashMap<>();
    Map<String, Money> end = new HashMap<>();
    for (DealSeries s : in.series()) {
      s.previous().filter(Deal::isOpen).filter(d -> d.expectedCloseDate().isPresent())
          .ifPresent(d -> value(in.options(), d).ifPresent(v -> start.merge(key(in.options(), d, v), v, Money::plus)));
      s.latest().filter(Deal::isOpen).filter(d -> d.expectedCloseDate().isPresent())
          .ifPresent(d -> value(in.options(), d).ifPresent(v -> end.merge(key(in.options(), d, v), v, Money::plus)));
    }
    for (Waterfall w : r.waterfalls()) {
      String k = w.period().label() + " " + w.currency().getCurrencyCode();
      assertEquals(start.getOrDefault(k, Money.zero(w.currency())), w.amount().start(), k);
      assertEquals(end.getOrDefault(k, Money.zero(w.currency())), w.amount().end(), k);
      assertTrue(!w.weighted().start().isGreaterThan(w.amount().start()), k);
    }
    assertEquals(start.keySet().stream().filter(k -> r.waterfalls().stream().noneMatch(
        w -> (w.period().label() + " " + w.currency().getCurrencyCode()).equals(k))).toList(), List.of());
  }

  private static String key(ReviewOptions o, Deal d, Money v) {
    Period p = o.scope().periodOf(d.expectedCloseDate().get());
    return p.label() + " " + v.getCurrencyCode();
  }

  @Property(tries = 200)
  void any_split_of_the_deals_gives_the_reviews_of_one_pass(@ForAll("inputs") Input in,
      @ForAll @IntRange(min = 0, max = 30) int cut) {
    int at = Math.min(cut, in.series().size());
    List<DealSeries> first = in.series().subList(0, at);
    List<DealSeries> second = in.series().subList(at, in.series().size());
    PipelineReview a = new PipelineReview(in.options(), DEF, BuiltInModel.DEAL_EFFECTIVE, BuiltInModel.STAGE_DEFAULT);
    PipelineReview b = new PipelineReview(in.options(), DEF, BuiltInModel.DEAL_EFFECTIVE, BuiltInModel.STAGE_DEFAULT);
    second.forEach(b::add);   // the second half first: order must not matter either
    first.forEach(a::add);
    assertEquals(review(in, in.series()), b.merge(a).result());

    ForecastReconciliation one = reconciliation(in);
    in.series().forEach(one::add);
    ForecastReconciliation x = reconciliation(in);
    ForecastReconciliation y = reconciliation(in);
    first.forEach(x::add);
    second.forEach(y::add);
    assertEquals(one.result(), x.merge(y).result());

    ExecutionReview whole = new ExecutionReview(in.options(), BuiltInModel.DEAL_EFFECTIVE);
    in.series().forEach(whole::add);
    ExecutionReview p = new ExecutionReview(in.options(), BuiltInModel.DEAL_EFFECTIVE);
    ExecutionReview q = new ExecutionReview(in.options(), BuiltInModel.DEAL_EFFECTIVE);
    first.forEach(p::add);
    second.forEach(q::add);
    assertEquals(whole.result(), q.merge(p).result());
  }

  /** The options with lists long enough for every deal. */
  static ReviewOptions listingAll(ReviewOptions o) {
    return ReviewOptions.builder().scope(o.scope()).addAllStates(o.states()).addAllGroupBy(o.groupBy())
        .putAllAgingThresholdDays(o.agingThresholdDays()).listLimit(1000).build();
  }

  static ForecastReconciliation reconciliation(Input in) {
    List<Target> targets = List.of(Target.builder().period("2026-Q4").amount(Money.parse("USD 5000.00")).build());
    return new ForecastReconciliation(in.options(), BuiltInModel.DEAL_EFFECTIVE, targets, RangeSettings.defaults());
  }

  @Property(tries = 200)
  void the_reconciliations_figures_are_the_roll_ups_of_each_state_and_its_movers_explain_the_change(
      @ForAll("inputs") Input in) {
    ReviewOptions o = listingAll(in.options());
    Input all = new Input(o, in.series());
    ForecastReconciliation r = reconciliation(all);
    ForecastRollup latest = new ForecastRollup(o.pipelineOptions(o.states().size() - 1, o.groupBy()));
    in.series().forEach(s -> {
      r.add(s);
      s.latest().ifPresent(latest::add);
    });
    ForecastReconciliationResult result = r.result();
    for (RollupRow t : latest.result().totals()) {
      ReconciliationRow row = result.rows().stream().filter(x -> x.period().equals(t.period()) && x.group().isEmpty()
          && x.currency().equals(t.closed().getCurrency())).findFirst().orElseThrow();
      assertEquals(t.commitForecast(), row.latest().commitForecast());
      assertEquals(t.bestCaseForecast(), row.latest().bestCaseForecast());
    }
    for (ReconciliationRow row : result.rows()) {
      Money commit = row.movers().stream().map(ForecastMove::commitForecast).reduce(Money.zero(row.currency()),
          Money::plus);
      assertEquals(row.latest().commitForecast().minus(row.previous().commitForecast()), commit, row.toString());
      Money closed = row.movers().stream().map(ForecastMove::closedWon).reduce(Money.zero(row.currency()), Money::plus);
      assertEquals(row.latest().closedWon().minus(row.previous().closedWon()), closed, row.toString());
      assertEquals(row.movers().size(), row.dealsMoved());
    }
  }

  @Property(tries = 200)
  void accuracy_ratios_are_never_negative_and_brier_scores_lie_in_zero_one(@ForAll("inputs") Input in) {
    ExecutionReview e = new ExecutionReview(in.options(), BuiltInModel.DEAL_EFFECTIVE);
    in.series().forEach(e::add);
    ExecutionReviewResult r = e.result();
    for (PeriodAccuracy a : r.accuracy()) {
      a.measures().forEach(m -> m.absolutePercentageError().ifPresent(x -> assertTrue(x.signum() >= 0)));
      a.brierScore().ifPresent(b -> assertTrue(b.signum() >= 0 && b.compareTo(BigDecimal.ONE) <= 0, b.toString()));
      assertTrue(a.forecastState().asOf().isBefore(in.options().latest().asOf()));
    }
    r.summary().forEach(s -> s.wmape().ifPresent(w -> assertTrue(w.signum() >= 0)));
    int listed = in.options().listLimit();
    assertEquals(Math.min(r.wonDeals(), listed) + Math.min(r.lostDeals(), listed), r.closed().size());
  }

  @Property(tries = 100)
  void every_review_reads_back_from_json(@ForAll("inputs") Input in) throws Exception {
    ObjectMapper json = RevopsJson.mapper();
    PipelineReviewResult p = review(in, in.series());
    assertEquals(p, json.readValue(json.writeValueAsString(p), PipelineReviewResult.class));
    ForecastReconciliation f = reconciliation(in);
    in.series().forEach(f::add);
    ForecastReconciliationResult fr = f.result();
    assertEquals(fr, json.readValue(json.writeValueAsString(fr), ForecastReconciliationResult.class));
    ExecutionReview e = new ExecutionReview(in.options(), BuiltInModel.DEAL_EFFECTIVE);
    in.series().forEach(e::add);
    ExecutionReviewResult er = e.result();
    assertEquals(er, json.readValue(json.writeValueAsString(er), ExecutionReviewResult.class));
  }
}
