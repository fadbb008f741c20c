package dev.revops.forecast.calls;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.money.Money;
import dev.revops.core.pipeline.ForecastCategory;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * An adjustment of a forecast: the amount someone says a person's figure of a category in a period
 * should be. A manager adjusting a report's number ({@code adjuster} is the subject's manager) or an
 * owner adjusting their own ({@code adjuster} is the subject). Adjustments never change deals; the
 * latest one on or before the as-of instant counts.
 *
 * <p>JSON: {@code {"adjuster": "bo", "subject": "ana", "period": "2026-Q3", "category": "COMMIT",
 * "amount": "USD 80.00", "at": "2026-08-03T09:00:00Z"}}.
 *
 * <pre>{@code
 * ForecastAdjustment a = ForecastAdjustment.builder().adjuster("bo").subject("ana").period("2026-Q3")
 *     .category(ForecastCategory.COMMIT).amount(Money.parse("USD 80.00"))
 *     .at(Instant.parse("2026-08-03T09:00:00Z")).build();
 * a.isOwnerAdjustment();   // false: a manager adjustment
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableForecastAdjustment.class)
@JsonDeserialize(as = ImmutableForecastAdjustment.class)
public abstract class ForecastAdjustment {

  /** Only the generated implementation extends this class, so every instance is validated. */
  ForecastAdjustment() {}

  /**
   * Who adjusts.
   *
   * @return the subject's manager, or the subject
   */
  public abstract String adjuster();

  /**
   * Whose number is adjusted.
   *
   * @return the person
   */
  public abstract String subject();

  /**
   * The period's label.
   *
   * @return for example {@code 2026-Q3}
   */
  public abstract String period();

  /**
   * The category adjusted.
   *
   * @return Commit, Most Likely, Best Case, Pipeline or Closed
   */
  public abstract ForecastCategory category();

  /**
   * The adjusted amount (not a difference).
   *
   * @return a non-negative amount
   */
  public abstract Money amount();

  /**
   * When it was made.
   *
   * @return the instant
   */
  public abstract Instant at();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds adjustments. */
  public static final class Builder extends ImmutableForecastAdjustment.Builder {
    Builder() {}
  }

  /**
   * Whether the owner adjusts their own number.
   *
   * @return true when adjuster and subject are the same person
   */
  @JsonIgnore
  public boolean isOwnerAdjustment() {
    return adjuster().equals(subject());
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("adjustment of " + subject() + " by " + adjuster());
    v.text("adjuster", adjuster());
    v.text("subject", subject());
    v.text("period", period());
    v.check(category() != ForecastCategory.OMITTED, "category", category(), "must have a forecast figure");
    v.check(!amount().isNegative(), "amount", amount(), "must not be negative");
    v.throwIfInvalid();
  }
}
