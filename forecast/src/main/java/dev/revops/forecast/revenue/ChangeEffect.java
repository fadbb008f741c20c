package dev.revops.forecast.revenue;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.money.Money;
import java.time.Instant;
import org.immutables.value.Value;

/** What one modification or price-reducing credit note did to a contract: its price change and its catch-up. */
@Value.Immutable
@JsonSerialize(as = ImmutableChangeEffect.class)
@JsonDeserialize(as = ImmutableChangeEffect.class)
public abstract class ChangeEffect {

  /** Only the generated implementation extends this class, so every instance is validated. */
  ChangeEffect() {}

  /**
   * The modification or credit note.
   *
   * @return its id
   */
  public abstract String id();

  /**
   * Where its revenue is attributed.
   *
   * @return {@link RevenueSource#MODIFICATION}, {@link RevenueSource#CREDIT_NOTE} or
   *     {@link RevenueSource#CANCELLATION}
   */
  public abstract RevenueSource source();

  /**
   * When it applied.
   *
   * @return the instant
   */
  public abstract Instant effective();

  /**
   * The change of the transaction price.
   *
   * @return the signed change
   */
  public abstract Money priceChange();

  /**
   * Revenue recognized at once, at the change (a catch-up, or what could no longer be spread).
   *
   * @return the signed amount
   */
  public abstract Money catchUp();

  /**
   * The revenue recognized before the change.
   *
   * @return the amount
   */
  public abstract Money recognizedBefore();

  /** Builds effects (schedules do). */
  static final class Builder extends ImmutableChangeEffect.Builder {
    Builder() {}
  }
}
