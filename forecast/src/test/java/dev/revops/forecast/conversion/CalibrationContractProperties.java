package dev.revops.forecast.conversion;

import java.time.LocalDate;
import dev.revops.core.scope.Scope;
import dev.revops.core.aggregate.AccumulatorContract;
import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.probability.ProbabilityArbitraryProvider;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;

/** Calibration keeps the accumulator contract on any predictions and outcomes. */
class CalibrationContractProperties implements AccumulatorContract<Prediction, CalibrationScore, Calibration> {

  @Override
  public Calibration empty() {
    return new Calibration(DefinitionRef.of("model", 1), Scope.asOf(LocalDate.parse("2026-01-01")));
  }

  @Provide
  Arbitrary<List<Prediction>> records() {
    return Combinators.combine(ProbabilityArbitraryProvider.probabilities(), Arbitraries.of(true, false))
        .as(Prediction::of).list().ofMaxSize(40);
  }
}
