package dev.revops.forecast.revenue;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.money.Money;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One booking's revenue waterfall (or a currency's total): what was recognized before the first
 * period, in each period of the horizon, and what remains after it; they add up to the contract
 * value exactly.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWaterfallRow.class)
@JsonDeserialize(as = ImmutableWaterfallRow.class)
public abstract class WaterfallRow {

  /** Only the generated implementation extends this class, so every instance is validated. */
  WaterfallRow() {}

  /**
   * The contract.
   *
   * @return its id; empty for a currency's total
   */
  public abstract Optional<String> contractId();

  /**
   * Contracts in the row.
   *
   * @return 1 for a contract, the count for a total
   */
  public abstract long contracts();

  /**
   * The contract value: the final transaction price.
   *
   * @return the amount
   */
  public abstract Money contractValue();

  /**
   * Recognized before the first period of the horizon.
   *
   * @return the amount
   */
  public abstract Money recognizedBefore();

  /**
   * Recognized in each period of the horizon.
   *
   * @return one amount per period
   */
  public abstract List<Money> perPeriod();

  /**
   * Left to recognize after the horizon.
   *
   * @return the amount
   */
  public abstract Money after();

  /** Builds rows (waterfalls do). */
  static final class Builder extends ImmutableWaterfallRow.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("waterfall row " + contractId().orElse("total"));
    Money sum = recognizedBefore().plus(after());
    for (Money m : perPeriod()) {
      sum = sum.plus(m);
    }
    v.check(sum.equals(contractValue()), "contractValue", contractValue(),
        "must equal recognized before + each period + after", "they sum to " + sum);
    v.throwIfInvalid();
  }
}
