package dev.revops.forecast.calls;

import dev.revops.core.roster.CreditDate;
import dev.revops.core.deal.Deal;
import dev.revops.core.money.Money;
import dev.revops.core.period.PeriodKind;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.TestPipelines;
import dev.revops.core.roster.Roster;
import dev.revops.core.roster.RosterEntry;
import dev.revops.core.scope.Scope;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** The roster and deals of the hand-checked tests: three levels, ana moving from bo to cy on 1 July. */
final class CallDeals {
  static final PipelineDefinition DEF = TestPipelines.standard();
  static final LocalDate AS_OF = LocalDate.parse("2026-10-01");

  /** west and east regions; bo under west, cy under east; al under bo; ana under bo until July, then cy. */
  static final Roster ROSTER = Roster.of(List.of(
      RosterEntry.builder().person("west").level("region").build(),
      RosterEntry.builder().person("east").level("region").build(),
      RosterEntry.builder().person("bo").manager("west").level("manager").build(),
      RosterEntry.builder().person("cy").manager("east").level("manager").build(),
      RosterEntry.builder().person("al").manager("bo").level("rep").build(),
      RosterEntry.builder().person("ana").manager("bo").level("rep").to(LocalDate.parse("2026-07-01")).build(),
      RosterEntry.builder().person("ana").manager("cy").level("rep").from(LocalDate.parse("2026-07-01")).build()));

  private CallDeals() {}

  static Scope quarters() {
    return Scope.builder().asOf(AS_OF, ZoneOffset.UTC).periodKind(PeriodKind.QUARTER).build();
  }

  static CallOptions options(CreditDate credit) {
    return CallOptions.builder().scope(quarters()).roster(ROSTER).creditDate(credit).build();
  }

  static Deal won(String id, String owner, String amount, String closed) {
    return Deal.builder().id(id).owner(owner).amount(Money.parse(amount)).stage(DEF.stage("closed-won"))
        .closedDate(LocalDate.parse(closed)).build();
  }

  static Deal lost(String id, String owner, String amount, String closed) {
    return Deal.builder().id(id).owner(owner).amount(Money.parse(amount)).stage(DEF.stage("closed-lost"))
        .closedDate(LocalDate.parse(closed)).build();
  }

  /** An open deal in a stage (negotiation is Commit, proposal Best Case, prospecting Pipeline). */
  static Deal open(String id, String owner, String amount, String stage, String expected) {
    return Deal.builder().id(id).owner(owner).amount(Money.parse(amount)).stage(DEF.stage(stage))
        .expectedCloseDate(LocalDate.parse(expected)).build();
  }

  /** D1 ana won 100 in May (under bo); D2 ana commit 200 in August (under cy); D3 al won 50 in August;
   * D4 bo's own commit 20 in September; D5 cy lost 70; D6 no owner. */
  static List<Deal> deals() {
    return List.of(
        won("D1", "ana", "USD 100.00", "2026-05-10"),
        open("D2", "ana", "USD 200.00", "negotiation", "2026-08-15"),
        won("D3", "al", "USD 50.00", "2026-08-01"),
        open("D4", "bo", "USD 20.00", "negotiation", "2026-09-01"),
        lost("D5", "cy", "USD 70.00", "2026-08-20"),
        Deal.builder().id("D6").amount(Money.parse("USD 5.00")).stage(DEF.stage("closed-won"))
            .closedDate(LocalDate.parse("2026-08-02")).build());
  }
}
