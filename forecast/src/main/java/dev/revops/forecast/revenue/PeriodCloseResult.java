package dev.revops.forecast.revenue;

import dev.revops.core.metric.Provenance;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.period.Period;
import java.util.List;
import org.immutables.value.Value;

/** The close of a period, one position per currency. */
@Value.Immutable
@JsonSerialize(as = ImmutablePeriodCloseResult.class)
@JsonDeserialize(as = ImmutablePeriodCloseResult.class)
public abstract class PeriodCloseResult {

  /** Only the generated implementation extends this class, so every instance is validated. */
  PeriodCloseResult() {}

  /**
   * The period closed.
   *
   * @return the period
   */
  public abstract Period period();

  /**
   * One position per currency.
   *
   * @return the positions, by currency code
   */
  public abstract List<ClosePosition> positions();

  /**
   * Where the result comes from: its report definition, the scope's as-of and definitions, the
   * contracts counted and those left out, by reason.
   *
   * @return the provenance
   */
  public abstract Provenance provenance();

  /** Builds results. */
  public static final class Builder extends ImmutablePeriodCloseResult.Builder {
    Builder() {}
  }
}
