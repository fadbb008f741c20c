package dev.revops.forecast.calls;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.money.Money;
import dev.revops.core.pipeline.ForecastCategory;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A forecast submission: what a person calls for a category in a period, submitted at an instant.
 * A later submission of the same caller, period and category replaces an earlier one from then on.
 *
 * <p>JSON: {@code {"caller": "bo", "period": "2026-Q3", "category": "COMMIT", "amount": "USD 150.00",
 * "submittedAt": "2026-07-14T16:00:00Z"}}.
 *
 * <pre>{@code
 * ForecastCall call = ForecastCall.builder().caller("bo").period("2026-Q3").category(ForecastCategory.COMMIT)
 *     .amount(Money.parse("USD 150.00")).submittedAt(Instant.parse("2026-07-14T16:00:00Z")).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableForecastCall.class)
@JsonDeserialize(as = ImmutableForecastCall.class)
public abstract class ForecastCall {

  /** Only the generated implementation extends this class, so every instance is validated. */
  ForecastCall() {}

  /**
   * Who calls.
   *
   * @return the person, as the roster names them
   */
  public abstract String caller();

  /**
   * The period's label.
   *
   * @return for example {@code 2026-Q3}
   */
  public abstract String period();

  /**
   * The category called.
   *
   * @return Commit, Most Likely, Best Case, Pipeline or Closed
   */
  public abstract ForecastCategory category();

  /**
   * The amount called.
   *
   * @return a non-negative amount
   */
  public abstract Money amount();

  /**
   * When it was submitted.
   *
   * @return the instant
   */
  public abstract Instant submittedAt();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds calls. */
  public static final class Builder extends ImmutableForecastCall.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("call of " + caller());
    v.text("caller", caller());
    v.text("period", period());
    v.check(category() != ForecastCategory.OMITTED, "category", category(), "must have a forecast figure");
    v.check(!amount().isNegative(), "amount", amount(), "must not be negative");
    v.throwIfInvalid();
  }
}
