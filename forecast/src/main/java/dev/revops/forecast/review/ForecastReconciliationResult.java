package dev.revops.forecast.review;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.metric.Provenance;
import dev.revops.core.metric.Exclusion;
import dev.revops.forecast.pipeline.Target;
import java.util.List;
import org.immutables.value.Value;

/**
 * Wednesday's forecast reconciliation: for each close period (total and groups) the forecast in
 * the previous and the latest state against the target, and what moved it, deal by deal.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableForecastReconciliationResult.class)
@JsonDeserialize(as = ImmutableForecastReconciliationResult.class)
public abstract class ForecastReconciliationResult {

  /** Only the generated implementation extends this class, so every instance is validated. */
  ForecastReconciliationResult() {}

  /**
   * The options the reconciliation ran with.
   *
   * @return the options
   */
  public abstract ReviewOptions options();

  /**
   * Where the review comes from: {@link ReviewDefinitions#FORECAST_RECONCILIATION}, the scope's definitions and the
   * models used, the scope's as-of instant and the deals counted.
   *
   * @return the provenance
   */
  public abstract Provenance provenance();

  /**
   * The model weighted amounts and ranges came from.
   *
   * @return its reference
   */
  public abstract DefinitionRef probabilityModel();

  /**
   * The rows: each period's total first, then its groups.
   *
   * @return the rows, in period order
   */
  public abstract List<ReconciliationRow> rows();

  /**
   * Deals left out of the latest state's forecast, by reason.
   *
   * @return the groups
   */
  public abstract List<Exclusion> excluded();

  /**
   * Targets that could not be compared: split by other dimensions than the reconciliation.
   *
   * @return the targets
   */
  public abstract List<Target> targetsNotCompared();

  /** Builds results (the reconciliation does; public for JSON). */
  public static final class Builder extends ImmutableForecastReconciliationResult.Builder {
    Builder() {}
  }
}
