package dev.revops.forecast.calls;

import dev.revops.core.roster.CreditDate;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.metric.Exclusion;
import dev.revops.core.metric.Provenance;
import dev.revops.core.pipeline.ForecastCategory;
import dev.revops.forecast.pipeline.RangeSettings;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The Wednesday review per manager ({@link ManagerReview}): a row per manager, and everything the
 * rows come from: the target roll-up, the forecast with adjustments of every person, the calls used
 * and left out, the probability model and range settings.
 *
 * <pre>{@code
 * ManagerReviewResult r = review.result();
 * r.row("bo").get().targetMinusCall();
 * r.adjusted().row("ana").get().adjusted();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableManagerReviewResult.class)
public abstract class ManagerReviewResult {

  /** Only the generated implementation extends this class. */
  ManagerReviewResult() {}

  /**
   * The period reviewed.
   *
   * @return its label
   */
  public abstract String period();

  /**
   * The category called and adjusted.
   *
   * @return the category
   */
  public abstract ForecastCategory category();

  /**
   * The currency of every figure.
   *
   * @return the currency
   */
  public abstract Currency currency();

  /**
   * How deals were credited to the roster.
   *
   * @return the credit day
   */
  public abstract CreditDate creditDate();

  /**
   * Where the probabilities came from.
   *
   * @return the model's reference
   */
  public abstract DefinitionRef probabilityModel();

  /**
   * How the range was found (seed, trials, limits).
   *
   * @return the settings
   */
  public abstract RangeSettings rangeSettings();

  /**
   * A row per manager, from the top of the hierarchy down.
   *
   * @return the rows
   */
  public abstract List<ManagerRow> rows();

  /**
   * The targets rolled up the roster of the as-of date.
   *
   * @return the roll-up
   */
  public abstract TargetRollupResult targets();

  /**
   * Every person's forecast of the category without and with adjustments.
   *
   * @return the forecast
   */
  public abstract AdjustedResult adjusted();

  /**
   * Calls of the period and category in the currency, submitted on or before the as-of instant,
   * that are someone's latest.
   *
   * @return the count
   */
  public abstract long callsUsed();

  /**
   * Calls left out, by reason: other period, category or currency, after the as-of instant, or
   * superseded by a later call of the same caller.
   *
   * @return the groups
   */
  public abstract List<Exclusion> callsExcluded();

  /**
   * Where the deal figures come from: {@link CallMetrics#MANAGER_REVIEW}, the scope's definitions and
   * the probability model, deals counted and excluded by reason.
   *
   * @return the provenance
   */
  public abstract Provenance provenance();

  /**
   * A manager's row.
   *
   * @param person the manager
   * @return the row, if shown
   */
  public Optional<ManagerRow> row(String person) {
    Objects.requireNonNull(person, "person");
    return rows().stream().filter(r -> r.person().equals(person)).findFirst();
  }
}
