package dev.revops.forecast.review;

import dev.revops.core.period.PeriodKind;
import dev.revops.core.scope.Scope;
import dev.revops.core.deal.Deal;
import dev.revops.core.deal.ProbabilityOverride;
import dev.revops.core.history.DealHistory;
import dev.revops.core.history.StageChange;
import dev.revops.core.money.Money;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.TestPipelines;
import dev.revops.core.probability.Probability;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A hand-checked week in {@link TestPipelines#standard()} (Prospecting 10%, Qualification 20%,
 * Discovery 40%, Proposal 60%, Negotiation 80%), from Monday 2026-11-02 to Monday 2026-11-09, all
 * in USD. The close periods are 2026-Q4 and 2027-Q1.
 *
 * <pre>
 * deal  2026-11-02                              2026-11-09
 * A     proposal     10,000  close 2026-12-10   negotiation 12,000  close 2026-12-10
 * B     discovery     5,000  close 2026-12-20   discovery    5,000  close 2027-01-15 (in discovery since 1 Oct)
 * C     proposal      8,000  close 2026-11-30   won          8,000  closed 2026-11-06
 * D     negotiation   4,000  close 2026-12-01   lost                closed 2026-11-05
 * E     (absent)                                prospecting  2,000  close 2026-12-31, override 50%
 * F     qualification 3,000  close 2027-02-10   won          3,000  closed 2026-11-07
 * G     prospecting   1,000  close 2026-12-05   (absent)
 * H     discovery     6,000  close 2026-11-05,  discovery    6,000  close 2026-11-05, no override
 *                            override 50%
 * I     proposal     20,000  close 2027-03-01   proposal    15,000  close 2027-03-01
 * </pre>
 */
final class Week {
  static final PipelineDefinition DEF = TestPipelines.standard();
  static final Instant MONDAY = Instant.parse("2026-11-02T00:00:00Z");
  static final Instant NEXT_MONDAY = Instant.parse("2026-11-09T00:00:00Z");

  private Week() {}

  static ReviewOptions.Builder options() {
    return ReviewOptions.builder().scope(quarters(NEXT_MONDAY).addBasedOn(DEF.ref()).build())
        .addStates(PipelineState.of("2026-11-02", MONDAY), PipelineState.of("2026-11-09", NEXT_MONDAY));
  }

  /** A scope as of an instant in UTC, with quarterly close periods. */
  static Scope.Builder quarters(Instant asOf) {
    return Scope.builder().asOf(asOf).periodKind(PeriodKind.QUARTER);
  }

  static Deal open(String id, String amount, String stage, String expected) {
    return Deal.builder().id(id).owner("ann").amount(Money.parse("USD " + amount)).stage(DEF.stage(stage))
        .expectedCloseDate(LocalDate.parse(expected)).build();
  }

  static Deal open(String id, String amount, String stage, String expected, String override) {
    return Deal.builder().id(id).owner("ann").amount(Money.parse("USD " + amount)).stage(DEF.stage(stage))
        .expectedCloseDate(LocalDate.parse(expected))
        .probabilityOverride(ProbabilityOverride.of(Probability.parse(override), "ann")).build();
  }

  static Deal closed(String id, String amount, String stage, String closed) {
    Deal.Builder b = Deal.builder().id(id).owner("ann").stage(DEF.stage(stage)).closedDate(LocalDate.parse(closed));
    if (amount != null) {
      b.amount(Money.parse("USD " + amount));
    }
    return b.build();
  }

  static DealSeries pair(String id, Deal before, Deal now) {
    return DealSeries.of(id, List.of(Optional.ofNullable(before), Optional.ofNullable(now)));
  }

  static List<DealSeries> series() {
    List<DealSeries> s = new ArrayList<>();
    s.add(pair("A", open("A", "10000.00", "proposal", "2026-12-10"), open("A", "12000.00", "negotiation", "2026-12-10")));
    DealHistory b = DealHistory.of(List.of(
        StageChange.builder().dealId("B").to(DEF.stage("prospecting")).at(Instant.parse("2026-09-01T00:00:00Z")).build(),
        StageChange.builder().dealId("B").from(DEF.stage("prospecting")).to(DEF.stage("discovery"))
            .at(Instant.parse("2026-10-01T00:00:00Z")).build()));
    s.add(DealSeries.of("B", List.of(Optional.of(open("B", "5000.00", "discovery", "2026-12-20")),
        Optional.of(open("B", "5000.00", "discovery", "2027-01-15"))), Optional.of(b)));
    s.add(pair("C", open("C", "8000.00", "proposal", "2026-11-30"), closed("C", "8000.00", "closed-won", "2026-11-06")));
    s.add(pair("D", open("D", "4000.00", "negotiation", "2026-12-01"), closed("D", "4000.00", "closed-lost", "2026-11-05")));
    s.add(pair("E", null, open("E", "2000.00", "prospecting", "2026-12-31", "0.5")));
    s.add(pair("F", open("F", "3000.00", "qualification", "2027-02-10"), closed("F", "3000.00", "closed-won", "2026-11-07")));
    s.add(pair("G", open("G", "1000.00", "prospecting", "2026-12-05"), null));
    s.add(pair("H", open("H", "6000.00", "discovery", "2026-11-05", "0.5"), open("H", "6000.00", "discovery", "2026-11-05")));
    s.add(pair("I", open("I", "20000.00", "proposal", "2027-03-01"), open("I", "15000.00", "proposal", "2027-03-01")));
    return s;
  }
}
