package dev.revops.forecast.review;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.money.Money;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A deal whose expected close date moved later while it was open, across the states of a review:
 * how many times and by how many days in all.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCloseDateSlip.class)
@JsonDeserialize(as = ImmutableCloseDateSlip.class)
public abstract class CloseDateSlip {

  /** Only the generated implementation extends this class, so every instance is validated. */
  CloseDateSlip() {}

  /**
   * The deal.
   *
   * @return its id
   */
  public abstract String dealId();

  /**
   * How many times its date moved later from one state to the next.
   *
   * @return at least 1
   */
  public abstract int slips();

  /**
   * The days it moved later, summed over the slips.
   *
   * @return the days
   */
  public abstract long daysSlipped();

  /**
   * The expected close date before its first slip.
   *
   * @return the date
   */
  public abstract LocalDate firstExpected();

  /**
   * The expected close date after its last slip.
   *
   * @return the date
   */
  public abstract LocalDate latestExpected();

  /**
   * Its amount in the latest state it is in.
   *
   * @return the amount in the review currency, if known
   */
  public abstract Optional<Money> amount();

  /** Builds slips (reviews do). */
  static final class Builder extends ImmutableCloseDateSlip.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("close-date slip of deal " + dealId());
    v.check(slips() >= 1, "slips", slips(), "must be at least 1");
    v.check(daysSlipped() >= slips(), "daysSlipped", daysSlipped(), "must be at least one day a slip");
    v.throwIfInvalid();
  }
}
