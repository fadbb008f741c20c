package dev.revops.core.lead;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.money.Rounding;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The cohort rule's counts for one conversion: the leads that entered the step, how many
 * converted, how many will not, how many are still open; converted of resolved and of all.
 *
 * <p>Rules, checked at construction: {@code entered = converted + notConverted + unresolved}; the
 * rates are the exact fractions rounded to {@link Rounding#RATIO_SCALE} decimals with
 * {@link Rounding#RATIO} (banker's rounding), so both are within [0, 1]; a rate is absent when its denominator is 0.
 *
 * <p>JSON: {@code {"entered": 8, "converted": 3, "notConverted": 1, "unresolved": 4,
 * "rateOfResolved": 0.7500, "rateOfAll": 0.3750}}.
 *
 * <pre>{@code
 * ConversionCount c = ConversionCount.of(8, 3, 1, 4);
 * c.rateOfResolved();   // Optional[0.7500]: 3 of the 4 resolved
 * c.rateOfAll();        // Optional[0.3750]: 3 of 8, the 4 unresolved counted as not (yet) converted
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableConversionCount.class)
@JsonDeserialize(as = ImmutableConversionCount.class)
public abstract class ConversionCount {
  /** Only the generated implementation extends this class, so every instance is validated. */
  ConversionCount() {}

  /**
   * Leads of the cohort: they entered the step converted from.
   *
   * @return the count
   */
  public abstract long entered();

  /**
   * Leads that converted.
   *
   * @return the count
   */
  public abstract long converted();

  /**
   * Leads that will not convert (disqualified, deal lost, window run out).
   *
   * @return the count
   */
  public abstract long notConverted();

  /**
   * Leads still open.
   *
   * @return the count
   */
  public abstract long unresolved();

  /**
   * Converted of resolved: {@code converted / (converted + notConverted)}.
   *
   * @return the rate; empty when no lead is resolved
   */
  public abstract Optional<BigDecimal> rateOfResolved();

  /**
   * Converted of all: {@code converted / entered}, the unresolved counted as not (yet) converted.
   *
   * @return the rate; empty when no lead entered
   */
  public abstract Optional<BigDecimal> rateOfAll();

  /**
   * The counts with their rates.
   *
   * @param entered leads of the cohort
   * @param converted leads converted
   * @param notConverted leads that will not convert
   * @param unresolved leads still open
   * @return the counts
   * @throws dev.revops.core.InvalidValueException if the counts do not add up or one is negative
   */
  public static ConversionCount of(long entered, long converted, long notConverted, long unresolved) {
    return new Builder().entered(entered).converted(converted).notConverted(notConverted).unresolved(unresolved)
        .rateOfResolved(rate(converted, converted + notConverted)).rateOfAll(rate(converted, entered)).build();
  }

  /**
   * A share rounded to {@link Rounding#RATIO_SCALE} decimals with {@link Rounding#RATIO}.
   *
   * @param part the part
   * @param whole the whole
   * @return the share; empty when the whole is 0
   */
  public static Optional<BigDecimal> rate(long part, long whole) {
    return whole == 0 ? Optional.empty()
        : Optional.of(BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), Rounding.RATIO_SCALE, Rounding.RATIO));
  }

  /** Builds counts (use {@link #of}). */
  static final class Builder extends ImmutableConversionCount.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("conversion count");
    v.check(converted() >= 0 && notConverted() >= 0 && unresolved() >= 0, "counts",
        converted() + "/" + notConverted() + "/" + unresolved(), "must not be negative");
    v.check(entered() == converted() + notConverted() + unresolved(), "entered", entered(),
        "must equal converted + notConverted + unresolved",
        converted() + " + " + notConverted() + " + " + unresolved());
    v.check(rateOfResolved().equals(rate(converted(), converted() + notConverted())), "rateOfResolved",
        rateOfResolved().orElse(null), "must be converted / (converted + notConverted), 4 decimals half-even");
    v.check(rateOfAll().equals(rate(converted(), entered())), "rateOfAll", rateOfAll().orElse(null),
        "must be converted / entered, 4 decimals half-even");
    v.throwIfInvalid();
  }
}
