package dev.revops.forecast.attribution;

import static dev.revops.forecast.attribution.Journeys.attribute;
import static dev.revops.forecast.attribution.Journeys.byChannel;
import static dev.revops.forecast.attribution.Journeys.day;
import static dev.revops.forecast.attribution.Journeys.touches;
import static dev.revops.forecast.attribution.Journeys.won;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.revops.core.InvalidValueException;
import dev.revops.core.money.Money;
import dev.revops.core.touch.DealJourney;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Hand-checked credits for every model on small journeys, and every edge case.
 *
 * <p>The main journey: USD 100.00 won on Jan 31; touches t1 (Jan 1, paid-search), t2 (Jan 5,
 * webinar), t3 (Jan 10, email; the lead is created Jan 10 noon, so t3 is the lead-creation
 * touch), t4 (Jan 15, social), t5 (Jan 20, events; the opportunity is created at that very
 * instant), t6 (Jan 25, paid-search) and t7 (Feb 5, email: after the close, ignored).
 */
class AttributionTest {
  static final DealJourney MAIN = won("D1", "USD 100.00", Optional.of(day(10).plusSeconds(12 * 3600)),
      Optional.of(day(20)), 31, touches("D1", "t7", 36, "email", "t1", 1, "paid-search", "t2", 5, "webinar",
          "t3", 10, "email", "t4", 15, "social", "t5", 20, "events", "t6", 25, "paid-search"));

  @Test
  void single_touch_models_give_everything_to_their_milestone_touch() {
    AttributionResult r = attribute(MAIN);
    assertEquals("{paid-search=USD 100.00}", byChannel(r, "first-touch"));
    assertEquals("{paid-search=USD 100.00}", byChannel(r, "last-touch"));
    assertEquals("{email=USD 100.00}", byChannel(r, "lead-creation"));
    assertEquals("{events=USD 100.00}", byChannel(r, "opportunity-creation"));
  }

  @Test
  void linear_hands_the_leftover_cents_to_the_earliest_touches() {
    // 10000 cents / 6 = 1666 rest 4: t1..t4 get 1667, t5 and t6 1666.
    // paid-search t1 + t6 = 16.67 + 16.66 = 33.33.
    assertEquals("{email=USD 16.67, events=USD 16.66, paid-search=USD 33.33, social=USD 16.67, webinar=USD 16.67}",
        byChannel(attribute(MAIN), "linear"));
  }

  @Test
  void u_shaped_first_and_lead_creation_gives_forty_forty_and_shares_twenty_over_the_others() {
    // t1 40, t3 40, t2 t4 t5 t6 5 each: paid-search 40 + 5.
    assertEquals("{email=USD 40.00, events=USD 5.00, paid-search=USD 45.00, social=USD 5.00, webinar=USD 5.00}",
        byChannel(attribute(MAIN), "u-shaped-first-lead"));
  }

  @Test
  void u_shaped_first_and_last_gives_forty_forty_and_shares_twenty_over_the_others() {
    // t1 40, t6 40, t2..t5 5 each.
    assertEquals("{email=USD 5.00, events=USD 5.00, paid-search=USD 80.00, social=USD 5.00, webinar=USD 5.00}",
        byChannel(attribute(MAIN), "u-shaped-first-last"));
  }

  @Test
  void w_shaped_gives_thirty_to_each_milestone_and_shares_ten_over_the_middle() {
    // t1 t3 t5 30.00 each; t2 t4 t6 share 10.00 = 3.33 + 1 cent left, to the earliest (t2): 3.34, 3.33, 3.33.
    assertEquals("{email=USD 30.00, events=USD 30.00, paid-search=USD 33.33, social=USD 3.33, webinar=USD 3.34}",
        byChannel(attribute(MAIN), "w-shaped"));
  }

  @Test
  void full_path_gives_twenty_two_and_a_half_to_each_of_four_milestones() {
    // t1 t3 t5 t6 22.50 each; t2 t4 5.00 each.
    assertEquals("{email=USD 22.50, events=USD 22.50, paid-search=USD 45.00, social=USD 5.00, webinar=USD 5.00}",
        byChannel(attribute(MAIN), "full-path"));
  }

  @Test
  void time_decay_halves_the_weight_every_half_life_before_the_conversion() {
    // Ages 14, 7 and 0 days: weights 0.25, 0.5, 1 (sum 1.75) of USD 70.00: 10, 20, 40.
    DealJourney d = won("D2", "USD 70.00", Optional.empty(), Optional.empty(), 15,
        touches("D2", "a", 1, "social", "b", 8, "email", "c", 15, "events"));
    assertEquals("{email=USD 20.00, events=USD 40.00, social=USD 10.00}", byChannel(attribute(d), "time-decay-7d"));
  }

  @Test
  void time_decay_still_credits_a_deal_whose_touches_are_all_older_than_a_double_can_weigh() {
    // Closed on day 15; touches 30,000 and 30,007 days before (over 4,000 half-lives of 7 days: 2^-4286
    // is 0 in a double). Aged from the newest touch instead: weights 0.5 and 1 of USD 90.00: 30, 60.
    DealJourney d = won("D9", "USD 90.00", Optional.empty(), Optional.empty(), 15,
        touches("D9", "old", 15 - 30_007, "social", "older-but-last", 15 - 30_000, "email"));
    assertEquals("{email=USD 60.00, social=USD 30.00}", byChannel(attribute(d), "time-decay-7d"));
  }

  @Test
  void touches_after_the_conversion_are_ignored_and_counted() {
    AttributionResult r = attribute(MAIN);
    assertEquals(1, r.touchesAfterConversion());
    // t7 (email, after close) would have been the last touch; t6 (paid-search) is.
    assertEquals("{paid-search=USD 100.00}", byChannel(r, "last-touch"));
  }

  @Test
  void milestones_on_the_same_touch_add_up_on_it() {
    // W-shaped, lead created on the first touch a: a 30 + 30 = 60, b (opportunity) 30, c and d share 10: 5 each.
    DealJourney d = won("D3", "USD 100.00", Optional.of(day(1)), Optional.of(day(2)), 10,
        touches("D3", "a", 1, "social", "b", 2, "email", "c", 3, "events", "d", 4, "webinar"));
    assertEquals("{email=USD 30.00, events=USD 5.00, social=USD 60.00, webinar=USD 5.00}",
        byChannel(attribute(d), "w-shaped"));
  }

  @Test
  void with_no_middle_touches_the_middle_weight_is_dropped_and_the_rest_applied_in_proportion() {
    // U-shaped first/last on two touches: 0.4 and 0.4, middle 0.2 dropped: 50/50.
    DealJourney two = won("D4", "USD 100.01", Optional.empty(), Optional.empty(), 10,
        touches("D4", "a", 1, "social", "b", 2, "email"));
    // 10001 cents by 0.4/0.4: 5000 each and 1 left, to the earlier touch a.
    assertEquals("{email=USD 50.00, social=USD 50.01}", byChannel(attribute(two), "u-shaped-first-last"));
    // W-shaped on three touches, one milestone each: 0.3 x 3: 33.34, 33.33, 33.33.
    DealJourney three = won("D5", "USD 100.00", Optional.of(day(2)), Optional.of(day(3)), 10,
        touches("D5", "a", 1, "social", "b", 2, "email", "c", 3, "events"));
    assertEquals("{email=USD 33.33, events=USD 33.33, social=USD 33.34}", byChannel(attribute(three), "w-shaped"));
  }

  @Test
  void one_touch_gets_everything_unless_the_model_names_no_touch() {
    // Lead created Jan 1, the only touch on Jan 3: no touch at or before lead creation.
    DealJourney d = won("D6", "USD 12.34", Optional.of(day(1)), Optional.of(day(5)), 10,
        touches("D6", "a", 3, "social"));
    AttributionResult r = attribute(d);
    for (String model : List.of("first-touch", "last-touch", "opportunity-creation", "linear", "u-shaped-first-lead",
        "u-shaped-first-last", "w-shaped", "full-path", "time-decay-7d")) {
      assertEquals("{social=USD 12.34}", byChannel(r, model), model);
    }
    assertEquals("{}", byChannel(r, "lead-creation"));
    assertEquals("no-touch-at-milestone", r.model("lead-creation").provenance().excluded().get(0).reason());
    // U-shaped first/lead still credits: the first-touch weight stands alone.
    assertEquals(1, r.model("u-shaped-first-lead").provenance().counted());
  }

  @Test
  void a_deal_without_a_touch_before_its_conversion_is_excluded_by_every_model() {
    DealJourney d = won("D7", "USD 10.00", Optional.empty(), Optional.empty(), 10, touches("D7", "a", 12, "social"));
    AttributionResult r = attribute(d);
    for (ModelCredits m : r.models()) {
      assertEquals(0, m.provenance().counted());
      assertEquals("no-touches", m.provenance().excluded().get(0).reason());
    }
  }

  @Test
  void weights_not_summing_to_one_are_refused_unless_the_definition_says_proportional() {
    Map<Milestone, BigDecimal> weights = Map.of(Milestone.FIRST_TOUCH, new BigDecimal("50"),
        Milestone.LAST_TOUCH, new BigDecimal("30"));
    assertThrows(InvalidValueException.class, () -> AttributionModel.custom("legacy", 1, "Legacy", weights,
        new BigDecimal("20"), WeightNormalisation.SUM_TO_ONE));
    AttributionModel legacy = AttributionModel.custom("legacy", 1, "Legacy", weights, new BigDecimal("20"),
        WeightNormalisation.PROPORTIONAL);
    // 50/30/20 of USD 10.00 over first, middle and last: 5.00, 2.00, 3.00.
    DealJourney d = won("D8", "USD 10.00", Optional.empty(), Optional.empty(), 10,
        touches("D8", "a", 1, "social", "b", 2, "email", "c", 3, "events"));
    AttributionResult r = attribute("legacy", List.of(legacy), AmountBasis.WON_ONLY, d);
    assertEquals("{email=USD 2.00, events=USD 3.00, social=USD 5.00}", byChannel(r, "legacy"));
  }

  @Test
  void open_deals_count_at_their_weighted_amount_only_when_asked() {
    DealJourney open = DealJourney.open("D9", "mid", Money.parse("USD 100.00"), new BigDecimal("0.25"),
        Optional.empty(), Optional.empty(), touches("D9", "a", 1, "social"));
    assertEquals("{}", byChannel(attribute(open), "first-touch"));
    assertEquals("open-deal", attribute(open).primary().provenance().excluded().get(0).reason());
    AttributionResult weighted = attribute("first-touch", AttributionModel.standard(),
        AmountBasis.WON_AND_WEIGHTED_OPEN, open);
    assertEquals("{social=USD 25.00}", byChannel(weighted, "first-touch"));
    assertEquals("[social/social-campaign/mid/2026-03 USD 25.00]",
        weighted.primary().credits().toString());
  }

  @Test
  void lost_deals_are_excluded_and_other_currencies_converted_at_the_conversion_date_or_excluded_without_rate() {
    DealJourney lost = DealJourney.builder().dealId("D10").segment("smb").amount(Money.parse("USD 10.00"))
        .outcome(dev.revops.core.touch.JourneyOutcome.LOST).probability(BigDecimal.ZERO)
        .addTouches(Journeys.touch("D10", "a", 1, "social")).build();
    assertEquals("lost-deal", attribute(lost).primary().provenance().excluded().get(0).reason());
    // EUR 100.00 won Jan 10 at 1.1 USD: USD 110.00, all to the one touch.
    DealJourney eur = DealJourney.won("D11", "smb", Money.parse("EUR 100.00"), Optional.empty(), Optional.empty(),
        day(10), touches("D11", "a", 1, "social"));
    assertEquals("no-exchange-rate", attribute(eur).primary().provenance().excluded().get(0).reason());
    var rates = dev.revops.core.money.ExchangeRateTable.of(dev.revops.core.money.ExchangeRate.of("EUR", "USD",
        java.time.LocalDate.parse("2026-01-01"), "1.1"));
    var scope = dev.revops.core.scope.Scope.builder().asOf(java.time.LocalDate.parse("2026-03-01"),
        java.time.ZoneOffset.UTC).reportingCurrency(java.util.Currency.getInstance("USD")).exchangeRates(rates).build();
    Attribution a = new Attribution(AttributionOptions.of(scope, AttributionModel.standard(), "first-touch",
        AmountBasis.WON_ONLY));
    a.add(eur);
    assertEquals("{social=USD 110.00}", a.result().primary().byChannel().toString());
  }

  @Test
  void the_primary_model_comes_first_and_the_others_show_their_difference_from_it() {
    AttributionResult r = attribute("w-shaped", AttributionModel.standard(), AmountBasis.WON_ONLY, MAIN);
    assertEquals("w-shaped", r.primary().model());
    assertEquals(true, r.primary().primary());
    // last touch minus W-shaped: paid-search 100 - 33.33, the others 0 - their W credit.
    assertEquals("{email=USD -30.00, events=USD -30.00, paid-search=USD 66.67, social=USD -3.33, webinar=USD -3.34}",
        r.model("last-touch").differenceByChannel().toString());
    assertEquals(Money.parse("USD 100.00"), r.model("last-touch").dealsTotal());
  }

  @Test
  void a_definition_round_trips_through_json() throws Exception {
    var mapper = dev.revops.core.json.RevopsJson.mapper();
    AttributionModel decay = AttributionModel.timeDecay("decay-3d", "Decay", Duration.ofDays(3));
    for (AttributionModel m : List.of(AttributionModel.W_SHAPED, decay)) {
      assertEquals(m, mapper.readValue(mapper.writeValueAsString(m), AttributionModel.class));
    }
  }
}
