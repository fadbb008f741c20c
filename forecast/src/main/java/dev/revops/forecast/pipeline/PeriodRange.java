package dev.revops.forecast.pipeline;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.money.Money;
import dev.revops.core.period.Period;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The range of revenue that may be won in one period and currency: what is won already, plus the
 * open deals expected to close in the period, each won independently with its probability.
 *
 * <p>The expected value and standard deviation are exact (rounded once); the percentiles P10, P50
 * and P90 come from the {@linkplain #method() method} stated. All amounts include what is already
 * won.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePeriodRange.class)
@JsonDeserialize(as = ImmutablePeriodRange.class)
public abstract class PeriodRange {

  /** Only the generated implementation extends this class, so every instance is validated. */
  PeriodRange() {}

  /**
   * The period.
   *
   * @return the close period
   */
  public abstract Period period();

  /**
   * Open deals expected to close in the period.
   *
   * @return the count
   */
  public abstract long openDeals();

  /**
   * Deals already won in the period.
   *
   * @return the count
   */
  public abstract long wonDeals();

  /**
   * The amount already won in the period.
   *
   * @return the closed won amount
   */
  public abstract Money closedWon();

  /**
   * Won so far plus the sum of amount x probability over the open deals.
   *
   * @return the expected won revenue
   */
  public abstract Money expected();

  /**
   * The variance of the won revenue, in squared units of the currency: the sum of
   * amount^2 x p x (1 - p) over the open deals.
   *
   * @return the exact variance
   */
  public abstract BigDecimal variance();

  /**
   * The square root of the variance.
   *
   * @return the standard deviation, rounded half-even
   */
  public abstract Money standardDeviation();

  /**
   * The 10th percentile: won revenue is at least this with probability about 90%.
   *
   * @return P10
   */
  public abstract Money p10();

  /**
   * The median.
   *
   * @return P50
   */
  public abstract Money p50();

  /**
   * The 90th percentile.
   *
   * @return P90
   */
  public abstract Money p90();

  /**
   * How the percentiles were found.
   *
   * @return the method
   */
  public abstract RangeMethod method();

  /**
   * The trials of a simulation.
   *
   * @return the number of trials, for {@link RangeMethod#SIMULATION}
   */
  public abstract Optional<Integer> trials();

  /** Builds ranges (the range forecast does). */
  static final class Builder extends ImmutablePeriodRange.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("range of " + period());
    v.check(!p10().isGreaterThan(p50()) && !p50().isGreaterThan(p90()), "p50", p50(),
        "must lie between p10 and p90", "p10 " + p10() + ", p90 " + p90());
    v.check(!closedWon().isGreaterThan(p10()), "p10", p10(), "must not be below the amount already won",
        "closed won " + closedWon());
    v.check(variance().signum() >= 0, "variance", variance(), "must not be negative");
    v.check(trials().isPresent() == (method() == RangeMethod.SIMULATION), "trials", trials().orElse(null),
        "must be given exactly for a simulation");
    v.throwIfInvalid();
  }
}
