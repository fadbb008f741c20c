package dev.revops.forecast.review;

import dev.revops.core.InvalidValueException;
import dev.revops.core.aggregate.Accumulator;
import dev.revops.core.metric.MergeCheck;
import dev.revops.core.money.Rounding;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.forecast.conversion.ProbabilityModel;
import java.util.List;
import java.util.Objects;

/**
 * Monday's pipeline review, as an accumulator: {@link #add} each deal's {@link DealSeries},
 * {@link #merge} accumulators of other deals, read the {@link #result}.
 *
 * <p><b>Waterfall.</b> For each close period, between the previous and the latest state: an open
 * deal with an amount and an expected close date counts in the period of that date. Each deal takes
 * exactly one path:
 * <ul>
 *   <li>in the period in both states: the change of its value is an increase or a decrease;</li>
 *   <li>in the period before, not now: removed (absent now), won (won with its closed date in the
 *       period: its change of value first, then won at its won amount), lost (at its value before),
 *       decreased (still in the period but without an amount), else pushed out (another period, no
 *       close date, or won in another period);</li>
 *   <li>in the period now, not before: created (absent before) or pulled in;</li>
 *   <li>won now with its closed date in the period but not in it before: created or pulled in,
 *       then won.</li>
 * </ul>
 * So start + created + pulled in + increased - decreased - pushed out - lost - won - removed = end,
 * exactly: values are the deal's amount in the review currency (converted at the latest state's
 * rate, rounded by {@link Rounding#MONEY} per deal) and, in the weighted waterfall, that amount x the model's
 * probability (rounded the same way; a won deal weighs its whole amount).
 *
 * <p><b>Stage movements</b> of deals in both states; <b>close-date slips</b> over every pair of
 * consecutive states (an open deal whose expected close date moved later); <b>deals at risk</b>
 * among the open deals of the latest state: stalled (days in the current stage, from the history,
 * or at least the days since the first of the consecutive states it sat in that stage; above the
 * stage's threshold), past due, slipped at least {@link ReviewOptions#slipsAtRisk()} times, amount
 * cut since the first state it was in, or a probability override further than the tolerance from
 * the reference model.
 *
 * <p>The review has four tallies, each its own part: the waterfalls ({@code WaterfallTally}), the
 * stage movements ({@code MovementTally}), the slips ({@code SlipTally}) and the deals at risk
 * ({@code RiskTally}). From the options' {@link ReviewOptions#scope() scope} it uses the zone, the
 * period kind and fiscal calendar, the reporting currency and rates, the definitions cited, the
 * as-of instant and the example limit of exclusions; the result's provenance cites {@link
 * ReviewDefinitions#PIPELINE_REVIEW}.
 *
 * <p>Merging adds exact counts and sums and keeps the first listed items of the union, so any
 * split of the deals gives the result of one pass. Not thread-safe: use one accumulator per thread.
 */
public final class PipelineReview implements Accumulator<DealSeries, PipelineReviewResult, PipelineReview> {
  private final ReviewOptions options;
  private final PipelineDefinition definition;
  private final ProbabilityModel model;
  private final ProbabilityModel reference;
  private final WaterfallTally waterfalls;
  private final MovementTally movements;
  private final SlipTally slips;
  private final RiskTally risks;
  private long deals;

  /**
   * An empty review.
   *
   * @param options the states and thresholds
   * @param definition the pipeline definition the deals are in (stage order, for movements)
   * @param model where weighted amounts' probabilities come from
   * @param reference the model probability overrides are judged against (a learned model, or the
   *     stage defaults)
   */
  public PipelineReview(ReviewOptions options, PipelineDefinition definition, ProbabilityModel model,
      ProbabilityModel reference) {
    this.options = Objects.requireNonNull(options, "options");
    this.definition = Objects.requireNonNull(definition, "definition");
    this.model = Objects.requireNonNull(model, "model");
    this.reference = Objects.requireNonNull(reference, "reference");
    ReviewLens lens = new ReviewLens(options, model);
    int examples = options.scope().exampleLimit();
    this.waterfalls = new WaterfallTally(lens, options.listLimit(), examples);
    this.movements = new MovementTally(definition, lens, examples);
    this.slips = new SlipTally(lens, options.listLimit());
    this.risks = new RiskTally(options, reference, lens);
  }

  /**
   * Counts one deal.
   *
   * @param series the deal in each of the options' states
   * @throws InvalidValueException if the series has another number of states than the options
   */
  @Override
  public void add(DealSeries series) {
    Objects.requireNonNull(series, "series");
    if (series.states().size() != options.states().size()) {
      throw new InvalidValueException("series", series.dealId(), "must have one entry per state ("
          + options.states().size() + "), had " + series.states().size());
    }
    deals++;
    movements.add(series.dealId(), series.previous(), series.latest());
    waterfalls.add(series.dealId(), series.previous(), series.latest());
    slips.add(series);
    risks.add(series);
  }

  /**
   * Adds the counts of another review, built with the same options and models, into this one.
   *
   * @param other a review of other deals
   * @return this review
   * @throws IllegalArgumentException if the other has different options, definition or models
   */
  @Override
  public PipelineReview merge(PipelineReview other) {
    MergeCheck.of("pipeline review", this, other).same("options", options, other.options)
        .same("definition", definition.ref(), other.definition.ref())
        .same("probability model", model.ref(), other.model.ref())
        .same("reference model", reference.ref(), other.reference.ref());
    waterfalls.merge(other.waterfalls);
    movements.merge(other.movements);
    slips.merge(other.slips);
    risks.merge(other.risks);
    deals += other.deals;
    return this;
  }

  /**
   * The review so far.
   *
   * @return the waterfalls, movements, slips and deals at risk
   */
  @Override
  public PipelineReviewResult result() {
    PipelineReviewResult.Builder b = new PipelineReviewResult.Builder().options(options)
        .definition(definition.ref()).probabilityModel(model.ref()).referenceModel(reference.ref())
        .provenance(ReviewDefinitions.provenance(ReviewDefinitions.PIPELINE_REVIEW, options.scope(), deals,
            List.of(definition.ref(), model.ref(), reference.ref())));
    movements.into(b);
    waterfalls.into(b);
    slips.into(b);
    risks.into(b);
    return b.build();
  }
}
