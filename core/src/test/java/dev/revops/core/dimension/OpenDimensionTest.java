package dev.revops.core.dimension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.InvalidValueException;
import dev.revops.core.Validation;
import dev.revops.core.deal.Deal;
import dev.revops.core.pipeline.TestPipelines;
import dev.revops.core.roster.CreditDate;
import dev.revops.core.roster.Roster;
import dev.revops.core.roster.RosterEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OpenDimensionTest {
  static final Roster ROSTER = Roster.of(List.of(
      RosterEntry.builder().person("west").level("region").build(),
      RosterEntry.builder().person("bo").manager("west").level("manager").build(),
      RosterEntry.builder().person("ana").manager("bo").level("rep").to(LocalDate.parse("2026-07-01")).build(),
      RosterEntry.builder().person("ana").level("rep").from(LocalDate.parse("2026-07-01")).build()));
  static final Deal DEAL = Deal.builder().id("D1").owner("ana").account("Acme").stage(TestPipelines.standard()
      .stage("prospecting")).putAttributes("territory", "EMEA").build();

  @Test
  void a_deal_is_grouped_by_a_field_the_account_an_attribute_or_a_roster_level_on_its_credit_day() {
    LocalDate may = LocalDate.parse("2026-05-01");
    assertEquals("ana", OpenDimension.parse("owner", ROSTER).valueOf(DEAL, Optional.empty(), ROSTER, may));
    assertEquals("Acme", OpenDimension.parse("account", ROSTER).valueOf(DEAL, Optional.empty(), ROSTER, may));
    assertEquals("EMEA", OpenDimension.parse("attribute:territory", ROSTER).valueOf(DEAL, Optional.empty(), ROSTER, may));
    assertEquals("(none)", OpenDimension.parse("attribute:tier", ROSTER).valueOf(DEAL, Optional.empty(), ROSTER, may));
    assertEquals("west", OpenDimension.parse("level:region", ROSTER).valueOf(DEAL, Optional.empty(), ROSTER, may));
    // From July ana reports to no one: no region above her.
    assertEquals("(none)", OpenDimension.parse("level:region", ROSTER).valueOf(DEAL, Optional.empty(), ROSTER,
        LocalDate.parse("2026-08-01")));
    assertEquals(OpenDimension.parse("attribute:territory"), OpenDimension.parse("attribute:territory", ROSTER));
  }

  @Test
  void an_unknown_name_is_a_one_line_error_listing_what_exists() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> OpenDimension.parse("level:director",
        ROSTER));
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
    assertTrue(e.getMessage().contains("level:director"), e.getMessage());
    assertTrue(e.getMessage().contains("owner, segment, source, product, stage, forecastCategory, closePeriod, account, "
        + "attribute:NAME, level:manager, level:region, level:rep"), e.getMessage());
    InvalidValueException noRoster = assertThrows(InvalidValueException.class, () -> OpenDimension.parse("manager",
        Roster.empty()));
    assertTrue(noRoster.getMessage().contains("no roster"), noRoster.getMessage());
  }

  @Test
  void a_grouping_checks_its_levels_and_names_the_credit_day_with_a_roster() {
    OpenDimension manager = OpenDimension.parse("level:manager", ROSTER);
    Validation ok = Validation.of("options");
    OpenDimension.check(ok, List.of(manager, OpenDimension.of(Dimension.OWNER)), Optional.of(ROSTER),
        Optional.of(CreditDate.CLOSE_DATE));
    assertFalse(ok.hasViolations());
    Validation repeated = Validation.of("options");
    OpenDimension.check(repeated, List.of(manager, manager), Optional.of(ROSTER), Optional.of(CreditDate.AS_OF));
    assertTrue(repeated.hasViolations());
    Validation unnamed = Validation.of("options");
    OpenDimension.check(unnamed, List.of(manager), Optional.of(ROSTER), Optional.empty());
    assertTrue(unnamed.hasViolations());
    Validation noRoster = Validation.of("options");
    OpenDimension.check(noRoster, List.of(manager), Optional.empty(), Optional.empty());
    assertTrue(noRoster.hasViolations());
    assertFalse(OpenDimension.anyLevel(List.of(OpenDimension.parse("attribute:region"))));
    assertTrue(OpenDimension.anyLevel(List.of(manager)));
  }

  @Test
  void a_group_key_has_a_value_per_dimension_levels_on_the_credit_day() {
    List<OpenDimension> by = List.of(OpenDimension.parse("level:manager", ROSTER), OpenDimension.parse("account"),
        OpenDimension.of(Dimension.CLOSE_PERIOD));
    assertEquals(List.of("bo", "Acme", "(none)"), OpenDimension.groupKey(by, DEAL, Optional.empty(), ROSTER,
        LocalDate.parse("2026-05-01")));
    // in August ana reports to no one
    assertEquals(List.of("(none)", "Acme", "(none)"), OpenDimension.groupKey(by, DEAL, Optional.empty(), ROSTER,
        LocalDate.parse("2026-08-01")));
    assertEquals("level:manager", by.get(0).key());
    assertEquals(Optional.of(Dimension.CLOSE_PERIOD), by.get(2).dimension());
  }
}
