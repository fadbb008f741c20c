package dev.revops.forecast.velocity;

import dev.revops.core.scope.Scope;
import dev.revops.core.deal.DealWithHistory;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.deal.Deal;
import dev.revops.core.history.DealHistory;
import dev.revops.core.money.Money;
import dev.revops.core.period.WorkingCalendar;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.dimension.Dimension;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The stage-velocity example of the README, as written there, on three hand-made deals. */
class ReadmeVelocityTest {
  @Test
  void the_readme_velocity_example_runs_as_written() {
    PipelineDefinition definition = Histories.DEF;
    WorkingCalendar workingCalendar = WorkingCalendar.weekdays();
    // Thursday 2026-01-01: qualification on Monday the 5th, discovery on Monday the 12th, won on the 19th
    List<DealHistory> histories = List.of(
        Histories.of("W1", "2026-01-01", "prospecting@0", "qualification@4", "discovery@11", "closed-won@18"),
        Histories.of("L1", "2026-01-01", "prospecting@0", "qualification@4", "closed-lost@11"));
    Map<String, Deal> dealsById = Map.of(
        "W1", Deal.builder().id("W1").segment("SMB").amount(Money.parse("USD 1000.00"))
            .createdDate(LocalDate.parse("2026-01-01")).stage(definition.resolve("Closed Won"))
            .closedDate(LocalDate.parse("2026-01-19")).build(),
        "L1", Deal.builder().id("L1").segment("SMB").amount(Money.parse("USD 500.00"))
            .createdDate(LocalDate.parse("2026-01-01")).stage(definition.resolve("Closed Lost"))
            .closedDate(LocalDate.parse("2026-01-12")).build());
    DealHistory history = histories.get(0);

    Scope scope = Scope.builder().asOf(LocalDate.parse("2026-10-01"), workingCalendar.zone())
        .workingCalendar(workingCalendar)                 // the working days business days count
        .build();
    VelocityOptions options = VelocityOptions.builder()
        .scope(scope)                                     // as-of, zone, calendar, currency, example limit
        .addGroupBy(Dimension.SEGMENT)                    // any of owner, segment, source, product
        .since(LocalDate.parse("2025-10-01"))             // look-back window; leave out for all history
        .dayCount(DayCount.BUSINESS)                      // default: DayCount.CALENDAR
        .qualifiedStage(definition.resolve("Qualification"))
        .build();
    StageVelocity velocity = new StageVelocity(options);
    SalesVelocity sales = new SalesVelocity(options);
    histories.forEach(h -> {
      DealWithHistory record = DealWithHistory.of(dealsById.get(h.dealId()), h);   // deal first, then its history
      velocity.add(record);
      sales.add(record);
    });
    StageVelocityResult r = velocity.result();           // r.stages(), r.aging(), r.excluded()
    DealTimes times = DealTimes.of(history, options);    // one deal: latest and cumulative time per stage, cycle

    // Business days: Thu 1 and Fri 2 in prospecting (2), a week each in qualification and discovery (5)
    assertEquals(new BigDecimal("2.00"), r.stages().get(0).completed().orElseThrow().meanDays());
    assertEquals(new BigDecimal("5.00"), r.stages().get(1).completed().orElseThrow().meanDays());
    assertEquals(Map.of("segment", "SMB"), r.stages().get(0).group());
    assertEquals(new BigDecimal("12.00"), times.cycleDays().orElseThrow());
    // 2 qualified x 1/2 won x USD 1000 / 12 business days = USD 83.33 a day
    assertEquals(Money.parse("USD 83.33"), sales.result().groups().get(0).velocityPerDay().orElseThrow());
  }
}
