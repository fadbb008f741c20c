package dev.revops.forecast.revenue;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.money.Money;
import java.math.BigDecimal;
import org.immutables.value.Value;

/** The part of a transaction price allocated to one obligation, and the standalone value it was weighed by. */
@Value.Immutable
@JsonSerialize(as = ImmutableAllocationLine.class)
@JsonDeserialize(as = ImmutableAllocationLine.class)
public abstract class AllocationLine {

  /** Only the generated implementation extends this class, so every instance is validated. */
  AllocationLine() {}

  /**
   * The obligation.
   *
   * @return its id
   */
  public abstract String obligationId();

  /**
   * Its weight: the standalone selling price of the line (unit price x quantity), exact.
   *
   * @return the weight
   */
  public abstract BigDecimal standaloneValue();

  /**
   * Its part of the price.
   *
   * @return the amount
   */
  public abstract Money amount();

  static AllocationLine of(String obligationId, BigDecimal standaloneValue, Money amount) {
    return new Builder().obligationId(obligationId).standaloneValue(standaloneValue).amount(amount).build();
  }

  /** Builds lines (allocations do). */
  static final class Builder extends ImmutableAllocationLine.Builder {
    Builder() {}
  }
}
