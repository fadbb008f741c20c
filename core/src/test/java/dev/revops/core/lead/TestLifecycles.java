package dev.revops.core.lead;

import java.time.LocalDate;

/** Lifecycle definitions for tests. */
public final class TestLifecycles {
  private TestLifecycles() {}

  /**
   * lead, mql, sql, opportunity, customer (the funnel), unqualified (disqualified), other (outside).
   *
   * @return the definition {@code test-lifecycle@1}
   */
  public static LifecycleDefinition standard() {
    return LifecycleDefinition.builder().id("test-lifecycle").version(1).effectiveFrom(LocalDate.parse("2026-01-01"))
        .addStages(LifecycleStage.funnel("lead", "Lead", 10, "marketing"))
        .addStages(LifecycleStage.funnel("mql", "Marketing Qualified Lead", 20, "marketing"))
        .addStages(LifecycleStage.funnel("sql", "Sales Qualified Lead", 30, "sdr"))
        .addStages(LifecycleStage.funnel("opportunity", "Opportunity", 40, "sales"))
        .addStages(LifecycleStage.funnel("customer", "Customer", 50, "customer-success"))
        .addStages(LifecycleStage.builder().id("unqualified").displayName("Unqualified").order(60)
            .kind(LifecycleStageKind.DISQUALIFIED).owningTeam("sdr").build())
        .addStages(LifecycleStage.builder().id("other").displayName("Other").order(70)
            .kind(LifecycleStageKind.OUTSIDE).owningTeam("marketing").build())
        .build();
  }
}
