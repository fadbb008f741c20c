package dev.revops.forecast.velocity;

import dev.revops.core.metric.Quantile;
import dev.revops.core.scope.Scope;
import dev.revops.core.deal.DealWithHistory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.core.deal.Deal;
import dev.revops.core.deal.DealArbitraryProvider;
import dev.revops.core.history.DealHistory;
import dev.revops.core.history.DealHistoryArbitraryProvider;
import dev.revops.core.json.RevopsJson;
import dev.revops.core.dimension.Dimension;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class VelocityProperties {
  static final VelocityOptions OPTIONS = VelocityOptions.builder().scope(Scope.asOf(LocalDate.parse("2025-04-01"))).build();

  @Provide
  Arbitrary<List<DealHistory>> histories() {
    return DealHistoryArbitraryProvider.histories().list().ofMaxSize(30);
  }

  @Provide
  Arbitrary<List<Deal>> deals() {
    return DealArbitraryProvider.deals().list().ofMaxSize(30);
  }

  static StageVelocityResult stages(List<List<DealHistory>> parts) {
    StageVelocity total = new StageVelocity(OPTIONS);
    for (List<DealHistory> part : parts) {
      StageVelocity v = new StageVelocity(OPTIONS);
      part.forEach(h -> v.add(DealWithHistory.ofHistory(h)));
      total = v.merge(total);
    }
    return total.result();
  }

  @Property(tries = 200)
  void stage_velocity_of_any_split_merged_equals_one_pass(@ForAll("histories") List<DealHistory> histories,
      @ForAll @IntRange(min = 0, max = 30) int cut) {
    int c = Math.min(cut, histories.size());
    assertEquals(stages(List.of(histories)), stages(List.of(histories.subList(c, histories.size()),
        histories.subList(0, c))));
  }

  @Property(tries = 200)
  void every_visit_entered_ends_one_way_and_survival_never_rises(@ForAll("histories") List<DealHistory> histories) {
    for (StageVelocityRow r : stages(List.of(histories)).stages()) {
      assertEquals(r.entered(), r.exitedForward() + r.exitedBackward() + r.exitedToLost() + r.stillOpen());
      assertEquals(r.entered(), r.survival().visits());
      r.survival().medianDays().ifPresent(m -> r.survival().p90Days().ifPresent(p -> assertTrue(m.compareTo(p) <= 0)));
    }
  }

  @Property
  void the_exact_median_is_the_type_7_median_and_the_total_the_sum(
      @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 100_000_000) Integer> durations) {
    int[] sorted = durations.stream().mapToInt(Integer::intValue).sorted().toArray();
    long sum = durations.stream().mapToLong(Integer::longValue).sum();
    DurationSummary s = DurationSummary.of(sorted, sum);
    assertEquals(Quantile.type7(sorted, 0.5), s.medianSeconds().doubleValue(), 0.0);
    assertTrue(s.medianSeconds().scale() <= 1, s.medianSeconds().toPlainString());
    assertEquals(sum, s.totalSeconds());
    assertEquals(durations.size(), s.count());
  }

  @Property
  void the_survival_summary_of_sorted_durations_is_the_summary_of_the_kaplan_meier_curve(
      @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 40) Integer> completed,
      @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 40) Integer> censored) {
    int[] done = completed.stream().mapToInt(Integer::intValue).sorted().toArray();
    int[] going = censored.stream().mapToInt(Integer::intValue).sorted().toArray();
    long[] durations = new long[done.length + going.length];
    boolean[] events = new boolean[durations.length];
    for (int i = 0; i < done.length; i++) {
      durations[i] = done[i];
      events[i] = true;
    }
    for (int i = 0; i < going.length; i++) {
      durations[done.length + i] = going[i];
    }
    assertEquals(KaplanMeier.estimate(durations, events).summary(), SurvivalSummary.ofSorted(done, going));
  }

  @Property
  void a_kaplan_meier_curve_never_rises_and_stays_in_zero_to_one(
      @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 50) Integer> durations,
      @ForAll @Size(max = 40) List<Boolean> events) {
    int n = Math.min(durations.size(), events.size());
    long[] d = new long[n];
    boolean[] e = new boolean[n];
    for (int i = 0; i < n; i++) {
      d[i] = durations.get(i);
      e[i] = events.get(i);
    }
    KaplanMeier km = KaplanMeier.estimate(d, e);
    double previous = 1.0;
    for (int t = 0; t <= 51; t++) {
      double s = km.survivalAt(t);
      assertTrue(s >= 0 && s <= previous, "S(" + t + ") = " + s);
      previous = s;
    }
    if (n > 0 && !java.util.stream.IntStream.range(0, n).mapToObj(i -> e[i]).anyMatch(x -> !x)) {
      assertEquals(0.0, km.survivalAt(51), 1e-12); // all ended: nothing survives the last time
    }
  }

  @Property(tries = 200)
  void sales_velocity_of_any_split_merged_equals_one_pass(@ForAll("deals") List<Deal> deals,
      @ForAll @IntRange(min = 0, max = 30) int cut) {
    VelocityOptions options = VelocityOptions.builder().scope(Scope.asOf(LocalDate.parse("2031-01-01")))
        .addGroupBy(Dimension.OWNER).build();
    int c = Math.min(cut, deals.size());
    SalesVelocity one = new SalesVelocity(options);
    deals.forEach(d -> one.add(DealWithHistory.ofDeal(d)));
    SalesVelocity a = new SalesVelocity(options);
    SalesVelocity b = new SalesVelocity(options);
    deals.subList(0, c).forEach(d -> a.add(DealWithHistory.ofDeal(d)));
    deals.subList(c, deals.size()).forEach(d -> b.add(DealWithHistory.ofDeal(d)));
    assertEquals(one.result(), b.merge(a).result());
  }

  @Property(tries = 100)
  void results_round_trip_through_json(@ForAll("histories") List<DealHistory> histories) throws Exception {
    ObjectMapper json = RevopsJson.mapper();
    StageVelocityResult r = stages(List.of(histories));
    assertEquals(r, json.readValue(json.writeValueAsString(r), StageVelocityResult.class));
    for (DealHistory h : histories) {
      DealTimes t = DealTimes.of(h, OPTIONS);
      assertEquals(t, json.readValue(json.writeValueAsString(t), DealTimes.class));
    }
  }
}
