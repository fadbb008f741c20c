package dev.revops.forecast.pipeline;

import dev.revops.core.dimension.OpenDimension;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.money.Money;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * A target (quota) for one group in one period: how much should be won.
 *
 * <p>JSON: {@code {"period": "2026-Q4", "group": {"owner": "avery"}, "amount": "USD 250000.00"}}; an
 * empty group is the whole pipeline's target.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTarget.class)
@JsonDeserialize(as = ImmutableTarget.class)
public abstract class Target {

  /** Only the generated implementation extends this class, so every instance is validated. */
  Target() {}

  /**
   * The period's label, in the fiscal calendar the forecast uses.
   *
   * @return for example {@code 2026-Q4}
   */
  public abstract String period();

  /**
   * The group: dimension name to value (owner, segment, source, product, stage, forecastCategory).
   *
   * @return the group; empty for the whole pipeline
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> group();

  /**
   * The amount to win.
   *
   * @return a non-negative amount
   */
  public abstract Money amount();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds targets. */
  public static final class Builder extends ImmutableTarget.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("target " + period() + " " + group());
    v.text("period", period());
    v.check(!amount().isNegative(), "amount", amount(), "must not be negative");
    group().forEach((dimension, value) -> {
      boolean known;
      try {
        OpenDimension d = OpenDimension.parse(dimension);
        known = d.name().equals(dimension) && !d.isClosePeriod();
      } catch (IllegalArgumentException e) {
        known = false;
      }
      v.check(known, "group", dimension, "must name a dimension other than the period",
          "owner, segment, source, product, stage, forecastCategory, account, attribute:NAME, level:NAME");
      v.text("group." + dimension, value);
    });
    v.throwIfInvalid();
  }
}
