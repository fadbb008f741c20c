package dev.revops.core.lead;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Generates valid lead journeys over {@link TestLifecycles#standard()}: created in the first half
 * of 2026, a random walk over the stages (moves back, skips, disqualification and re-entry
 * included, ties in time too), and now and then a deal link (open, won or lost; sometimes dated
 * before the lead was created, as real exports are).
 */
public class LeadJourneyArbitraryProvider implements ArbitraryProvider {
  /** The earliest creation instant generated. */
  public static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  private static final long DAY = 86_400;

  /**
   * Journeys over the standard test lifecycle.
   *
   * @return the arbitrary
   */
  public static Arbitrary<LeadJourney> journeys() {
    List<String> stages = TestLifecycles.standard().stages().stream().map(LifecycleStage::id).toList();
    Arbitrary<String> id = Arbitraries.strings().withCharRange('A', 'F').ofMinLength(1).ofMaxLength(4);
    Arbitrary<Long> created = Arbitraries.longs().between(0, 180 * DAY);
    Arbitrary<List<Integer>> walk = Arbitraries.integers().between(0, stages.size() - 1).list().ofMaxSize(6);
    Arbitrary<List<Long>> gaps = Arbitraries.longs().between(0, 40 * DAY).edgeCases(c -> c.add(0L)).list().ofSize(8);
    Arbitrary<Optional<String>> source = Arbitraries.of("web", "paid", "event").optional(0.8);
    Arbitrary<Optional<String>> owner = Arbitraries.of("sdr-1", "sdr-2").optional(0.7);
    Arbitrary<Optional<String>> segment = Arbitraries.of("SMB", "Enterprise").optional(0.7);
    Arbitrary<Optional<String>> campaign = Arbitraries.of("spring", "fall").optional(0.5);
    Arbitrary<int[]> link = Combinators.combine(Arbitraries.integers().between(0, 3),
        Arbitraries.integers().between(-5, 120), Arbitraries.integers().between(0, 90)).as((k, c, w) -> new int[] {k, c, w});
    return Combinators.combine(id, created, walk, gaps, source, owner, segment, campaign)
        .flatAs((i, c, w, g, s, o, seg, camp) -> link.map(l -> build(i, c, w, g, s, o, seg, camp, l, stages)));
  }

  private static LeadJourney build(String id, long createdOffset, List<Integer> walk, List<Long> gaps,
      Optional<String> source, Optional<String> owner, Optional<String> segment, Optional<String> campaign,
      int[] link, List<String> stages) {
    Instant created = START.plusSeconds(createdOffset);
    Lead lead = Lead.builder().id(id).createdAt(created).source(source).owner(owner).segment(segment)
        .campaign(campaign).build();
    List<LifecycleChange> changes = new ArrayList<>();
    Instant at = created;
    String previous = null;
    for (int k = 0; k < walk.size(); k++) {
      String to = stages.get(walk.get(k));
      if (to.equals(previous)) {
        continue;
      }
      at = at.plusSeconds(gaps.get(k));
      changes.add(LifecycleChange.builder().leadId(id).from(Optional.ofNullable(previous)).to(to).at(at).build());
      previous = to;
    }
    LeadJourney.Builder b = LeadJourney.builder().lead(lead);
    if (!changes.isEmpty()) {
      b.history(LifecycleHistory.of(changes));
    }
    if (link[0] > 0) {
      Instant converted = created.plusSeconds(link[1] * DAY);
      DealLink.Builder d = DealLink.builder().leadId(id).dealId("D-" + id).convertedAt(converted);
      if (link[0] == 2) {
        d.wonAt(converted.plusSeconds(link[2] * DAY));
      } else if (link[0] == 3) {
        d.lostAt(converted.plusSeconds(link[2] * DAY));
      }
      b.link(d.build());
    }
    return b.build();
  }

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return targetType.isOfType(LeadJourney.class);
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    return Set.of(journeys());
  }
}
