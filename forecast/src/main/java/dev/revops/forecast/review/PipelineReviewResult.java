package dev.revops.forecast.review;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.metric.Provenance;
import dev.revops.core.metric.Exclusion;
import java.util.List;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * Monday's pipeline review between the previous and the latest state: the waterfall of each close
 * period, the largest moves behind it, stage movements, close-date slips across all the states,
 * and the open deals at risk, with what each counted.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePipelineReviewResult.class)
@JsonDeserialize(as = ImmutablePipelineReviewResult.class)
public abstract class PipelineReviewResult {

  /** Only the generated implementation extends this class, so every instance is validated. */
  PipelineReviewResult() {}

  /**
   * The options the review ran with.
   *
   * @return the options
   */
  public abstract ReviewOptions options();

  /**
   * Where the review comes from: {@link ReviewDefinitions#PIPELINE_REVIEW}, the scope's definitions and the
   * models used, the scope's as-of instant and the deals counted.
   *
   * @return the provenance
   */
  public abstract Provenance provenance();

  /**
   * The pipeline definition stages were judged by.
   *
   * @return its reference
   */
  public abstract DefinitionRef definition();

  /**
   * The model weighted amounts came from.
   *
   * @return its reference
   */
  public abstract DefinitionRef probabilityModel();

  /**
   * The model probability overrides were compared with.
   *
   * @return its reference
   */
  public abstract DefinitionRef referenceModel();

  /**
   * Deals in both the previous and the latest state.
   *
   * @return the count
   */
  public abstract long inBoth();

  /**
   * Deals in only one of the two states (or only in earlier ones), by reason, with example ids.
   *
   * @return the groups
   */
  public abstract List<Exclusion> inOneState();

  /**
   * Open deals left out of the waterfalls, by reason (no amount, no expected close date, no rate).
   *
   * @return the groups
   */
  public abstract List<Exclusion> excluded();

  /**
   * A waterfall per close period and currency, in period order.
   *
   * @return the waterfalls
   */
  public abstract List<Waterfall> waterfalls();

  /**
   * The largest moves of each waterfall step (by amount, then weighted amount).
   *
   * @return the moves, by step, largest first
   */
  public abstract List<WaterfallMove> largestMoves();

  /**
   * Deals that changed stage, per pair of stages.
   *
   * @return the movements, by stage order
   */
  public abstract List<StageMovement> stageMovements();

  /**
   * Deals whose expected close date slipped, most slipped first.
   *
   * @return the first {@link ReviewOptions#listLimit()} of them
   */
  public abstract List<CloseDateSlip> slips();

  /**
   * Deals whose expected close date slipped at least once.
   *
   * @return the count
   */
  public abstract long dealsSlipped();

  /**
   * Slips in all.
   *
   * @return the count
   */
  public abstract long slipCount();

  /**
   * Days slipped in all.
   *
   * @return the days
   */
  public abstract long daysSlipped();

  /**
   * Open deals at risk in the latest state, most flags first, then largest.
   *
   * @return the first {@link ReviewOptions#listLimit()} of them
   */
  public abstract List<DealAtRisk> atRisk();

  /**
   * Open deals at risk.
   *
   * @return the count
   */
  public abstract long dealsAtRisk();

  /**
   * Deals flagged, per reason (a deal may have several).
   *
   * @return reason to count
   */
  @Value.NaturalOrder
  public abstract SortedMap<RiskReason, Long> riskCounts();

  /**
   * Open deals whose stage has no aging threshold, so stalling was not judged.
   *
   * @return the count
   */
  public abstract long notJudgedForStalling();

  /** Builds results (the review does; public for JSON). */
  public static final class Builder extends ImmutablePipelineReviewResult.Builder {
    Builder() {}
  }
}
