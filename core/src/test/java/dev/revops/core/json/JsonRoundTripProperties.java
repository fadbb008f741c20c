package dev.revops.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.core.deal.Deal;
import dev.revops.core.deal.StageMove;
import dev.revops.core.history.DealHistory;
import dev.revops.core.history.FieldChange;
import dev.revops.core.history.StageVisit;
import dev.revops.core.metric.MetricValue;
import dev.revops.core.money.Money;
import dev.revops.core.pipeline.GateDecision;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.TestPipelines;
import dev.revops.core.probability.Probability;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Every type of the model reads back exactly what it writes. */
class JsonRoundTripProperties {
  final PipelineDefinition standard = TestPipelines.standard();
  final ObjectMapper json = RevopsJson.mapper(standard);

  <T> void roundTrips(T value, Class<T> type, ObjectMapper mapper) throws Exception {
    assertEquals(value, mapper.readValue(mapper.writeValueAsString(value), type));
  }

  @Property
  void money_round_trips(@ForAll Money m) throws Exception {
    roundTrips(m, Money.class, json);
  }

  @Property
  void probabilities_round_trip(@ForAll Probability p) throws Exception {
    roundTrips(p, Probability.class, json);
  }

  @Property(tries = 200)
  void pipeline_definitions_round_trip(@ForAll PipelineDefinition d) throws Exception {
    roundTrips(d, PipelineDefinition.class, RevopsJson.mapper());
  }

  @Property
  void deals_round_trip(@ForAll Deal d) throws Exception {
    roundTrips(d, Deal.class, json);
  }

  @Property
  void histories_and_their_visits_round_trip(@ForAll DealHistory h) throws Exception {
    roundTrips(h, DealHistory.class, json);
    Instant asOf = h.changes().get(h.changes().size() - 1).at().plusSeconds(3600);
    for (StageVisit v : h.visits(asOf)) {
      roundTrips(v, StageVisit.class, json);
    }
  }

  @Property
  void field_changes_round_trip(@ForAll FieldChange c) throws Exception {
    roundTrips(c, FieldChange.class, json);
  }

  @Property
  void metric_values_round_trip(@ForAll MetricValue v) throws Exception {
    roundTrips(v, MetricValue.class, json);
  }

  @Property(tries = 200)
  void gate_decisions_and_moves_round_trip(@ForAll Deal d) throws Exception {
    for (String target : List.of("proposal", "closed-lost")) {
      GateDecision decision = standard.checkMove(d, target);
      roundTrips(decision, GateDecision.class, json);
      if (decision.allowed() && d.createdDate().map(c -> !c.isAfter(java.time.LocalDate.of(2030, 1, 1))).orElse(true)) {
        StageMove move = d.moveTo(standard, target, Instant.parse("2030-01-01T00:00:00Z"), "tester");
        roundTrips(move, StageMove.class, json);
      }
    }
  }
}
