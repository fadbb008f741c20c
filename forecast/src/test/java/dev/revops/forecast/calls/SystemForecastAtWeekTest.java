package dev.revops.forecast.calls;

import static dev.revops.core.pipeline.ForecastCategory.COMMIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.revops.core.InvalidValueException;
import dev.revops.core.deal.Deal;
import dev.revops.core.deal.DealTimeline;
import dev.revops.core.metric.Exclusion;
import dev.revops.core.money.Money;
import dev.revops.core.period.Period;
import dev.revops.core.scope.Scope;
import dev.revops.forecast.conversion.BuiltInModel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The system's forecast at week 2 of 2026-Q2 and 2026-Q3, rebuilt from three deals' histories, and
 * who calls best beside it. Team: west <- bo <- {ana, al}. Weights: the stage defaults (prospecting
 * 10%, proposal 60%, negotiation 80%). Week 2 ends 15 April (Q2) and 15 July (Q3), 00:00 UTC.
 */
class SystemForecastAtWeekTest {
  static final Scope SCOPE = CallDeals.quarters();
  static final Period Q2 = SCOPE.periodOf(LocalDate.parse("2026-05-01"));
  static final Period Q3 = SCOPE.periodOf(LocalDate.parse("2026-08-01"));
  static final Currency USD = Money.currency("USD");
  static final CallOptions OPTIONS = CallOptions.builder().scope(SCOPE).roster(AdjustedForecastTest.TEAM).build();

  /**
   * X1 ana 1,000: prospecting 1 Apr, negotiation 10 Apr, won 20 May (after week 2).
   * X2 al 500: proposal 5 Apr, won 12 Apr (by week 2).
   * X3 al 300: prospecting 20 Jun, negotiation 20 Jul (after week 2 of Q3), lost 10 Aug.
   */
  static List<DealTimeline> timelines() {
    Deal x1 = Deal.builder().id("X1").owner("ana").amount(Money.parse("USD 1000.00"))
        .stage(CallDeals.DEF.stage("closed-won")).closedDate(LocalDate.parse("2026-05-20"))
        .expectedCloseDate(LocalDate.parse("2026-05-31")).build();
    Deal x2 = Deal.builder().id("X2").owner("al").amount(Money.parse("USD 500.00"))
        .stage(CallDeals.DEF.stage("closed-won")).closedDate(LocalDate.parse("2026-04-12"))
        .expectedCloseDate(LocalDate.parse("2026-06-15")).build();
    Deal x3 = Deal.builder().id("X3").owner("al").amount(Money.parse("USD 300.00"))
        .stage(CallDeals.DEF.stage("closed-lost")).closedDate(LocalDate.parse("2026-08-10"))
        .expectedCloseDate(LocalDate.parse("2026-08-31")).build();
    return List.of(
        Timelines.of(x1, "prospecting", "2026-04-01T09:00:00Z", "negotiation", "2026-04-10T09:00:00Z",
            "closed-won", "2026-05-20T09:00:00Z"),
        Timelines.of(x2, "proposal", "2026-04-05T09:00:00Z", "closed-won", "2026-04-12T09:00:00Z"),
        Timelines.of(x3, "prospecting", "2026-06-20T09:00:00Z", "negotiation", "2026-07-20T09:00:00Z",
            "closed-lost", "2026-08-10T09:00:00Z"));
  }

  static SystemForecastResult system() {
    return new SystemForecastAtWeek(OPTIONS, List.of(Q2, Q3), 2, BuiltInModel.STAGE_DEFAULT).addAll(timelines())
        .result();
  }

  static Money usd(String amount) {
    return Money.parse("USD " + amount);
  }

  @Test
  void the_state_at_week_two_is_the_pipeline_then_not_todays() {
    SystemForecastResult r = system();
    // Q2 at 15 April: X1 in negotiation, expected 31 May: 1,000 x 0.80 = 800 weighted (ana, bo, west);
    // X2 won on 12 April: 500 won (al, bo, west); X3 not created yet.
    SystemForecastRow ana = r.row("2026-Q2", "ana", USD).orElseThrow();
    assertEquals(usd("0.00"), ana.closedWon());
    assertEquals(usd("800.00"), ana.weightedPipeline());
    assertEquals(usd("800.00"), ana.systemForecast());
    assertEquals(usd("500.00"), r.row("2026-Q2", "al", USD).orElseThrow().systemForecast());
    SystemForecastRow bo = r.row("2026-Q2", "bo", USD).orElseThrow();
    assertEquals(usd("500.00"), bo.closedWon());
    assertEquals(usd("800.00"), bo.weightedPipeline());
    assertEquals(usd("1300.00"), bo.systemForecast());     // today Q2 holds 1,500 won
    assertEquals(1, bo.wonDeals());
    assertEquals(1, bo.openDeals());
    assertEquals(Instant.parse("2026-04-15T00:00:00Z"), bo.at());
    assertEquals(usd("1300.00"), r.row("2026-Q2", "west", USD).orElseThrow().systemForecast());
    // Q3 at 15 July: X3 still in prospecting (it moved on 20 July): 300 x 0.10 = 30 (al, bo, west); X1, X2 closed in Q2.
    assertEquals(usd("30.00"), r.row("2026-Q3", "al", USD).orElseThrow().systemForecast());
    assertEquals(usd("30.00"), r.row("2026-Q3", "bo", USD).orElseThrow().weightedPipeline());
    assertEquals(Optional.empty(), r.row("2026-Q3", "ana", USD));
    assertEquals(Optional.of(usd("0.00")), r.forecast("2026-Q3", "ana", USD));   // rebuilt, nothing of hers
    assertEquals(Optional.empty(), r.forecast("2026-Q4", "ana", USD));            // not rebuilt
    // Each deal counted or excluded once per period: Q2 X1, X2 counted, X3 not created; Q3 X3 counted, X1, X2 other period
    assertEquals(3, r.provenance().counted());
    Map<String, Long> excluded = new TreeMap<>();
    r.provenance().excluded().forEach(e -> excluded.put(e.reason(), e.count()));
    assertEquals(Map.of("not-created-yet", 1L, "other-period", 2L), excluded);
    assertEquals(List.of("X3@2026-Q2"), r.provenance().excluded().stream()
        .filter(e -> e.reason().equals("not-created-yet")).findFirst().map(Exclusion::examples).orElseThrow());
    assertEquals(BuiltInModel.STAGE_DEFAULT.ref(), r.probabilityModel());
  }

  static ForecastCall call(String caller, String period, String amount, String at) {
    return ForecastCall.builder().caller(caller).period(period).category(COMMIT).amount(usd(amount))
        .submittedAt(Instant.parse(at)).build();
  }

  @Test
  void who_calls_best_beside_the_system_at_the_same_instant() {
    HierarchyResult actual = new HierarchyRollup(OPTIONS).addAll(timelines().stream().map(DealTimeline::current)
        .toList()).result();   // won today: Q2 ana 1,000, al 500, bo 1,500; Q3 nothing (X3 lost)
    List<ForecastCall> calls = List.of(call("ana", "2026-Q2", "900.00", "2026-04-10T12:00:00Z"),
        call("al", "2026-Q2", "450.00", "2026-04-11T12:00:00Z"),
        call("bo", "2026-Q2", "1400.00", "2026-04-14T12:00:00Z"),
        call("al", "2026-Q3", "100.00", "2026-07-02T12:00:00Z"),
        call("bo", "2026-Q3", "150.00", "2026-07-03T12:00:00Z"));
    SystemForecastResult system = system();
    List<CallOutcome> outcomes = new ArrayList<>();
    outcomes.addAll(CallOutcomes.asOfWeek(actual, calls, Q2, 2, COMMIT, SCOPE, system));
    outcomes.addAll(CallOutcomes.asOfWeek(actual, calls, Q3, 2, COMMIT, SCOPE, system));
    AccuracyResult r = new CallAccuracy(SCOPE).addAll(outcomes).result();
    // ana: call 900 vs 1,000 won: -100, bias = wmape = 0.1; system 800: -200 -> bias -0.2, wmape 0.2
    AccuracyRow ana = r.caller("ana").orElseThrow();
    assertEquals(Optional.of(new BigDecimal("-0.1000")), ana.bias());
    assertEquals(Optional.of(usd("800.00")), ana.systemForecast());
    assertEquals(Optional.of(usd("-200.00")), ana.systemError());
    assertEquals(Optional.of(new BigDecimal("-0.2000")), ana.systemBias());
    assertEquals(Optional.of(new BigDecimal("0.2000")), ana.systemWmape());
    // al: calls 450 (won 500) and 100 (won 0): error -50 + 100 = 50, abs 150 over 500: bias 0.1, wmape 0.3;
    // system 500 and 30: error 0 + 30 = 30 over 500: bias = wmape = 0.06
    AccuracyRow al = r.caller("al").orElseThrow();
    assertEquals(Optional.of(new BigDecimal("0.1000")), al.bias());
    assertEquals(Optional.of(new BigDecimal("0.3000")), al.wmape());
    assertEquals(Optional.of(usd("530.00")), al.systemForecast());
    assertEquals(Optional.of(new BigDecimal("0.0600")), al.systemBias());
    assertEquals(Optional.of(new BigDecimal("0.0600")), al.systemWmape());
    // bo: calls 1,400 (won 1,500) and 150 (won 0): error 50, abs 250 over 1,500: 0.0333, 0.1667;
    // system 1,300 and 30: error -200 + 30 = -170, abs 230: bias -0.1133, wmape 0.1533
    AccuracyRow bo = r.caller("bo").orElseThrow();
    assertEquals(Optional.of(new BigDecimal("0.0333")), bo.bias());
    assertEquals(Optional.of(new BigDecimal("0.1667")), bo.wmape());
    assertEquals(Optional.of(usd("-170.00")), bo.systemError());
    assertEquals(Optional.of(usd("230.00")), bo.systemAbsoluteError());
    assertEquals(Optional.of(new BigDecimal("-0.1133")), bo.systemBias());
    assertEquals(Optional.of(new BigDecimal("0.1533")), bo.systemWmape());
    // the rep level: a caller's level comes from their rows of the roll-up, and al has none in Q3 (X3 lost):
    // ana's and al's Q2 outcomes. Calls: -100 - 50 = -150, abs 150 over 1,500: bias -0.1, wmape 0.1;
    // system 800 + 500 = 1,300: error -200 + 0 = -200, abs 200: bias -0.1333, wmape 0.1333
    AccuracyRow reps = r.level("rep").orElseThrow();
    assertEquals(Optional.of(new BigDecimal("-0.1000")), reps.bias());
    assertEquals(Optional.of(new BigDecimal("0.1000")), reps.wmape());
    assertEquals(Optional.of(usd("1300.00")), reps.systemForecast());
    assertEquals(Optional.of(new BigDecimal("-0.1333")), reps.systemBias());
    assertEquals(Optional.of(new BigDecimal("0.1333")), reps.systemWmape());
  }

  @Test
  void the_system_must_be_rebuilt_at_the_week_the_calls_are_taken_at() {
    HierarchyResult actual = new HierarchyRollup(OPTIONS).result();
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> CallOutcomes.asOfWeek(actual, List.of(), Q2, 3, COMMIT, SCOPE, system()));
    assertEquals(true, e.getMessage().contains("rebuilt at week 2"), e.getMessage());
  }
}
