package dev.revops.core.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.core.json.RevopsJson;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class LeadProperties {
  final ObjectMapper json = RevopsJson.mapper();
  final LeadFunnel funnel = LeadFunnel.builder().lifecycle(TestLifecycles.standard()).build();

  @Property
  void journeys_round_trip_through_json(@ForAll LeadJourney j) throws Exception {
    assertEquals(j, json.readValue(json.writeValueAsString(j), LeadJourney.class));
  }

  @Property
  void conversion_rates_stay_within_zero_and_one(@ForAll @LongRange(max = 1_000_000) long converted,
      @ForAll @LongRange(max = 1_000_000) long notConverted, @ForAll @LongRange(max = 1_000_000) long unresolved) {
    ConversionCount c = ConversionCount.of(converted + notConverted + unresolved, converted, notConverted, unresolved);
    for (Optional<BigDecimal> r : java.util.List.of(c.rateOfAll(), c.rateOfResolved())) {
      r.ifPresent(x -> assertTrue(x.signum() >= 0 && x.compareTo(BigDecimal.ONE) <= 0, x.toPlainString()));
    }
    c.rateOfAll().ifPresent(all -> c.rateOfResolved().ifPresent(res -> assertTrue(all.compareTo(res) <= 0)));
  }

  @Property
  void a_lead_converts_when_it_first_reaches_the_target_or_a_later_step_of_its_track(
      @ForAll LeadJourney j, @ForAll @IntRange(min = 0, max = 300) int asOfDays) {
    Instant asOf = LeadJourneyArbitraryProvider.START.plus(Duration.ofDays(asOfDays));
    LeadProgress p = funnel.progress(j, asOf);
    int n = funnel.steps().size();
    for (int from = 0; from < n; from++) {
      for (int to = from + 1; to < n; to++) {
        Optional<Instant> c = p.conversionAt(from, to);
        // The first reach of the target or a later step of its track (lifecycle stages; deal steps).
        Optional<Instant> expected = Optional.empty();
        boolean lifecycle = funnel.steps().get(to).kind() == StepKind.LIFECYCLE_STAGE;
        for (int k = to; k < n; k++) {
          Optional<Instant> r = p.reached(k);
          if ((funnel.steps().get(k).kind() == StepKind.LIFECYCLE_STAGE) == lifecycle && r.isPresent()
              && (expected.isEmpty() || r.get().isBefore(expected.get()))) {
            expected = r;
          }
        }
        assertEquals(expected, c);
        c.ifPresent(x -> assertTrue(!x.isAfter(asOf)));
        if (p.reached(from).isPresent()) {
          CohortOutcome none = p.outcome(from, to, Optional.empty());
          assertEquals(c.isPresent(), none == CohortOutcome.CONVERTED);
          // A window only takes conversions away.
          if (p.outcome(from, to, Optional.of(Duration.ofDays(30))) == CohortOutcome.CONVERTED) {
            assertEquals(CohortOutcome.CONVERTED, none);
          }
        }
      }
    }
  }
}
