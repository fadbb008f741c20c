package dev.revops.forecast.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.aggregate.AccumulatorContract;
import dev.revops.core.money.Money;
import dev.revops.core.touch.DealJourney;
import dev.revops.core.touch.Touch;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Attribution's invariants: every deal's credits sum exactly to its amount, totals over channels
 * (and campaigns, segments) equal the credited deals' total, the order touches and deals are read
 * in changes nothing, and the accumulator contract (any split merged equals one pass).
 */
class AttributionProperties implements AccumulatorContract<DealJourney, AttributionResult, Attribution> {
  private static final List<String> CHANNELS = List.of("paid-search", "email", "social", "events", "webinar");

  @Override
  public Attribution empty() {
    return new Attribution(options());
  }

  private static AttributionOptions options() {
    List<AttributionModel> models = new ArrayList<>(AttributionModel.standard());
    models.add(AttributionModel.custom("legacy", 2, "Legacy", Map.of(Milestone.FIRST_TOUCH, new BigDecimal("7"),
        Milestone.OPPORTUNITY_CREATION, new BigDecimal("3")), new BigDecimal("1"), WeightNormalisation.PROPORTIONAL));
    return AttributionOptions.of(Journeys.SCOPE, models, "w-shaped", AmountBasis.WON_AND_WEIGHTED_OPEN);
  }

  @Provide
  Arbitrary<List<DealJourney>> records() {
    return journeys().list().ofMaxSize(12);
  }

  @Provide
  Arbitrary<DealJourney> journeys() {
    Arbitrary<String> ids = Arbitraries.strings().alpha().ofLength(6);
    Arbitrary<Long> minor = Arbitraries.longs().between(0, 100_000_000_000L);
    Arbitrary<List<int[]>> touches = Combinators.combine(Arbitraries.integers().between(1, 70),
        Arbitraries.integers().between(0, CHANNELS.size() - 1)).as((d, c) -> new int[] {d, c}).list().ofMaxSize(8);
    Arbitrary<Optional<Integer>> milestone = Arbitraries.integers().between(1, 60).optional(0.8);
    return Combinators.combine(ids, minor, touches, milestone, milestone, Arbitraries.integers().between(1, 60),
        Arbitraries.integers().between(-1, 100)).as((id, amount, ts, lead, opp, close, pct) -> {
          List<Touch> list = new ArrayList<>();
          for (int i = 0; i < ts.size(); i++) {
            list.add(Touch.builder().id("t" + i).dealId(id).instant(Journeys.day(ts.get(i)[0]))
                .channel(CHANNELS.get(ts.get(i)[1])).campaign("c" + i % 3).kind("click").build());
          }
          Optional<Instant> l = lead.map(Journeys::day);
          Optional<Instant> o = opp.map(Journeys::day);
          Money m = Money.ofMinor("USD", amount);
          return pct < 0 ? DealJourney.won(id, "seg" + close % 2, m, l, o, Journeys.day(close), list)
              : DealJourney.open(id, "seg" + close % 2, m, BigDecimal.valueOf(pct, 2), l, o, list);
        });
  }

  @Property(tries = 200)
  void every_deal_s_credits_sum_exactly_to_its_amount(@ForAll("journeys") DealJourney deal) {
    AttributionResult r = new Attribution(options()).addAll(List.of(deal)).result();
    for (ModelCredits m : r.models()) {
      Money sum = m.credits().stream().map(Credit::amount).reduce(Money.zero("USD"), Money::plus);
      Money expected = m.provenance().counted() == 0 ? Money.zero("USD")
          : deal.won() ? deal.amount() : deal.amount().multipliedBy(deal.probability(), java.math.RoundingMode.HALF_EVEN);
      assertEquals(expected, sum, m.model());
      assertEquals(expected, m.dealsTotal(), m.model());
    }
  }

  @Property(tries = 100)
  void totals_over_channels_campaigns_and_segments_equal_the_deals_total(@ForAll("records") List<DealJourney> deals) {
    AttributionResult r = new Attribution(options()).addAll(deals).result();
    for (ModelCredits m : r.models()) {
      assertEquals(m.dealsTotal(), sum(m.byChannel().values()), m.model());
      assertEquals(m.dealsTotal(), sum(m.byCampaign().values()), m.model());
      assertEquals(m.dealsTotal(), sum(m.bySegment().values()), m.model());
      assertEquals(sum(m.byChannel().values()).minus(sum(r.primary().byChannel().values())),
          sum(m.differenceByChannel().values()), m.model());
    }
  }

  @Property(tries = 100)
  void results_do_not_depend_on_the_order_touches_and_deals_are_read(@ForAll("records") List<DealJourney> deals,
      @ForAll long seed) {
    Random random = new Random(seed);
    List<DealJourney> shuffled = new ArrayList<>();
    for (DealJourney d : deals) {
      List<Touch> ts = new ArrayList<>(d.touches());
      Collections.shuffle(ts, random);
      shuffled.add(DealJourney.builder().dealId(d.dealId()).segment(d.segment()).amount(d.amount()).outcome(d.outcome())
          .probability(d.probability()).leadCreated(d.leadCreated()).opportunityCreated(d.opportunityCreated())
          .closedWon(d.closedWon()).addAllTouches(ts).build());
    }
    Collections.shuffle(shuffled, random);
    assertEquals(new Attribution(options()).addAll(deals).result(),
        new Attribution(options()).addAll(shuffled).result());
  }

  private static Money sum(java.util.Collection<Money> values) {
    return values.stream().reduce(Money.zero("USD"), Money::plus);
  }
}
