package dev.revops.forecast.revenue;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.InvalidValueException;
import dev.revops.core.Validation;
import dev.revops.core.money.CurrencyMismatchException;
import dev.revops.core.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A transaction price allocated to a contract's obligations in proportion to their standalone
 * selling prices (ASC 606-10-32-29, IFRS 15.74), exactly: the parts sum to the price, and the minor
 * units that cannot be split evenly go where the {@link ResidualPolicy} says.
 *
 * <p>Example (KPMG, IFRS 15 Handbook, "allocating a discount"): phone, internet and television
 * with standalone prices 20, 30 and 40 sold together for 80 get 17.78, 26.67 and 35.55 in a
 * two-decimal currency (18, 27 and 35 in whole units) under the largest-remainder policy.
 *
 * <pre>{@code
 * Allocation a = Allocation.of(contract.transactionPrice(), contract.obligations(), ResidualPolicy.LARGEST_REMAINDER);
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAllocation.class)
@JsonDeserialize(as = ImmutableAllocation.class)
public abstract class Allocation {

  /** Only the generated implementation extends this class, so every instance is validated. */
  Allocation() {}

  /**
   * The price allocated.
   *
   * @return the transaction price
   */
  public abstract Money price();

  /**
   * Where the pennies went.
   *
   * @return the policy
   */
  public abstract ResidualPolicy policy();

  /**
   * The parts, one per obligation, in the obligations' order.
   *
   * @return the lines
   */
  public abstract List<AllocationLine> lines();

  /**
   * Allocates a price to obligations by relative standalone selling price.
   *
   * @param price the transaction price
   * @param obligations the obligations, at least one with a positive standalone selling price
   * @param policy where the pennies go
   * @return the allocation
   * @throws CurrencyMismatchException if a standalone price is in another currency than the price
   * @throws InvalidValueException if no obligation has a positive standalone selling price
   */
  public static Allocation of(Money price, List<PerformanceObligation> obligations, ResidualPolicy policy) {
    Objects.requireNonNull(price, "price");
    Objects.requireNonNull(obligations, "obligations");
    Objects.requireNonNull(policy, "policy");
    List<BigDecimal> weights = new ArrayList<>();
    for (PerformanceObligation o : obligations) {
      if (!o.standaloneSellingPrice().isSameCurrency(price)) {
        throw new CurrencyMismatchException(price.getCurrency(), o.standaloneSellingPrice().getCurrency());
      }
      weights.add(o.standaloneValue());
    }
    if (weights.stream().allMatch(w -> w.signum() == 0)) {
      throw new InvalidValueException("standaloneSellingPrice", "0",
          "must be positive for at least one obligation: the price is allocated by relative standalone selling price");
    }
    List<Money> parts = split(price, weights, policy);
    Builder b = new Builder().price(price).policy(policy);
    for (int i = 0; i < obligations.size(); i++) {
      b.addLines(AllocationLine.of(obligations.get(i).id(), weights.get(i), parts.get(i)));
    }
    return b.build();
  }

  /**
   * Splits an amount by weights so that the parts sum to it exactly.
   *
   * @param total the amount (may be negative: split by magnitude)
   * @param weights non-negative, at least one positive
   * @param policy where the pennies go
   * @return one part per weight
   */
  static List<Money> split(Money total, List<BigDecimal> weights, ResidualPolicy policy) {
    if (policy == ResidualPolicy.LARGEST_REMAINDER) {
      return total.allocate(weights);
    }
    BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    if (sum.signum() <= 0 || weights.stream().anyMatch(w -> w.signum() < 0)) {
      throw new InvalidValueException("weights", weights, "must be non-negative with at least one positive");
    }
    long magnitude = Math.abs(total.getAmountMinor());
    long[] parts = new long[weights.size()];
    long given = 0;
    int target = -1;
    for (int i = 0; i < weights.size(); i++) {
      parts[i] = BigDecimal.valueOf(magnitude).multiply(weights.get(i)).divideToIntegralValue(sum).longValueExact();
      given += parts[i];
      if (weights.get(i).signum() > 0 && (target < 0 || policy == ResidualPolicy.LAST_LINE
          || weights.get(i).compareTo(weights.get(target)) > 0)) {
        target = i;
      }
    }
    parts[target] += magnitude - given;
    List<Money> out = new ArrayList<>();
    for (long p : parts) {
      out.add(Money.ofMinor(total.getCurrency(), total.isNegative() ? -p : p));
    }
    return List.copyOf(out);
  }

  /**
   * The amount allocated to one obligation.
   *
   * @param obligationId the obligation
   * @return its amount
   * @throws InvalidValueException if the allocation has no such obligation
   */
  public Money amountOf(String obligationId) {
    return lines().stream().filter(l -> l.obligationId().equals(obligationId)).findFirst()
        .orElseThrow(() -> new InvalidValueException("obligationId", obligationId, "is not in the allocation"))
        .amount();
  }

  /** Builds allocations. */
  static final class Builder extends ImmutableAllocation.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("allocation");
    Money sum = Money.zero(price().getCurrency());
    for (AllocationLine l : lines()) {
      sum = sum.plus(l.amount());
    }
    v.check(sum.equals(price()), "lines", sum, "must sum to the price " + price());
    v.throwIfInvalid();
  }
}
