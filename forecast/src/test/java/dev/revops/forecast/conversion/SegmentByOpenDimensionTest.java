package dev.revops.forecast.conversion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.core.InvalidValueException;
import dev.revops.core.deal.Deal;
import dev.revops.core.deal.DealWithHistory;
import dev.revops.core.dimension.OpenDimension;
import dev.revops.core.history.DealHistory;
import dev.revops.core.json.RevopsJson;
import dev.revops.core.probability.Probability;
import dev.revops.core.roster.CreditDate;
import dev.revops.core.roster.Roster;
import dev.revops.core.roster.TestRosters;
import dev.revops.core.scope.Scope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Conversion segmented by open dimensions: a roster level with ana's July move (bo's team until 30
 * June, cy's from 1 July), and a custom attribute. Numbers by hand, no prior (raw shares).
 */
class SegmentByOpenDimensionTest {
  static final Roster ROSTER = TestRosters.moveInJuly();
  static final Scope SCOPE = Scope.asOf(LocalDate.parse("2026-12-01"));

  /** D1 al a-b-won (May), D2 ana a-lost (May), D3 ana a-b-won (Aug), D4 ana a-lost (Aug), D5 ana a-b-lost (Sep). */
  static List<DealWithHistory> records() {
    return List.of(record("D1", "al", "EMEA", ThreeStages.pathFrom("D1", "2026-05-01", "a", "b", "won")),
        record("D2", "ana", "EMEA", ThreeStages.pathFrom("D2", "2026-05-01", "a", "lost")),
        record("D3", "ana", "AMER", ThreeStages.pathFrom("D3", "2026-08-01", "a", "b", "won")),
        record("D4", "ana", "AMER", ThreeStages.pathFrom("D4", "2026-08-10", "a", "lost")),
        record("D5", "ana", "EMEA", ThreeStages.pathFrom("D5", "2026-09-01", "a", "b", "lost")));
  }

  static DealWithHistory record(String id, String owner, String region, DealHistory h) {
    Deal d = Deal.builder().id(id).stage(h.currentStage()).owner(owner).putAttributes("region", region)
        .closedDate(LocalDate.ofInstant(h.changes().get(h.changes().size() - 1).at(), ThreeStages.DEF.timeZone()))
        .build();
    return DealWithHistory.of(d, h);
  }

  static StageProbabilityModel fit(ConversionOptions options, ConversionMethod method) {
    TransitionCounts c = new TransitionCounts(options, ThreeStages.DEF);
    records().forEach(c::add);
    return StageProbabilityModel.fit(c.result(), method);
  }

  static ConversionOptions byManager(CreditDate credit) {
    return ConversionOptions.builder().scope(SCOPE).priorStrength(BigDecimal.ZERO).minDeals(1).roster(ROSTER)
        .creditDate(credit).segmentBy(OpenDimension.parse("level:manager", ROSTER)).build();
  }

  static Map<String, String> stageA(StageProbabilityModel m) {
    Map<String, String> out = new java.util.TreeMap<>();
    m.segments().forEach(s -> out.put(s.value(), s.stages().get(0).probability().toString() + "/"
        + s.stages().get(1).probability().toString()));
    return out;
  }

  @Test
  void a_managers_segment_holds_the_deals_credited_to_their_team_on_the_close_date() {
    // close-date credit: bo has D1, D2 (May); cy has D3, D4, D5 (after ana's move).
    // bo: a passed by 2, 1 won -> 0.5; b passed by D1, won -> 1. cy: a 3 passed, 1 won -> 1/3; b D3, D5 -> 1/2.
    StageProbabilityModel share = fit(byManager(CreditDate.CLOSE_DATE), ConversionMethod.SHARE);
    assertEquals(Map.of("bo", "0.5/1", "cy", "0.333333/0.5"), stageA(share));
    // Markov without loops equals the share: bo a = 1/2 x P(b) = 1/2 x 1; cy a = 2/3 to b x 1/2 = 1/3
    StageProbabilityModel markov = fit(byManager(CreditDate.CLOSE_DATE), ConversionMethod.MARKOV);
    assertEquals(Map.of("bo", "0.5/1", "cy", "0.333333/0.5"), stageA(markov));
  }

  @Test
  void with_todays_hierarchy_anas_may_deal_follows_her_to_cy() {
    // as-of credit (2026-12-01): ana is cy's, so bo keeps D1 only (a 1/1, b 1/1);
    // cy has D2..D5: a passed by 4, 1 won -> 0.25; b D3, D5 -> 0.5
    assertEquals(Map.of("bo", "1/1", "cy", "0.25/0.5"), stageA(fit(byManager(CreditDate.AS_OF),
        ConversionMethod.SHARE)));
  }

  @Test
  void an_open_deal_is_looked_up_in_its_managers_segment_also_after_a_json_round_trip() throws Exception {
    StageProbabilityModel m = fit(byManager(CreditDate.CLOSE_DATE), ConversionMethod.SHARE);
    Deal anaInA = Deal.builder().id("O1").stage(ThreeStages.DEF.stage("a")).owner("ana")
        .expectedCloseDate(LocalDate.parse("2026-12-15")).build();
    Deal anaInMay = Deal.builder().id("O2").stage(ThreeStages.DEF.stage("a")).owner("ana")
        .expectedCloseDate(LocalDate.parse("2026-05-15")).build();
    Deal nobody = Deal.builder().id("O3").stage(ThreeStages.DEF.stage("a")).owner("zed")
        .expectedCloseDate(LocalDate.parse("2026-12-15")).build();
    assertEquals(Probability.parse("0.333333"), m.probability(anaInA));   // cy's 1/3
    assertEquals(Probability.parse("0.5"), m.probability(anaInMay));      // bo's 1/2 (expected before the move)
    assertEquals(Probability.parse("0.4"), m.probability(nobody));        // overall: 2 won of 5 through a
    ObjectMapper json = RevopsJson.mapper();
    String text = json.writeValueAsString(m);
    assertTrue(text.contains("\"segmentBy\":\"level:manager\""), text);
    assertTrue(text.contains("\"creditDate\":\"CLOSE_DATE\"") || text.contains("\"creditDate\":\"close-date\""), text);
    StageProbabilityModel back = json.readValue(text, StageProbabilityModel.class);
    assertEquals(m, back);
    assertEquals(Probability.parse("0.333333"), back.probability(anaInA));
    assertEquals(Probability.parse("0.5"), back.probability(anaInMay));
  }

  @Test
  void a_custom_attribute_segments_like_any_field() {
    // region EMEA: D1 (won), D2, D5 -> a 1/3, b D1 won, D5 lost -> 1/2; AMER: D3 (won), D4 -> a 1/2, b 1/1
    ConversionOptions byRegion = ConversionOptions.builder().scope(SCOPE).priorStrength(BigDecimal.ZERO).minDeals(1)
        .segmentBy(OpenDimension.parse("attribute:region")).build();
    assertEquals(Map.of("AMER", "0.5/1", "EMEA", "0.333333/0.5"), stageA(fit(byRegion, ConversionMethod.SHARE)));
    assertEquals(Optional.of("EMEA"), byRegion.segmentOf(records().get(0).deal().get()));
  }

  @Test
  void a_level_needs_a_roster_and_a_named_credit_day() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> ConversionOptions.builder()
        .scope(SCOPE).segmentBy(OpenDimension.parse("level:manager")).build());
    assertTrue(e.getMessage().contains("must name a level of the roster"), e.getMessage());
    InvalidValueException noCredit = assertThrows(InvalidValueException.class, () -> ConversionOptions.builder()
        .scope(SCOPE).roster(ROSTER).segmentBy(OpenDimension.parse("level:manager", ROSTER)).build());
    assertTrue(noCredit.getMessage().contains("creditDate"), noCredit.getMessage());
  }
}
