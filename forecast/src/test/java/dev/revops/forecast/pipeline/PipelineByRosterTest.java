package dev.revops.forecast.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.core.InvalidValueException;
import dev.revops.core.deal.Deal;
import dev.revops.core.dimension.Dimension;
import dev.revops.core.dimension.OpenDimension;
import dev.revops.core.json.RevopsJson;
import dev.revops.core.money.Money;
import dev.revops.core.roster.CreditDate;
import dev.revops.core.roster.Roster;
import dev.revops.core.roster.TestRosters;
import dev.revops.forecast.conversion.BuiltInModel;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The pipeline grouped by a roster level, with a rep moving team mid-year: ana reports to bo (west)
 * until 30 June and to cy (east) from 1 July.
 */
class PipelineByRosterTest {
  static final LocalDate AS_OF = LocalDate.parse("2026-10-01");

  static final Roster ROSTER = TestRosters.moveInJuly();

  static final OpenDimension MANAGER = OpenDimension.parse("level:manager", ROSTER);
  static final OpenDimension REGION = OpenDimension.parse("level:region", ROSTER);

  /**
   * R1 ana won 100 in May and R5 ana won 40 on 30 June (under bo then); R6 ana won 60 on 1 July (under
   * cy); R2 ana's commit of 200 expected in November (under cy); R3 al won 50 in August (bo); R4 bo's
   * own commit of 20 in December; R7 dee, in no roster, won 10 in August.
   */
  static List<Deal> deals() {
    return List.of(
        Deals.closed("R1", "ana", "USD 100.00", "closed-won", "2026-05-10"),
        Deals.closed("R5", "ana", "USD 40.00", "closed-won", "2026-06-30"),
        Deals.closed("R6", "ana", "USD 60.00", "closed-won", "2026-07-01"),
        Deals.open("R2", "ana", "USD 200.00", "negotiation", "2026-11-15"),
        Deals.closed("R3", "al", "USD 50.00", "closed-won", "2026-08-01"),
        Deals.open("R4", "bo", "USD 20.00", "negotiation", "2026-12-01"),
        Deals.closed("R7", "dee", "USD 10.00", "closed-won", "2026-08-05"));
  }

  static PipelineOptions options(OpenDimension by, CreditDate credit) {
    return PipelineOptions.builder().scope(PipelineTestScopes.quarters(AS_OF).build()).addGroupBy(by)
        .roster(ROSTER).creditDate(credit).build();
  }

  /** Closed-won amount per "period/group" of a roll-up. */
  static Map<String, Money> closed(RollupResult r, String dimension) {
    Map<String, Money> m = new TreeMap<>();
    r.rows().stream().filter(x -> !x.closed().isZero())
        .forEach(x -> m.put(x.period().label() + "/" + x.group().get(dimension), x.closed()));
    return m;
  }

  static RollupResult rollup(PipelineOptions options) {
    ForecastRollup r = new ForecastRollup(options);
    deals().forEach(r::add);
    return r.result();
  }

  @Test
  void credited_on_the_close_date_a_won_deal_stays_with_the_manager_of_the_day_it_closed() {
    RollupResult r = rollup(options(MANAGER, CreditDate.CLOSE_DATE));
    // Q2: R1 100 + R5 40 under bo; Q3: R3 50 under bo, R6 60 under cy (closed the day of the move),
    // R7 10 under no one
    assertEquals(Map.of("2026-Q2/bo", Money.parse("USD 140.00"), "2026-Q3/bo", Money.parse("USD 50.00"),
        "2026-Q3/cy", Money.parse("USD 60.00"), "2026-Q3/(none)", Money.parse("USD 10.00")), closed(r, "level:manager"));
    RollupRow q4bo = row(r, "2026-Q4", "level:manager", "bo");
    RollupRow q4cy = row(r, "2026-Q4", "level:manager", "cy");
    assertEquals(Money.parse("USD 20.00"), q4bo.commit());     // bo's own deal counts at his own level
    assertEquals(Money.parse("USD 200.00"), q4cy.commit());    // ana's November deal: she is under cy by then
    assertEquals(Optional.of(CreditDate.CLOSE_DATE), r.options().creditDate());
  }

  @Test
  void credited_on_the_as_of_date_every_deal_follows_the_rep_to_todays_manager() {
    RollupResult r = rollup(options(MANAGER, CreditDate.AS_OF));
    // on 1 October ana is under cy: her Q2 wins (140) move to cy; al's stay with bo
    assertEquals(Map.of("2026-Q2/cy", Money.parse("USD 140.00"), "2026-Q3/bo", Money.parse("USD 50.00"),
        "2026-Q3/cy", Money.parse("USD 60.00"), "2026-Q3/(none)", Money.parse("USD 10.00")), closed(r, "level:manager"));
  }

  @Test
  void the_region_level_adds_up_its_managers() {
    RollupResult r = rollup(options(REGION, CreditDate.CLOSE_DATE));
    assertEquals(Map.of("2026-Q2/west", Money.parse("USD 140.00"), "2026-Q3/west", Money.parse("USD 50.00"),
        "2026-Q3/east", Money.parse("USD 60.00"), "2026-Q3/(none)", Money.parse("USD 10.00")), closed(r, "level:region"));
    assertEquals(Money.parse("USD 20.00"), row(r, "2026-Q4", "level:region", "west").commit());
    assertEquals(Money.parse("USD 200.00"), row(r, "2026-Q4", "level:region", "east").commit());
  }

  @Test
  void the_weighted_pipeline_groups_open_deals_by_manager_and_period() {
    WeightedPipeline w = new WeightedPipeline(PipelineOptions.builder().scope(PipelineTestScopes.quarters(AS_OF)
        .build()).addGroupBy(MANAGER).addGroupBy(Dimension.CLOSE_PERIOD).roster(ROSTER)
        .creditDate(CreditDate.CLOSE_DATE).build(), BuiltInModel.DEAL_EFFECTIVE);
    deals().forEach(w::add);
    Map<String, Money> open = new TreeMap<>();
    w.result().groups().forEach(g -> open.put(g.group().get("level:manager") + "/" + g.group().get("closePeriod"),
        g.openAmount()));
    assertEquals(Map.of("bo/2026-Q4", Money.parse("USD 20.00"), "cy/2026-Q4", Money.parse("USD 200.00")), open);
  }

  @Test
  void a_level_needs_a_roster_that_has_it_and_a_named_credit_day() {
    InvalidValueException noRoster = assertThrows(InvalidValueException.class, () -> PipelineOptions.builder()
        .scope(PipelineTestScopes.quarters(AS_OF).build()).addGroupBy(OpenDimension.parse("level:manager")).build());
    assertTrue(noRoster.getMessage().contains("must name a level of the roster"), noRoster.getMessage());
    InvalidValueException unnamed = assertThrows(InvalidValueException.class, () -> PipelineOptions.builder()
        .scope(PipelineTestScopes.quarters(AS_OF).build()).addGroupBy(MANAGER).roster(ROSTER).build());
    assertTrue(unnamed.getMessage().contains("creditDate"), unnamed.getMessage());
    InvalidValueException unknown = assertThrows(InvalidValueException.class,
        () -> OpenDimension.parse("level:director", ROSTER));
    assertEquals(1, unknown.getMessage().lines().count());
    assertTrue(unknown.getMessage().contains("level:manager, level:region, level:rep"), unknown.getMessage());
  }

  @Test
  void options_name_the_roster_and_credit_day_in_json_and_read_back_equal() throws Exception {
    ObjectMapper json = RevopsJson.mapper();
    PipelineOptions o = options(MANAGER, CreditDate.AS_OF);
    String text = json.writeValueAsString(o);
    assertTrue(text.contains("\"creditDate\":\"AS_OF\""), text);
    assertTrue(text.contains("\"groupBy\":[\"level:manager\"]"), text);
    assertEquals(o, json.readValue(text, PipelineOptions.class));
    // without a roster neither is written: existing outputs keep their shape
    String plain = json.writeValueAsString(PipelineTestScopes.options(Dimension.OWNER));
    assertTrue(!plain.contains("roster") && !plain.contains("creditDate"), plain);
  }

  private static RollupRow row(RollupResult r, String period, String dimension, String value) {
    return r.rows().stream().filter(x -> x.period().label().equals(period) && value.equals(x.group().get(dimension)))
        .findFirst().orElseThrow();
  }
}
