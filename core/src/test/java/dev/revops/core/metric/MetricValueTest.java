package dev.revops.core.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.revops.core.InvalidValueException;
import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MetricValueTest {
  static final Metric WEIGHTED = Metric.builder().id("weighted-pipeline").name("Weighted pipeline")
      .description("Sum of amount x effective probability over open deals").unit(MetricUnit.MONEY)
      .owningTeam("revops").version(1).build();
  static final Metric WIN_RATE = Metric.builder().id("win-rate").name("Win rate")
      .description("Won / (won + lost) over closed deals").unit(MetricUnit.PROBABILITY).owningTeam("revops")
      .version(2).build();

  @Test
  void a_value_carries_its_provenance() {
    MetricValue v = MetricValue.builder().metric(WEIGHTED).money(Money.parse("USD 28800.00"))
        .asOf(LocalDate.parse("2026-11-24")).counted(12)
        .addExcluded(Exclusion.of("closed", 3), Exclusion.builder().reason("no amount").count(2).addExamples("D7").build())
        .putDimensions("owner", "alice").addBasedOn(DefinitionRef.of("b2b", 3)).build();
    assertEquals(5, v.excludedCount());
    assertEquals("weighted-pipeline@1 {owner=alice} = USD 28800.00 (12 counted, 5 excluded)", v.toString());
  }

  @Test
  void money_units_hold_money_and_other_units_hold_numbers() {
    assertThrows(InvalidValueException.class, () -> MetricValue.builder().metric(WEIGHTED).number(BigDecimal.ONE)
        .asOf(LocalDate.parse("2026-11-24")).counted(1).build());
    assertThrows(InvalidValueException.class, () -> MetricValue.builder().metric(WIN_RATE).money(Money.parse("USD 1.00"))
        .asOf(LocalDate.parse("2026-11-24")).counted(1).build());
  }

  @Test
  void a_probability_lies_in_zero_to_one_and_a_count_is_whole() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> MetricValue.builder().metric(WIN_RATE)
        .number(new BigDecimal("1.2")).asOf(LocalDate.parse("2026-11-24")).counted(1).build());
    assertEquals("value of metric win-rate@2: number '1.2' must be between 0 and 1 for unit PROBABILITY", e.getMessage());
    Metric count = Metric.builder().id("deals").name("Deals").description("Open deals").unit(MetricUnit.COUNT)
        .owningTeam("revops").version(1).build();
    assertThrows(InvalidValueException.class, () -> MetricValue.builder().metric(count).number(new BigDecimal("2.5"))
        .asOf(LocalDate.parse("2026-11-24")).counted(1).build());
  }

  @Test
  void each_exclusion_reason_appears_once_and_counts_are_positive() {
    assertThrows(InvalidValueException.class, () -> MetricValue.builder().metric(WEIGHTED).money(Money.zero("USD"))
        .asOf(LocalDate.parse("2026-11-24")).counted(0)
        .addExcluded(Exclusion.of("closed", 1), Exclusion.of("closed", 2)).build());
    assertThrows(InvalidValueException.class, () -> Exclusion.of("closed", 0));
    assertThrows(InvalidValueException.class, () -> Metric.builder().id("x").name("X").description("d")
        .unit(MetricUnit.SCORE).owningTeam("t").version(0).build());
  }
}
