package dev.revops.forecast.conversion;

import dev.revops.core.scope.Scope;
import dev.revops.core.metric.Provenance;
import dev.revops.core.aggregate.Accumulator;
import dev.revops.core.deal.Deal;
import dev.revops.core.deal.DealWithHistory;
import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.history.DealHistory;
import dev.revops.core.metric.ExclusionTally;
import dev.revops.core.metric.MergeCheck;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.Stage;
import dev.revops.core.dimension.Dimension;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A hold-out evaluation of probability models, as an accumulator: {@link #add} deals with their
 * histories, {@link #merge} accumulators of other deals, then {@link #result} compares the stage
 * defaults, the Markov chain, the share of closed deals and naive Bayes.
 *
 * <p>The models learn from deals closed before the split date (the as-of date of {@code training}'s scope); they are
 * scored on the deals that were open at the split date and closed before {@code asOf}, each seen as
 * it was at the split date (its stage then; its other fields as they are now). The test deals are
 * kept in memory (only they are). A record needs both the history and the deal's record: without
 * one it is excluded as "no stage history" or "no deal record".
 *
 * <pre>{@code
 * HoldOut holdOut = new HoldOut(definition, trainingOptions, LocalDate.parse("2026-10-01"), List.of());
 * records.forEach(holdOut::add);
 * holdOut.result().scores();   // stage defaults, Markov, share, naive Bayes
 * }</pre>
 */
public final class HoldOut implements Accumulator<DealWithHistory, ModelComparison, HoldOut> {
  private record Case(Deal atSplit, boolean won) {}

  private final PipelineDefinition definition;
  private final ConversionOptions training;
  private final LocalDate asOf;
  private final TransitionCounts transitions;
  private final NaiveBayesCounts naiveBayes;
  private final List<Case> cases = new ArrayList<>();
  private final ExclusionTally excluded;
  private long trainingDeals;

  /**
   * An empty evaluation.
   *
   * @param definition the pipeline the histories use
   * @param training what the models learn from; its as-of date is the split date
   * @param asOf the end of scoring, after the split date
   * @param features the naive-Bayes features besides the stage
   */
  public HoldOut(PipelineDefinition definition, ConversionOptions training, LocalDate asOf, List<Dimension> features) {
    this.definition = Objects.requireNonNull(definition, "definition");
    this.training = Objects.requireNonNull(training, "training");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    if (!asOf.isAfter(training.scope().asOfDate())) {
      throw new IllegalArgumentException("asOf " + asOf + " must be after the split date " + training.scope().asOfDate());
    }
    this.transitions = new TransitionCounts(training, definition);
    this.naiveBayes = new NaiveBayesCounts(training, definition, features);
    this.excluded = new ExclusionTally(training.scope().exampleLimit());
  }

  /**
   * Adds a deal: to the training set when it closed before the split date, to the test set when it
   * was open then and closed before the as-of date.
   *
   * @param record the deal with its history
   */
  @Override
  public void add(DealWithHistory record) {
    Objects.requireNonNull(record, "record");
    Optional<String> missing = record.missingPart();
    if (missing.isPresent()) {
      excluded.add(missing.get(), record.id());
      return;
    }
    DealHistory history = record.history().get();
    Deal deal = record.deal().get();
    Closing beforeSplit = Closing.of(history, training);
    if (beforeSplit.excludedBecause == null) {
      transitions.add(record);
      naiveBayes.add(record);
      trainingDeals++;
      return;
    }
    Instant split = training.asOfInstant();
    Optional<Stage> then = history.stageAt(split.minusNanos(1));
    if (then.isEmpty() || then.get().isClosed()) {
      excluded.add(then.isEmpty() ? "created after the split date" : "closed before the look-back window",
          history.dealId());
      return;
    }
    Instant end = training.scope().startOf(asOf);
    Optional<Stage> ending = history.stageAt(end.minusNanos(1));
    if (ending.isEmpty() || ending.get().isOpen()) {
      excluded.add("still open at the as-of date", history.dealId());
      return;
    }
    Deal atSplit = Deal.builder().id(deal.id()).name(deal.name()).account(deal.account()).owner(deal.owner())
        .source(deal.source()).segment(deal.segment()).product(deal.product()).amount(deal.amount())
        .stage(then.get()).createdDate(deal.createdDate()).expectedCloseDate(deal.expectedCloseDate())
        .putAllAttributes(deal.attributes()).build();
    cases.add(new Case(atSplit, ending.get().isWon()));
  }

  /**
   * Adds another evaluation's deals, built alike, into this one.
   *
   * @param other an evaluation of other deals
   * @return this evaluation
   * @throws IllegalArgumentException if {@code other} is this evaluation or was built differently
   */
  @Override
  public HoldOut merge(HoldOut other) {
    MergeCheck.of("hold-out evaluation", this, other).same("training options", training, other.training)
        .same("asOf", asOf, other.asOf).same("definition", definition, other.definition)
        .same("features", naiveBayes.features(), other.naiveBayes.features());
    transitions.merge(other.transitions);
    naiveBayes.merge(other.naiveBayes);
    cases.addAll(other.cases);
    excluded.merge(other.excluded);
    trainingDeals += other.trainingDeals;
    return this;
  }

  /**
   * Fits the models and scores them.
   *
   * @return the comparison: stage defaults, Markov, share, naive Bayes
   */
  @Override
  public ModelComparison result() {
    TransitionTable moves = transitions.result();
    Scope scoring = scoringScope();
    List<ProbabilityModel> models = List.of(new StageDefaults(definition.ref()),
        StageProbabilityModel.fit(moves, ConversionMethod.MARKOV), StageProbabilityModel.fit(moves, ConversionMethod.SHARE),
        NaiveBayesModel.fit(naiveBayes.result(), BigDecimal.ONE));
    List<Case> sorted = new ArrayList<>(cases);
    sorted.sort(Comparator.comparing(c -> c.atSplit().id()));
    ModelComparison.Builder b = new ModelComparison.Builder().splitDate(training.scope().asOfDate()).asOf(asOf)
        .trainingDeals(trainingDeals).testDeals(sorted.size()).addAllExcluded(excluded.result())
        .provenance(Provenance.of(ConversionMetrics.HOLD_OUT.ref(), scoring, trainingDeals + sorted.size(), excluded));
    for (ProbabilityModel m : models) {
      Calibration c = new Calibration(m.ref(), scoring);
      sorted.forEach(x -> c.add(Prediction.of(m.probability(x.atSplit()), x.won())));
      b.addScores(c.result());
    }
    return b.build();
  }

  /** The training scope moved to the end of scoring: what the scores are as of. */
  private Scope scoringScope() {
    Scope t = training.scope();
    return Scope.builder().asOf(t.startOf(asOf)).zone(t.zone()).workingCalendar(t.workingCalendar())
        .addAllBasedOn(t.basedOn()).exampleLimit(t.exampleLimit()).build();
  }

  /** The stage defaults of the definition, as a model to compare with. */
  private record StageDefaults(DefinitionRef definition) implements ProbabilityModel {
    @Override
    public DefinitionRef ref() {
      return DefinitionRef.of("stage-default:" + definition, 1);
    }

    @Override
    public dev.revops.core.probability.Probability probability(Deal deal) {
      return deal.stage().defaultProbability();
    }
  }
}
