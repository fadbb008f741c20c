package dev.revops.handoff.impact;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.money.Money;
import org.immutables.value.Value;

/**
 * The weighted open pipeline in one currency before and after a change: each total is the exact sum
 * of amount x probability over the open deals, rounded once (half-even) to the minor unit, as the
 * forecast module's weighted pipeline rounds.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWeightedChange.class)
@JsonDeserialize(as = ImmutableWeightedChange.class)
public abstract class WeightedChange {

  /** Only the generated implementation extends this class, so every instance is validated. */
  WeightedChange() {}

  /**
   * Weighted pipeline before.
   *
   * @return the total
   */
  public abstract Money before();

  /**
   * Weighted pipeline after.
   *
   * @return the total
   */
  public abstract Money after();

  /**
   * After minus before.
   *
   * @return the change
   */
  public abstract Money change();

  /**
   * Of the total before, what deals that no longer map to a stage carried (not in the total after).
   *
   * @return the weighted value left without a stage
   */
  public abstract Money unmapped();

  /**
   * Open deals with an amount in the currency.
   *
   * @return the count
   */
  public abstract long deals();

  /** Builds totals (the impact does). */
  static final class Builder extends ImmutableWeightedChange.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("weighted change");
    v.check(before().isSameCurrency(after()) && before().isSameCurrency(unmapped()), "after", after(),
        "must be in the currency of before", "before " + before() + ", unmapped " + unmapped());
    if (!v.hasViolations()) {
      v.check(change().equals(after().minus(before())), "change", change(), "must be after minus before",
          "before " + before() + ", after " + after());
    }
    v.throwIfInvalid();
  }
}
