package dev.revops.forecast.revenue;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.period.Period;
import org.immutables.value.Value;

/**
 * Every schedule of one period in the functional currency, summed: contracts in other currencies by
 * their {@link FunctionalFigures}, contracts in the functional currency by their own figures (with
 * no FX).
 *
 * <pre>{@code
 * totals.result().functional().forEach(r -> System.out.println(r.period().label() + " " + r.figures().recognized()));
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFunctionalTotalsRow.class)
@JsonDeserialize(as = ImmutableFunctionalTotalsRow.class)
public abstract class FunctionalTotalsRow {

  /** Only the generated implementation extends this class, so every instance is validated. */
  FunctionalTotalsRow() {}

  /**
   * The period.
   *
   * @return the period
   */
  public abstract Period period();

  /**
   * Recognized, billed, collected and the FX gain or loss, in the functional currency.
   *
   * @return the sums
   */
  public abstract FunctionalFigures figures();

  /** Builds rows (the totals do; public for JSON). */
  public static final class Builder extends ImmutableFunctionalTotalsRow.Builder {
    Builder() {}
  }
}
