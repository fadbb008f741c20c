package dev.revops.forecast.revenue;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.money.Money;
import java.util.List;
import org.immutables.value.Value;

/** The bridge of one currency: every reason's total, and the revenue they add up to, exactly. */
@Value.Immutable
@JsonSerialize(as = ImmutableBridgeTotal.class)
@JsonDeserialize(as = ImmutableBridgeTotal.class)
public abstract class BridgeTotal {

  /** Only the generated implementation extends this class, so every instance is validated. */
  BridgeTotal() {}

  /**
   * One line per reason, in the reasons' order.
   *
   * @return the lines
   */
  public abstract List<BridgeLine> lines();

  /**
   * Revenue recognized in the period.
   *
   * @return the amount
   */
  public abstract Money revenue();

  /**
   * The line of one reason.
   *
   * @param reason the reason
   * @return its amount
   */
  public Money amount(BridgeReason reason) {
    return lines().stream().filter(l -> l.reason() == reason).findFirst().map(BridgeLine::amount)
        .orElse(Money.zero(revenue().getCurrency()));
  }

  /** Builds totals (bridges do). */
  static final class Builder extends ImmutableBridgeTotal.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("bridge");
    Money sum = Money.zero(revenue().getCurrency());
    for (BridgeLine l : lines()) {
      sum = l.reason().sign() > 0 ? sum.plus(l.amount()) : sum.minus(l.amount());
    }
    v.check(sum.equals(revenue()), "revenue", revenue(), "must equal the lines with their signs", "they give " + sum);
    v.throwIfInvalid();
  }
}
