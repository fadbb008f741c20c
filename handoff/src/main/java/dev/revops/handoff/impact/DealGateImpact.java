package dev.revops.handoff.impact;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.money.Money;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One deal whose way through a handoff gate a new protocol version changes. */
@Value.Immutable
@JsonSerialize(as = ImmutableDealGateImpact.class)
@JsonDeserialize(as = ImmutableDealGateImpact.class)
public abstract class DealGateImpact {

  /** Only the generated implementation extends this class, so every instance is validated. */
  DealGateImpact() {}

  /**
   * The deal.
   *
   * @return its id
   */
  public abstract String dealId();

  /**
   * Its stage now.
   *
   * @return the stage id
   */
  public abstract String stageId();

  /**
   * How its gate status changes.
   *
   * @return the change
   */
  public abstract GateChange change();

  /**
   * The payload fields missing or invalid under the earlier version.
   *
   * @return {@code field reason}, one per field
   */
  public abstract List<String> problemsBefore();

  /**
   * The payload fields missing or invalid under the later version.
   *
   * @return {@code field reason}, one per field
   */
  public abstract List<String> problemsAfter();

  /**
   * Its weighted value (amount x effective probability, rounded to the minor unit).
   *
   * @return the value; empty without an amount
   */
  public abstract Optional<Money> weighted();

  /** Builds deal impacts (the impact does). */
  static final class Builder extends ImmutableDealGateImpact.Builder {
    Builder() {}
  }
}
