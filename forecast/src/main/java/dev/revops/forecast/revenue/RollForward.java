package dev.revops.forecast.revenue;

import dev.revops.core.metric.Provenance;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.period.Period;
import java.util.List;
import org.immutables.value.Value;

/** The roll-forward of deferred revenue and unbilled receivables over a range of periods, per currency. */
@Value.Immutable
@JsonSerialize(as = ImmutableRollForward.class)
@JsonDeserialize(as = ImmutableRollForward.class)
public abstract class RollForward {

  /** Only the generated implementation extends this class, so every instance is validated. */
  RollForward() {}

  /**
   * The periods covered.
   *
   * @return first to last, in order
   */
  public abstract List<Period> periods();

  /**
   * Contracts counted.
   *
   * @return the count
   */
  public abstract long contracts();

  /**
   * One row per period and currency with any balance or movement.
   *
   * @return the rows, by period then currency
   */
  public abstract List<RollForwardRow> rows();

  /**
   * Where the result comes from: its report definition, the scope's as-of and definitions, the
   * contracts counted and those left out, by reason.
   *
   * @return the provenance
   */
  public abstract Provenance provenance();

  /** Builds roll-forwards. */
  public static final class Builder extends ImmutableRollForward.Builder {
    Builder() {}
  }
}
