package dev.revops.forecast.revenue;

import dev.revops.core.metric.Provenance;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.period.Period;
import java.util.List;
import org.immutables.value.Value;

/** The bridge of a period: totals per currency, and the largest contract lines of each reason. */
@Value.Immutable
@JsonSerialize(as = ImmutableBridgeResult.class)
@JsonDeserialize(as = ImmutableBridgeResult.class)
public abstract class BridgeResult {

  /** Only the generated implementation extends this class, so every instance is validated. */
  BridgeResult() {}

  /**
   * The period.
   *
   * @return the period
   */
  public abstract Period period();

  /**
   * One total per currency (one in all, in the functional currency when set).
   *
   * @return the totals
   */
  public abstract List<BridgeTotal> totals();

  /**
   * The largest contract lines of each reason.
   *
   * @return the lines, by reason, largest first
   */
  public abstract List<BridgeLine> contractLines();

  /**
   * Where the result comes from: its report definition, the scope's as-of and definitions, the
   * contracts counted and those left out, by reason.
   *
   * @return the provenance
   */
  public abstract Provenance provenance();

  /** Builds results. */
  public static final class Builder extends ImmutableBridgeResult.Builder {
    Builder() {}
  }
}
