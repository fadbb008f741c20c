package dev.revops.forecast.calls;

import static dev.revops.core.pipeline.ForecastCategory.COMMIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.revops.core.InvalidValueException;
import dev.revops.core.money.Money;
import dev.revops.core.period.Period;
import dev.revops.core.scope.Scope;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallAccuracyTest {
  static final Scope SCOPE = CallDeals.quarters();
  static final Period Q2 = SCOPE.periodOf(LocalDate.parse("2026-05-01"));
  static final Period Q3 = SCOPE.periodOf(LocalDate.parse("2026-08-01"));

  /** west <- bo <- {ana, al}. Won: Q2 ana 100, al 50; Q3 ana 40, al 60. */
  static HierarchyResult history() {
    CallOptions options = CallOptions.builder().scope(SCOPE).roster(AdjustedForecastTest.TEAM).build();
    return new HierarchyRollup(options).addAll(List.of(
        CallDeals.won("H1", "ana", "USD 100.00", "2026-05-10"),
        CallDeals.won("H2", "al", "USD 50.00", "2026-06-10"),
        CallDeals.won("H3", "ana", "USD 40.00", "2026-08-10"),
        CallDeals.won("H4", "al", "USD 60.00", "2026-09-10"))).result();
  }

  static ForecastCall call(String caller, String period, String amount, String at) {
    return ForecastCall.builder().caller(caller).period(period).category(COMMIT).amount(Money.parse("USD " + amount))
        .submittedAt(Instant.parse(at)).build();
  }

  static final List<ForecastCall> CALLS = List.of(
      call("ana", "2026-Q2", "120.00", "2026-04-10T09:00:00Z"),
      call("ana", "2026-Q2", "90.00", "2026-04-20T09:00:00Z"),   // after week 2 ends (15 April), in week 3
      call("ana", "2026-Q3", "40.00", "2026-07-05T09:00:00Z"),
      call("al", "2026-Q2", "50.00", "2026-04-02T09:00:00Z"),
      call("al", "2026-Q3", "90.00", "2026-07-03T09:00:00Z"),
      call("bo", "2026-Q2", "140.00", "2026-04-14T09:00:00Z"),
      call("bo", "2026-Q3", "120.00", "2026-07-14T23:59:59Z"));

  static AccuracyResult accuracy(int week) {
    HierarchyResult h = history();
    List<CallOutcome> outcomes = new ArrayList<>();
    outcomes.addAll(CallOutcomes.asOfWeek(h, CALLS, Q2, week, COMMIT, SCOPE, Map.of("bo", Money.parse("USD 160.00"))));
    outcomes.addAll(CallOutcomes.asOfWeek(h, CALLS, Q3, week, COMMIT, SCOPE, Map.of()));
    return new CallAccuracy(SCOPE).addAll(outcomes).result();
  }

  static Optional<BigDecimal> ratio(String r) {
    return Optional.of(new BigDecimal(r));
  }

  @Test
  void each_callers_error_bias_and_wmape_as_of_week_two_over_two_ended_quarters() {
    AccuracyResult r = accuracy(2);
    // ana: Q2 120 vs 100 (+20), Q3 40 vs 40 (0): bias = wmape = 20 / 140 = 0.142857 -> 0.1429
    AccuracyRow ana = r.caller("ana").orElseThrow();
    assertEquals(Money.parse("USD 20.00"), ana.error());
    assertEquals(ratio("0.1429"), ana.bias());
    assertEquals(ratio("0.1429"), ana.wmape());
    // al: Q2 50 vs 50, Q3 90 vs 60 (+30): 30 / 110 = 0.272727 -> 0.2727
    assertEquals(ratio("0.2727"), r.caller("al").orElseThrow().wmape());
    // bo (his team's won): Q2 140 vs 150 (-10), Q3 120 vs 100 (+20): bias 10 / 250 = 0.04, wmape 30 / 250 = 0.12
    AccuracyRow bo = r.caller("bo").orElseThrow();
    assertEquals(Money.parse("USD 250.00"), bo.actual());
    assertEquals(ratio("0.0400"), bo.bias());
    assertEquals(ratio("0.1200"), bo.wmape());
    // The system forecast, known for bo in Q2 only: 160 vs 150: 10 / 150 = 0.0667
    assertEquals(1, bo.systemPeriods());
    assertEquals(ratio("0.0667"), bo.systemWmape());
    // Levels: reps ana + al: errors +20 and +30 over won 250: 0.2; the manager level is bo alone.
    assertEquals(ratio("0.2000"), r.level("rep").orElseThrow().wmape());
    assertEquals(ratio("0.1200"), r.level("manager").orElseThrow().wmape());
    assertEquals(6, r.provenance().counted());
  }

  @Test
  void a_later_week_takes_the_later_submission() {
    // Week 3 ends 22 April: ana's Q2 call is 90 (-10) and Q3 40 (0): bias -10 / 140 = -0.071428 -> -0.0714
    AccuracyRow ana = accuracy(3).caller("ana").orElseThrow();
    assertEquals(ratio("-0.0714"), ana.bias());
    assertEquals(ratio("0.0714"), ana.wmape());
  }

  @Test
  void a_period_not_ended_by_the_as_of_date_is_refused() {
    Period q4 = SCOPE.periodOf(LocalDate.parse("2026-11-01"));
    assertThrows(InvalidValueException.class, () -> CallOutcomes.asOfWeek(history(), CALLS, q4, 2, COMMIT, SCOPE,
        Map.of()));
  }
}
