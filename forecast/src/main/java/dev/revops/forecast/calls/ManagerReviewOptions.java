package dev.revops.forecast.calls;

import dev.revops.core.Validation;
import dev.revops.core.pipeline.ForecastCategory;
import dev.revops.forecast.pipeline.RangeSettings;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the Wednesday review per manager ({@link ManagerReview}) is computed from: the roster, credit
 * day and scope ({@link CallOptions}), the period and category reviewed, the currency, the range
 * settings, and the targets, calls and adjustments.
 *
 * <pre>{@code
 * ManagerReviewOptions o = ManagerReviewOptions.builder().callOptions(callOptions).period("2026-Q4")
 *     .currency(Money.currency("USD")).addAllTargets(targets).addAllCalls(calls)
 *     .addAllAdjustments(adjustments).build();   // Commit, every person with reports, seed 42
 * }</pre>
 */
@Value.Immutable
public abstract class ManagerReviewOptions {

  /** Only the generated implementation extends this class, so every instance is validated. */
  ManagerReviewOptions() {}

  /**
   * The roster, the day deals are credited on and the scope (its as-of instant is the review's).
   *
   * @return the options
   */
  public abstract CallOptions callOptions();

  /**
   * The period reviewed.
   *
   * @return its label in the scope's period kind and fiscal calendar
   */
  public abstract String period();

  /**
   * The category called and adjusted.
   *
   * @return {@link ForecastCategory#COMMIT} unless set
   */
  @Value.Default
  public ForecastCategory category() {
    return ForecastCategory.COMMIT;
  }

  /**
   * The currency of every figure (the scope's reporting currency, or the deals' one currency).
   *
   * @return the currency
   */
  public abstract Currency currency();

  /**
   * How the P10-P90 range is found (the same simulation as {@link
   * dev.revops.forecast.pipeline.RangeForecast}, reproducible by its seed).
   *
   * @return the defaults unless set
   */
  @Value.Default
  public RangeSettings rangeSettings() {
    return RangeSettings.defaults();
  }

  /**
   * Own and team targets.
   *
   * @return the targets
   */
  public abstract List<RosterTarget> targets();

  /**
   * Forecast calls.
   *
   * @return the calls
   */
  public abstract List<ForecastCall> calls();

  /**
   * Manager and owner adjustments.
   *
   * @return the adjustments
   */
  public abstract List<ForecastAdjustment> adjustments();

  /**
   * Whose rows are shown.
   *
   * @return a roster level (everyone at it on the as-of date); empty for each person with reports then
   */
  public abstract Optional<String> level();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds options. */
  public static final class Builder extends ImmutableManagerReviewOptions.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("manager review options");
    v.text("period", period());
    v.check(category() != ForecastCategory.OMITTED, "category", category(), "must have a forecast figure");
    level().ifPresent(l -> v.check(callOptions().roster().levels().contains(l), "level", l,
        "must name a level of the roster", "levels: " + callOptions().roster().levels()));
    v.throwIfInvalid();
  }
}
