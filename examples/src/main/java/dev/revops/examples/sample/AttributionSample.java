package dev.revops.examples.sample;

import dev.revops.core.money.Money;
import dev.revops.core.touch.DealJourney;
import dev.revops.core.touch.Touch;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * A generated attribution sample: won deals of Q1 2026 with their touches and milestones, the
 * same for the same seed (ours, not from any customer).
 *
 * <p>Each deal has 1 to 6 touches over five channels, 2 to 9 days apart from a start in January;
 * the lead is created at its first or second touch, the opportunity at a later touch, the deal is
 * won 1 to 20 days after its last touch; about one deal in five also has a touch after its close.
 * Amounts are USD 1,000.00 to USD 49,999.99. Example: {@code AttributionSample.journeys(16, 40)}.
 */
public final class AttributionSample {
  /** The channels touches come from. */
  public static final List<String> CHANNELS = List.of("paid-search", "organic", "email", "events", "partner");
  private static final Instant START = Instant.parse("2026-01-01T09:00:00Z");

  private AttributionSample() {}

  /**
   * The sample's journeys.
   *
   * @param seed the seed (16 for the README's table)
   * @param deals how many deals, not negative
   * @return the journeys, deal ids {@code A-001}...
   */
  public static List<DealJourney> journeys(long seed, int deals) {
    Random random = new Random(seed);
    List<DealJourney> out = new ArrayList<>();
    for (int i = 1; i <= deals; i++) {
      out.add(journey(String.format("A-%03d", i), random));
    }
    return out;
  }

  private static DealJourney journey(String id, Random random) {
    int n = 1 + random.nextInt(6);
    Instant at = START.plus(Duration.ofDays(random.nextInt(31)));
    List<Touch> touches = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      String channel = CHANNELS.get(random.nextInt(CHANNELS.size()));
      touches.add(new Touch(id + "-t" + k, id, at, channel, channel + "-" + (1 + random.nextInt(2)),
          k == 0 ? "first-visit" : "click", Map.of()));
      at = at.plus(Duration.ofDays(2 + random.nextInt(8)));
    }
    Instant lead = touches.get(Math.min(n - 1, random.nextInt(2))).instant().plusSeconds(60);
    Instant opportunity = touches.get(n - 1 - random.nextInt(Math.max(1, n / 2))).instant().plusSeconds(3600);
    Instant closed = touches.get(n - 1).instant().plus(Duration.ofDays(1 + random.nextInt(20)));
    if (random.nextInt(5) == 0) {
      touches.add(new Touch(id + "-late", id, closed.plus(Duration.ofDays(3)), "email", "email-1", "click", Map.of()));
    }
    Money amount = Money.ofMinor("USD", 100_000 + random.nextInt(4_900_000));
    String segment = amount.getAmountMinor() >= 2_500_000 ? "mid-market" : "smb";
    return DealJourney.won(id, segment, amount, Optional.of(lead), Optional.of(opportunity.isBefore(lead) ? lead
        : opportunity), closed, touches);
  }
}
