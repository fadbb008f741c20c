package dev.revops.forecast.recurring;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.money.Rounding;
import dev.revops.core.Validation;
import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.metric.Exclusion;
import dev.revops.core.period.Period;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * One churn or retention rate: a definition's numerator and denominator over one period (or the
 * rolling window ending at its close), currency and group, and the rate.
 *
 * <p>Money numerators and denominators are amounts in {@link #currency()} (major units, exact);
 * count ones are customers. The rate is numerator / denominator rounded half-even to four decimals
 * ({@code 0.1000} is 10%); absent when the denominator is zero.
 *
 * <pre>{@code
 * RateRow r = rates.result().rows().get(0);
 * r.rate();   // Optional[0.1000]
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRateRow.class)
@JsonDeserialize(as = ImmutableRateRow.class)
public abstract class RateRow {
  /** Decimals of a rate. */
  public static final int SCALE = Rounding.RATIO_SCALE;

  /** Only the generated implementation extends this class, so every instance is validated. */
  RateRow() {}

  /**
   * The definition computed.
   *
   * @return its id and version
   */
  public abstract DefinitionRef definition();

  /**
   * The period.
   *
   * @return the period
   */
  public abstract Period period();

  /**
   * Whether the period closed before the as-of instant.
   *
   * @return false for the period the as-of falls in
   */
  public abstract boolean complete();

  /**
   * The first instant counted.
   *
   * @return the period's opening, or the rolling window's start
   */
  public abstract Instant from();

  /**
   * The instant counting stops (exclusive).
   *
   * @return the period's close
   */
  public abstract Instant to();

  /**
   * The currency of the customers counted (and of money amounts).
   *
   * @return the currency
   */
  public abstract Currency currency();

  /**
   * The group.
   *
   * @return dimension name to value; empty for the total
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> group();

  /**
   * The numerator.
   *
   * @return an amount or a count
   */
  public abstract BigDecimal numerator();

  /**
   * The denominator.
   *
   * @return an amount or a count, not negative
   */
  public abstract BigDecimal denominator();

  /**
   * Numerator over denominator, half-even to {@value #SCALE} decimals.
   *
   * @return the rate; empty when the denominator is zero
   */
  public abstract Optional<BigDecimal> rate();

  /**
   * Customers in the denominator (or numerator).
   *
   * @return the count
   */
  public abstract long counted();

  /**
   * Customers a rule of the definition left out, by reason.
   *
   * @return the exclusions
   */
  public abstract List<Exclusion> excluded();

  /** Builds rows (the accumulator does). */
  static final class Builder extends ImmutableRateRow.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("rate " + definition() + " " + period().label());
    v.check(denominator().signum() >= 0, "denominator", denominator(), "must not be negative");
    v.check(rate().isPresent() == (denominator().signum() > 0), "rate", rate().orElse(null),
        "must be present exactly when the denominator is positive");
    rate().ifPresent(r -> v.check(r.scale() == SCALE, "rate", r, "must have " + SCALE + " decimals"));
    v.check(to().isAfter(from()), "to", to(), "must be after from " + from());
    v.throwIfInvalid();
  }
}
