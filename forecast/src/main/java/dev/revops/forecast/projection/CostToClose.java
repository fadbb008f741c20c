package dev.revops.forecast.projection;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.money.Money;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The cost a deal incurs when it closes (sales commission, acquisition cost), dated at its close
 * date: a rate of the deal's amount, or a fixed amount per deal; exactly one of them.
 *
 * <p>An open deal's cost to close is weighted by its probability like its revenue: the rate x
 * amount x probability (or the fixed amount x probability) rounded once by
 * {@link dev.revops.core.money.Rounding#MONEY}, in the period of its projected close date. A fixed
 * amount in another currency than the deal's is converted by the scope's rate table on the close
 * date.
 *
 * <p>JSON: {@code {"rate": 0.1}} or {@code {"amount": "USD 500.00"}}.
 *
 * <pre>{@code
 * CostToClose commission = CostToClose.rate(new BigDecimal("0.10"));   // 10% of the amount
 * CostToClose bounty = CostToClose.amount(Money.parse("USD 500.00"));  // 500.00 a deal
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCostToClose.class)
@JsonDeserialize(as = ImmutableCostToClose.class)
public abstract class CostToClose {

  /** Only the generated implementation extends this class, so every instance is validated. */
  CostToClose() {}

  /**
   * The cost as a share of the deal's amount.
   *
   * @return a rate in [0, 1]; empty when the cost is a fixed amount
   */
  public abstract Optional<BigDecimal> rate();

  /**
   * The cost as a fixed amount per deal.
   *
   * @return a non-negative amount; empty when the cost is a rate
   */
  public abstract Optional<Money> amount();

  /**
   * A cost of a share of the amount.
   *
   * @param rate in [0, 1], for example {@code 0.10}
   * @return the rule
   */
  public static CostToClose rate(BigDecimal rate) {
    return ImmutableCostToClose.builder().rate(rate).build();
  }

  /**
   * A fixed cost per deal.
   *
   * @param amount a non-negative amount
   * @return the rule
   */
  public static CostToClose amount(Money amount) {
    return ImmutableCostToClose.builder().amount(amount).build();
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("cost to close");
    v.check(rate().isPresent() != amount().isPresent(), "rate", rate().map(BigDecimal::toPlainString).orElse(null),
        "must be given, or an amount, and not both (amount " + amount().orElse(null) + ")");
    rate().ifPresent(r -> v.check(r.signum() >= 0 && r.compareTo(BigDecimal.ONE) <= 0, "rate", r.toPlainString(),
        "must be in [0, 1]"));
    amount().ifPresent(a -> v.check(!a.isNegative(), "amount", a, "must not be negative"));
    v.throwIfInvalid();
  }
}
