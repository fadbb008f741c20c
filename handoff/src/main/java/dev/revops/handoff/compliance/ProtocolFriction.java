package dev.revops.handoff.compliance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.money.Money;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A protocol's friction: how often it failed and what that cost (failures x the protocol's cost
 * per failure) — the ranking says which handoff to fix first.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProtocolFriction.class)
@JsonDeserialize(as = ImmutableProtocolFriction.class)
public abstract class ProtocolFriction {

  /** Only the generated implementation extends this class, so every instance is validated. */
  ProtocolFriction() {}

  /**
   * The protocol.
   *
   * @return its id
   */
  public abstract String protocolId();

  /**
   * Who hands over to whom.
   *
   * @return for example {@code "sales -> finance"}
   */
  public abstract String teams();

  /**
   * Handoffs sent.
   *
   * @return the count
   */
  public abstract long sent();

  /**
   * Handoffs that failed.
   *
   * @return the count
   */
  public abstract long failures();

  /**
   * Failures / sent, four decimals.
   *
   * @return the rate, when any was sent
   */
  public abstract Optional<BigDecimal> failureRate();

  /**
   * What one failure costs, estimated.
   *
   * @return the cost per failure
   */
  public abstract Money costPerFailure();

  /**
   * The friction cost: failures x cost per failure.
   *
   * @return the cost
   */
  public abstract Money frictionCost();

  /**
   * What breaks when it fails.
   *
   * @return the failure mode
   */
  public abstract String failureMode();

  /** Builds entries (compliance does). */
  static final class Builder extends ImmutableProtocolFriction.Builder {
    Builder() {}
  }
}
