package dev.revops.forecast.calls;

import dev.revops.core.deal.Deal;
import dev.revops.core.deal.DealTimeline;
import dev.revops.core.history.DealHistory;
import dev.revops.core.history.StageChange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Deal timelines of the hand-checked tests and properties: a deal with its stage history. */
final class Timelines {
  private Timelines() {}

  /** A timeline of {@code deal} through {@code stageAt} pairs: stage id, instant, ... (the last its current stage). */
  static DealTimeline of(Deal deal, String... stageAt) {
    List<StageChange> changes = new ArrayList<>();
    String previous = null;
    for (int i = 0; i < stageAt.length; i += 2) {
      changes.add(StageChange.builder().dealId(deal.id()).from(Optional.ofNullable(previous).map(CallDeals.DEF::stage))
          .to(CallDeals.DEF.stage(stageAt[i])).at(Instant.parse(stageAt[i + 1])).build());
      previous = stageAt[i];
    }
    return DealTimeline.of(deal, Optional.of(DealHistory.of(changes)), List.of(), CallDeals.DEF.timeZone());
  }

  /**
   * A timeline ending in the deal's current stage: created in prospecting on 1 December 2025, then
   * (unless still prospecting) in its stage at noon of its closed date, or on 15 December 2025.
   */
  static DealTimeline ofCurrent(Deal deal) {
    String stage = deal.stage().id();
    if (stage.equals("prospecting")) {
      return of(deal, "prospecting", "2025-12-01T00:00:00Z");
    }
    String at = deal.closedDate().map(d -> d + "T12:00:00Z").orElse("2025-12-15T00:00:00Z");
    return of(deal, "prospecting", "2025-12-01T00:00:00Z", stage, at);
  }
}
