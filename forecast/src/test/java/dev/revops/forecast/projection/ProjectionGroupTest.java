package dev.revops.forecast.projection;

import static dev.revops.forecast.projection.Projections.SCOPE;
import static dev.revops.forecast.projection.Projections.month;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.InvalidValueException;
import dev.revops.core.deal.Deal;
import dev.revops.core.deal.ProbabilityOverride;
import dev.revops.core.dimension.Dimension;
import dev.revops.core.dimension.OpenDimension;
import dev.revops.core.json.RevopsJson;
import dev.revops.core.money.Money;
import dev.revops.core.probability.Probability;
import dev.revops.core.roster.Roster;
import dev.revops.core.roster.RosterEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Hand-checked: the projection per group of any open dimension. */
class ProjectionGroupTest {
  static final Roster ROSTER = Roster.of(List.of(
      RosterEntry.builder().person("west").level("region").build(),
      RosterEntry.builder().person("bo").manager("west").level("manager").build(),
      RosterEntry.builder().person("ann").manager("bo").level("rep").build(),
      RosterEntry.builder().person("cy").manager("bo").level("rep").build()));

  static Deal deal(String id, String owner, String amount, Optional<String> region) {
    Deal.Builder b = Deal.builder().id(id).owner(owner).product("licence").amount(Money.parse(amount))
        .stage(Projections.DEF.stage("proposal")).expectedCloseDate(LocalDate.parse("2026-10-20"))
        .probabilityOverride(ProbabilityOverride.of(Probability.parse("0.5"), owner));
    region.ifPresent(r -> b.putAttributes("region", r));
    return b.build();
  }

  static final List<ProjectionRecord> RECORDS = List.of(
      ProjectionRecord.openDeal(deal("D1", "ann", "USD 100.00", Optional.of("emea"))),
      ProjectionRecord.openDeal(deal("D2", "cy", "USD 300.00", Optional.empty())),
      ProjectionRecord.booked(ProjectionTest.booked(List.of())));

  static ProjectionResult run(String... dimensions) {
    ProjectionOptions.Builder b = ProjectionOptions.builder().scope(SCOPE).roster(ROSTER);
    for (String d : dimensions) {
      b.addGroupBy(OpenDimension.parse(d, ROSTER));
    }
    return Projections.run(b.build(), RECORDS);
  }

  static Money octoberRevenue(ProjectionGroup g) {
    return g.rows().stream().filter(r -> r.period().equals(month("2026-10"))).findFirst().orElseThrow().total()
        .revenue();
  }

  @Test
  void per_owner_each_deal_is_its_owners_and_a_contract_without_its_deal_is_none() {
    // October: ann 100.00 x 0.5 = 50.00; cy 300.00 x 0.5 = 150.00; the booked contract's 100.00 a month has no
    // deal: (none), first in the order of values. Together 300.00, the ungrouped October.
    ProjectionResult r = run("owner");
    assertEquals(List.of(Map.of("owner", Dimension.NONE), Map.of("owner", "ann"), Map.of("owner", "cy")),
        r.groups().stream().map(ProjectionGroup::group).toList());
    assertEquals(List.of(Money.parse("USD 100.00"), Money.parse("USD 50.00"), Money.parse("USD 150.00")),
        r.groups().stream().map(ProjectionGroupTest::octoberRevenue).toList());
    assertEquals(Money.parse("USD 300.00"), r.row(month("2026-10"), Money.currency("USD")).get().total().revenue());
  }

  @Test
  void per_attribute_and_roster_level_and_a_booked_contract_with_its_won_deal() {
    // by region: emea 50.00; (none): cy's 150.00 and the contract's 100.00. By the roster's manager level: both reps report to bo: 200.00.
    ProjectionResult region = run("attribute:region");
    assertEquals(List.of(Map.of("attribute:region", Dimension.NONE), Map.of("attribute:region", "emea")),
        region.groups().stream().map(ProjectionGroup::group).toList());
    assertEquals(Money.parse("USD 250.00"), octoberRevenue(region.groups().get(0)));
    ProjectionResult manager = Projections.run(ProjectionOptions.builder().scope(SCOPE).roster(ROSTER)
        .addGroupBy(OpenDimension.parse("level:manager", ROSTER)).build(), RECORDS.subList(0, 2));
    assertEquals(1, manager.groups().size());
    assertEquals(Map.of("level:manager", "bo"), manager.groups().get(0).group());
    assertEquals(Money.parse("USD 200.00"), octoberRevenue(manager.groups().get(0)));
    // the booked contract with the deal it was won from (owner ann) goes to ann's group
    Deal won = Deal.builder().id("W1").owner("ann").product("licence").amount(Money.parse("USD 1200.00"))
        .stage(Projections.DEF.stage("closed-won")).closedDate(LocalDate.parse("2026-09-01")).build();
    ProjectionResult withDeal = Projections.run(ProjectionOptions.builder().scope(SCOPE)
        .addGroupBy(OpenDimension.parse("owner")).build(), List.of(RECORDS.get(0),
        ProjectionRecord.booked(ProjectionTest.booked(List.of()), Optional.empty(), won)));
    assertEquals(1, withDeal.groups().size());
    assertEquals(Money.parse("USD 150.00"), octoberRevenue(withDeal.groups().get(0)));
  }

  @Test
  void grouping_round_trips_through_json_and_is_absent_without_it() throws Exception {
    ProjectionResult r = run("owner", "attribute:region");
    String json = RevopsJson.mapper().writeValueAsString(r);
    assertEquals(r, RevopsJson.mapper().readValue(json, ProjectionResult.class));
    String plain = RevopsJson.mapper().writeValueAsString(Projections.run(ProjectionOptions.of(SCOPE), RECORDS));
    assertTrue(!plain.contains("groups") && !plain.contains("groupBy") && !plain.contains("roster"), plain);
  }

  @Test
  void a_repeated_dimension_or_a_level_the_roster_lacks_is_refused() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> ProjectionOptions.builder().scope(SCOPE)
        .addGroupBy(OpenDimension.parse("owner"), OpenDimension.parse("owner")).build());
    assertTrue(e.getMessage().contains("groupBy"), e.getMessage());
    e = assertThrows(InvalidValueException.class, () -> ProjectionOptions.builder().scope(SCOPE)
        .addGroupBy(OpenDimension.parse("level:vp")).build());
    assertTrue(e.getMessage().contains("level:vp"), e.getMessage());
  }
}
