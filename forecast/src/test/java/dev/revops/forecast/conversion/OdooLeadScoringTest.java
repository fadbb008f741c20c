package dev.revops.forecast.conversion;

import dev.revops.core.scope.Scope;
import dev.revops.core.deal.DealWithHistory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.revops.core.deal.Deal;
import dev.revops.core.history.DealHistory;
import dev.revops.core.history.StageChange;
import dev.revops.core.json.RevopsJson;
import dev.revops.core.pipeline.ForecastCategory;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.Stage;
import dev.revops.core.probability.Probability;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Odoo's predictive lead scoring against the figures of Odoo's own tests
 * (odoo/odoo addons/crm/tests/test_crm_pls.py), and against an example worked by hand following
 * {@code _pls_get_naive_bayes_probabilities} step by step.
 */
class OdooLeadScoringTest {
  /** Odoo's CRM stages: New, Qualified, Proposition (sequence 1 to 3) and Won (sequence 70); lost is no stage in Odoo. */
  static final PipelineDefinition CRM = PipelineDefinition.builder().id("crm").version(1)
      .effectiveFrom(LocalDate.parse("2020-01-01"))
      .addStages(Stage.open("new", "New", 1, Probability.ofPercent(10), ForecastCategory.PIPELINE, "sales"),
          Stage.open("qualified", "Qualified", 2, Probability.ofPercent(20), ForecastCategory.PIPELINE, "sales"),
          Stage.open("proposition", "Proposition", 3, Probability.ofPercent(50), ForecastCategory.BEST_CASE, "sales"),
          Stage.won("won", "Won", 70, "sales"), Stage.lost("lost", "Lost", 71, "sales"))
      .build();
  static final ConversionOptions OPTIONS = ConversionOptions.builder().scope(Scope.asOf(LocalDate.parse("2026-01-01"))).build();

  /** A lead: its id, stage, outcome (won, lost or open) and field values. */
  static Deal lead(String id, String stage, Map<String, String> values) {
    Deal.Builder b = Deal.builder().id(id).stage(CRM.stage(stage));
    values.forEach((k, v) -> {
      if (k.equals("source")) {
        b.source(v);
      } else {
        b.putAttributes(k, v);
      }
    });
    if (!CRM.stage(stage).isOpen()) {
      b.closedDate(LocalDate.parse("2025-06-02"));
    }
    return b.build();
  }

  /** A history: created in {@code stage}, then closed (won or lost) a day later. */
  static DealHistory closed(String id, String stage, String outcome) {
    Instant t = Instant.parse("2025-06-01T00:00:00Z");
    return DealHistory.of(List.of(
        StageChange.builder().dealId(id).to(CRM.stage(stage)).at(t).build(),
        StageChange.builder().dealId(id).from(CRM.stage(stage)).to(CRM.stage(outcome)).at(t.plusSeconds(86_400)).build()));
  }

  static Map<String, String> values(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      if (kv[i + 1] != null) {
        m.put(kv[i], kv[i + 1]);
      }
    }
    return m;
  }

  static final List<String> FIELDS = List.of("attributes.country", "attributes.state", "attributes.email_state",
      "attributes.phone_state", "source");

  @Test
  void scores_the_lead_of_odoos_tooltip_test_at_74_30_percent() {
    // test_pls_tooltip_data: two won leads, three lost, one team; its docstring works the factors
    // out by hand: source 0.1/1.2 vs 2.1/2.2, country 1.1/2.2 vs 1.1/1.2, email 2.1/2.1 vs 3.1/3.1,
    // state 2.1/2.2 vs 0.1/1.2, phone 2.1/2.2 vs 1.1/3.2, stage (Qualified) 2.1/2.1 vs 1.1/3.1;
    // priors 2.1/5.2 and 3.1/5.2: 0.015332 / (0.015332 + 0.005302) = 74.30%
    OdooLeadScoringCounts counts = new OdooLeadScoringCounts(OPTIONS, CRM, FIELDS, Optional.of("attributes.team"));
    Object[][] closed = {
        {"A", "new", "won", values("country", "c0", "state", "s0", "source", "src1")},
        {"B", "new", "won", values("country", "c1", "state", "s0")},
        {"C", "new", "lost", values("source", "src0")},
        {"D", "new", "lost", values("country", "c0", "source", "src0")},
        {"E", "proposition", "lost", values("state", "s1")}};
    for (Object[] c : closed) {
      @SuppressWarnings("unchecked")
      Map<String, String> v = new LinkedHashMap<>((Map<String, String>) c[3]);
      v.put("team", "Tooltip");
      v.put("email_state", "correct");
      v.put("phone_state", c[0].equals("C") || c[0].equals("D") ? "incorrect" : "correct");
      counts.add(DealWithHistory.of(lead((String) c[0], (String) c[2], v), closed((String) c[0], (String) c[1], (String) c[2])));
    }
    OdooLeadScoringModel odoo = OdooLeadScoringModel.fit(counts.result());
    Deal tooltip = lead("F", "qualified", values("team", "Tooltip", "country", "c0", "state", "s0", "email_state",
        "correct", "phone_state", "correct", "source", "src0"));
    assertEquals(Optional.of(new BigDecimal("74.30")), odoo.percent(tooltip));
    assertEquals(Probability.parse("0.743"), odoo.probability(tooltip));
  }

  /**
   * test_predictive_lead_scoring: fourteen leads in three teams; after the full rebuild Odoo
   * asserts 33.49% (lead 3), 7.74% (lead 8), 35.09% (lead 13, team 3) and, once leads 10 to 13 have
   * no team, 35.19% for lead 13 (the rows of every team and of no team summed). The leads' email
   * and phone states are computed by Odoo from their (empty) email and phone: False for all, a
   * value Odoo counts.
   */
  @Test
  void scores_the_leads_of_odoos_predictive_lead_scoring_test_as_it_asserts() {
    String[][] leads = {
        // team, country, state, source, stage, outcome
        {"T1", "c0", "s0", "src0", "new", "lost"}, {"T1", "c1", "s1", "src1", "qualified", "lost"},
        {"T1", "c2", "s2", "src2", "proposition", "won"}, {"T1", "c0", "s1", "src2", "qualified", "open"},
        {"T1", "c1", "s1", "src1", "new", "open"},
        {"T2", "c0", "s1", "src1", "proposition", "lost"}, {"T2", "c0", "s1", "src2", "qualified", "lost"},
        {"T2", "c0", "s2", "src2", "new", "won"}, {"T2", "c0", "s1", "src2", "qualified", "open"},
        {"T2", "c1", "s0", "src1", "qualified", "open"},
        {"T3", "c1", "s1", "src1", "proposition", "won"}, {"T3", "c0", "s1", "src0", "new", "lost"},
        {"T3", "c1", "s2", "src2", "new", "lost"}, {"T3", "c0", "s1", "src2", "qualified", "open"}};
    assertEquals(List.of("33.49", "7.74", "35.09"), scores(leads, false, 3, 8, 13));
    assertEquals(List.of("33.49", "7.74", "35.19"), scores(leads, true, 3, 8, 13));
  }

  static List<String> scores(String[][] leads, boolean lastFourWithoutTeam, int... open) {
    OdooLeadScoringCounts counts = new OdooLeadScoringCounts(OPTIONS, CRM, FIELDS, Optional.of("attributes.team"));
    List<Deal> deals = new ArrayList<>();
    for (int i = 0; i < leads.length; i++) {
      String[] l = leads[i];
      boolean noTeam = lastFourWithoutTeam && i >= leads.length - 4;
      Map<String, String> v = values("team", noTeam ? null : l[0], "country", l[1], "state", l[2], "source", l[3],
          "email_state", "False", "phone_state", "False");
      String id = "L" + i;
      if (l[5].equals("open")) {
        deals.add(lead(id, l[4], v));
      } else {
        deals.add(null);
        counts.add(DealWithHistory.of(lead(id, l[5], v), closed(id, l[4], l[5])));
      }
    }
    OdooLeadScoringModel odoo = OdooLeadScoringModel.fit(counts.result());
    List<String> out = new ArrayList<>();
    for (int i : open) {
      out.add(odoo.percent(deals.get(i)).map(BigDecimal::toPlainString).orElse("none"));
    }
    return out;
  }

  @Test
  void counts_every_stage_for_a_won_deal_and_the_stages_up_to_where_a_lost_one_stopped() {
    // a three-stage pipeline (a, b, c, then won and lost): W1 a-b-won and W2 a-won (both count in
    // a, b, c and won), L1 lost from a (counts in a), L2 lost from b (counts in a and b)
    OdooLeadScoringCounts counts = new OdooLeadScoringCounts(TransitionCountsTest.RAW, ThreeStages.DEF,
        List.of("segment"), Optional.empty());
    counts.add(DealWithHistory.of(NaiveBayesTest.seg("W1", "won", "SMB"), ThreeStages.path("W1", "a", "b", "won")));
    counts.add(DealWithHistory.of(NaiveBayesTest.seg("W2", "won", "ENT"), ThreeStages.path("W2", "a", "won")));
    counts.add(DealWithHistory.of(NaiveBayesTest.seg("L1", "lost", "SMB"), ThreeStages.path("L1", "a", "lost")));
    counts.add(DealWithHistory.of(NaiveBayesTest.seg("L2", "lost", "SMB"), ThreeStages.path("L2", "a", "b", "lost")));
    counts.add(DealWithHistory.of(NaiveBayesTest.seg("O1", "b", "SMB"), ThreeStages.path("O1", "a", "b")));   // open: left out
    OdooLeadScoringModel odoo = OdooLeadScoringModel.fit(counts.result());
    assertEquals(List.of("segment=ENT 1/0", "segment=SMB 1/2", "stage=a 2/2", "stage=b 2/1", "stage=c 2/0",
        "stage=won 2/0"), odoo.frequencies().stream().map(f -> f.field() + "=" + f.value() + " " + f.won() + "/"
        + f.lost()).toList());
    assertEquals(1, counts.result().excluded().get(0).count());
    // worked by hand: W = 2.1, L = 2.1 (stage a); scores 1/2 and 1/2.
    // in b, SMB: won 1/2 x 2.1/2.1 x 1.1/2.2 = 1/4; lost 1/2 x 1.1/2.1 x 2.1/2.2 = 1/4: 50.00%
    assertEquals(Optional.of(new BigDecimal("50.00")), odoo.percent(ThreeStages.deal(
        ThreeStages.path("X", "a", "b"), "SMB")));
    // in c, ENT: won 1/2 x 1 x 1.1/2.2 = 1/4; lost 1/2 x 0.1/2.1 x 0.1/2.2 = 1/924: 231/232 = 99.57%
    assertEquals(Optional.of(new BigDecimal("99.57")), odoo.percent(ThreeStages.deal(
        ThreeStages.path("Y", "a", "c"), "ENT")));
    // a value no closed deal had changes nothing: in a, MID: 1/2 vs 1/2
    assertEquals(Optional.of(new BigDecimal("50.00")), odoo.percent(ThreeStages.deal(
        ThreeStages.path("Z", "a"), "MID")));
    assertEquals(Probability.ONE, odoo.probability(NaiveBayesTest.seg("W9", "won", "SMB")));
    assertEquals(Probability.ZERO, odoo.probability(NaiveBayesTest.seg("L9", "lost", "SMB")));
  }

  @Test
  void clamps_to_0_01_and_99_99_percent_and_falls_back_to_the_stage_default_where_odoo_computes_none()
      throws IOException {
    // ten thousand won deals in c against none lost: 1/2 x 10000.1/10000.1 vs 1/2 x 0.1/10000.1
    // gives 99.999%, shown 99.99; the reverse 0.001%, shown 0.01
    OdooLeadScoringModel won = table("10000", "0", "10000", "10000");
    assertEquals(Optional.of(new BigDecimal("99.99")), won.percent(ThreeStages.deal(ThreeStages.path("X", "a", "c"),
        "SMB")));
    OdooLeadScoringModel lost = table("0", "10000", "10000", "10000");
    assertEquals(Optional.of(new BigDecimal("0.01")), lost.percent(ThreeStages.deal(ThreeStages.path("X", "a", "c"),
        "SMB")));
    OdooLeadScoringModel empty = OdooLeadScoringModel.fit(new OdooLeadScoringCounts(TransitionCountsTest.RAW, ThreeStages.DEF, List.of(),
        Optional.empty()).result());
    Deal inB = ThreeStages.deal(ThreeStages.path("X", "a", "b"), "SMB");
    assertEquals(Optional.empty(), empty.percent(inB));
    assertEquals(Probability.ofPercent(50), empty.probability(inB));
    // the model round-trips through JSON
    assertEquals(won, RevopsJson.mapper().readValue(RevopsJson.mapper().writeValueAsString(won),
        OdooLeadScoringModel.class));
  }

  static OdooLeadScoringModel table(String cWon, String cLost, String aWon, String aLost) {
    return new OdooLeadScoringModel.Builder().definition(ThreeStages.DEF.ref()).options(TransitionCountsTest.RAW)
        .firstStage("a").addFrequencies(
            new LeadScoringFrequency.Builder().field("stage").value("a").won(new BigDecimal(aWon))
                .lost(new BigDecimal(aLost)).build(),
            new LeadScoringFrequency.Builder().field("stage").value("c").won(new BigDecimal(cWon))
                .lost(new BigDecimal(cLost)).build())
        .build();
  }

  @Test
  void refuses_the_stage_as_a_field_and_a_field_that_is_not_one() {
    assertThrows(IllegalArgumentException.class, () -> new OdooLeadScoringCounts(OPTIONS, CRM, List.of("stage"),
        Optional.empty()));
    assertThrows(IllegalArgumentException.class, () -> new OdooLeadScoringCounts(OPTIONS, CRM, List.of("colour"),
        Optional.empty()));
    assertThrows(IllegalArgumentException.class, () -> new OdooLeadScoringCounts(OPTIONS, CRM,
        List.of("source", "source"), Optional.empty()));
  }
}
