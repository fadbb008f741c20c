package dev.revops.core.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.history.DealHistory;
import dev.revops.core.history.FieldChange;
import dev.revops.core.history.StageChange;
import dev.revops.core.money.Money;
import dev.revops.core.pipeline.ForecastCategory;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.Stage;
import dev.revops.core.pipeline.TestPipelines;
import dev.revops.core.pipeline.TransitionRules;
import dev.revops.core.probability.Probability;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A deal is simulated through random stage moves and field edits, recording the deal after each
 * step, its stage history and its field-change log; the timeline built from the final deal, the
 * history and the log (in shuffled order) must give back every recorded deal at its instant.
 */
class DealTimelineProperties {
  static final PipelineDefinition DEF = TestPipelines.standard(
      TransitionRules.builder().allowSkip(true).allowMoveBack(true).allowReopen(true).build());
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  /** One step: how long after the previous one, what kind, and a random number for its details. */
  record Step(long gapSeconds, int kind, int choice) {}

  record Recorded(Instant at, Deal deal) {}

  record Simulation(Deal current, DealHistory history, List<FieldChange> log, List<Recorded> states) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Step> step = net.jqwik.api.Combinators.combine(Arbitraries.longs().between(1, 20L * 86_400),
        Arbitraries.integers().between(0, 7), Arbitraries.integers().between(0, 9999)).as(Step::new);
    return step.list().ofMinSize(0).ofMaxSize(25);
  }

  static Simulation simulate(List<Step> steps, int firstStage) {
    List<Stage> open = DEF.stages().stream().filter(Stage::isOpen).toList();
    Instant at = START;
    Deal deal = Deal.builder().id("D1").owner("ann").amount(Money.parse("USD 1000.00")).stage(open.get(firstStage))
        .createdDate(LocalDate.ofInstant(at, ZoneOffset.UTC)).expectedCloseDate(LocalDate.parse("2026-03-31")).build();
    List<StageChange> changes = new ArrayList<>();
    changes.add(StageChange.builder().dealId("D1").to(deal.stage()).at(at).actor("ann").build());
    List<FieldChange> log = new ArrayList<>();
    List<Recorded> states = new ArrayList<>();
    states.add(new Recorded(at, deal));
    String[] actors = {"ann", "ben", "cat"};
    for (Step s : steps) {
      at = at.plusSeconds(s.gapSeconds());
      String actor = actors[s.choice() % 3];
      Deal d = deal;
      Deal next = null;
      switch (s.kind()) {
        case 0, 1 -> {
          Stage to = DEF.stages().get(s.choice() % DEF.stages().size());
          if (!to.id().equals(d.stage().id())) {
            StageMove move = d.moveTo(DEF, to.id(), at, actor);
            changes.add(move.change());
            next = move.deal();
          }
        }
        case 2 -> {
          Money amount = Money.ofMinor("USD", 100 + s.choice() * 137L);
          if (!amount.equals(d.amount().get())) {
            log.add(change("amount", d.amount().get().getAmount().toPlainString(), amount.getAmount().toPlainString(),
                at, actor));
            next = with(d, amount, d.expectedCloseDate().get(), d.owner().get(), d.probabilityOverride(),
                d.forecastCategoryOverride(), d.attribute("region"));
          }
        }
        case 3 -> {
          LocalDate date = LocalDate.parse("2026-01-15").plusDays(s.choice() % 300);
          if (!date.equals(d.expectedCloseDate().get())) {
            log.add(change("expectedCloseDate", d.expectedCloseDate().get().toString(), date.toString(), at, actor));
            next = with(d, d.amount().get(), date, d.owner().get(), d.probabilityOverride(), d.forecastCategoryOverride(),
                d.attribute("region"));
          }
        }
        case 4 -> {
          String owner = actors[(s.choice() / 3) % 3];
          if (!owner.equals(d.owner().get())) {
            log.add(change("owner", d.owner().get(), owner, at, actor));
            next = with(d, d.amount().get(), d.expectedCloseDate().get(), owner, d.probabilityOverride(),
                d.forecastCategoryOverride(), d.attribute("region"));
          }
        }
        case 5 -> {
          Probability p = Probability.ofPercent(s.choice() % 101);
          if (d.isOpen() && !p.equals(d.effectiveProbability().probability())) {
            log.add(change("probability", d.effectiveProbability().probability().toString(), p.toString(), at, actor));
            Optional<ProbabilityOverride> o = p.equals(d.stage().defaultProbability()) ? Optional.empty()
                : Optional.of(ProbabilityOverride.of(p, actor));
            next = with(d, d.amount().get(), d.expectedCloseDate().get(), d.owner().get(), o,
                d.forecastCategoryOverride(), d.attribute("region"));
          }
        }
        case 6 -> {
          List<ForecastCategory> choices = List.of(ForecastCategory.PIPELINE, ForecastCategory.BEST_CASE,
              ForecastCategory.MOST_LIKELY, ForecastCategory.COMMIT, ForecastCategory.OMITTED);
          ForecastCategory c = choices.get(s.choice() % choices.size());
          if (d.isOpen() && c != d.effectiveForecastCategory()) {
            log.add(change("forecastCategory", d.effectiveForecastCategory().name(), c.name(), at, actor));
            Optional<ForecastCategory> o = c == d.stage().defaultForecastCategory() ? Optional.empty() : Optional.of(c);
            next = with(d, d.amount().get(), d.expectedCloseDate().get(), d.owner().get(), d.probabilityOverride(), o,
                d.attribute("region"));
          }
        }
        default -> {
          String region = s.choice() % 2 == 0 ? "EMEA" : "APAC";
          Optional<String> before = d.attribute("region");
          if (!before.equals(Optional.of(region))) {
            log.add(FieldChange.builder().dealId("D1").field("attributes.region").from(before).to(region).at(at)
                .actor(actor).build());
            next = with(d, d.amount().get(), d.expectedCloseDate().get(), d.owner().get(), d.probabilityOverride(),
                d.forecastCategoryOverride(), Optional.of(region));
          }
        }
      }
      if (next != null) {
        deal = next;
        states.add(new Recorded(at, deal));
      }
    }
    return new Simulation(deal, DealHistory.of(changes), log, states);
  }

  static FieldChange change(String field, String from, String to, Instant at, String actor) {
    return FieldChange.builder().dealId("D1").field(field).from(from).to(to).at(at).actor(actor).build();
  }

  /** A copy of a deal with the editable fields given (strict builders set each field once). */
  static Deal with(Deal d, Money amount, LocalDate expected, String owner, Optional<ProbabilityOverride> probability,
      Optional<ForecastCategory> category, Optional<String> region) {
    Deal.Builder b = Deal.builder().id(d.id()).stage(d.stage()).createdDate(d.createdDate()).closedDate(d.closedDate())
        .amount(amount).expectedCloseDate(expected).owner(owner).probabilityOverride(probability)
        .forecastCategoryOverride(category);
    region.ifPresent(r -> b.putAttributes("region", r));
    return b.build();
  }

  @Property
  void the_timeline_gives_back_the_deal_recorded_at_every_instant(@ForAll("steps") List<Step> steps,
      @ForAll @IntRange(min = 0, max = 4) int firstStage) {
    check(steps, firstStage);
  }

  private static void check(List<Step> steps, int firstStage) {
    Simulation sim = simulate(steps, firstStage);
    List<FieldChange> shuffled = new ArrayList<>(sim.log());
    Collections.reverse(shuffled);
    DealTimeline timeline = DealTimeline.of(sim.current(), Optional.of(sim.history()), shuffled, ZoneOffset.UTC);
    assertEquals(Optional.empty(), timeline.asOf(START.minusSeconds(1)));
    for (int i = 0; i < sim.states().size(); i++) {
      Recorded r = sim.states().get(i);
      assertEquals(Optional.of(r.deal()), timeline.asOf(r.at()), "at " + r.at());
      if (i + 1 < sim.states().size()) {
        Instant justBefore = sim.states().get(i + 1).at().minusSeconds(1);
        if (!justBefore.isBefore(r.at())) {
          assertEquals(Optional.of(r.deal()), timeline.asOf(justBefore), "at " + justBefore);
        }
      }
    }
    assertEquals(Optional.of(sim.current()), timeline.asOf(Instant.parse("2030-01-01T00:00:00Z")));
  }
}
