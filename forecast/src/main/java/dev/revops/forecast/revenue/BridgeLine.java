package dev.revops.forecast.revenue;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.money.Money;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of the bridge: a reason and its amount (as a positive figure for the subtracted
 * reasons; {@link BridgeReason#sign()} says how it counts), for a contract or a currency's total.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBridgeLine.class)
@JsonDeserialize(as = ImmutableBridgeLine.class)
public abstract class BridgeLine {

  /** Only the generated implementation extends this class, so every instance is validated. */
  BridgeLine() {}

  /**
   * The contract.
   *
   * @return its id; empty for a total
   */
  public abstract Optional<String> contractId();

  /**
   * Why.
   *
   * @return the reason
   */
  public abstract BridgeReason reason();

  /**
   * How much.
   *
   * @return the amount
   */
  public abstract Money amount();

  static BridgeLine of(Optional<String> contractId, BridgeReason reason, Money amount) {
    return new Builder().contractId(contractId).reason(reason).amount(amount).build();
  }

  /** Builds lines (bridges do). */
  static final class Builder extends ImmutableBridgeLine.Builder {
    Builder() {}
  }
}
