package dev.revops.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.deal.Deal;
import dev.revops.core.money.Money;
import dev.revops.core.pipeline.ForecastCategory;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.Stage;
import dev.revops.core.probability.Probability;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The README's quick start, line for line: if this changes, change the README. */
class ReadmeQuickStartTest {

  @Test
  void the_readme_quick_start_prints_the_weighted_value() {
    PipelineDefinition pipeline = PipelineDefinition.builder()
        .id("b2b").version(1).effectiveFrom(LocalDate.parse("2026-01-01"))
        .addStages(
            Stage.open("discovery", "Discovery", 10, Probability.ofPercent(40), ForecastCategory.BEST_CASE, "sales"),
            Stage.open("proposal", "Proposal", 20, Probability.ofPercent(60), ForecastCategory.BEST_CASE, "sales"),
            Stage.won("closed-won", "Closed Won", 90, "finance"),
            Stage.lost("closed-lost", "Closed Lost", 91, "sales"))
        .putAliases("Won", "closed-won")
        .build();

    Deal deal = Deal.builder()
        .id("D-1001").name("Acme platform").owner("alice")
        .amount(Money.parse("USD 48000.00"))
        .stage(pipeline.resolve("Proposal"))
        .expectedCloseDate(LocalDate.parse("2026-12-15"))
        .build();

    System.out.println(deal.weightedValue().orElseThrow());   // USD 28800.00
    System.out.println(deal.effectiveProbability());          // 0.6 (STAGE_DEFAULT)
    assertEquals("USD 28800.00", deal.weightedValue().orElseThrow().toString());
    assertEquals("0.6 (STAGE_DEFAULT)", deal.effectiveProbability().toString());
  }
}
