package dev.revops.forecast.calls;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.money.Money;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One caller's call for an ended period against what was won, and the system's forecast at the same
 * instant if known: what {@link CallAccuracy} adds up.
 *
 * <pre>{@code
 * CallOutcome o = CallOutcome.builder().caller("bo").level("manager").period("2026-Q3")
 *     .called(Money.parse("USD 150.00")).actual(Money.parse("USD 120.00")).build();
 * o.error();   // USD 30.00: over-called
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCallOutcome.class)
@JsonDeserialize(as = ImmutableCallOutcome.class)
public abstract class CallOutcome {

  /** Only the generated implementation extends this class, so every instance is validated. */
  CallOutcome() {}

  /**
   * Who called.
   *
   * @return the caller
   */
  public abstract String caller();

  /**
   * The caller's level in the roster.
   *
   * @return the level, if known
   */
  public abstract Optional<String> level();

  /**
   * The period's label.
   *
   * @return the label
   */
  public abstract String period();

  /**
   * The call.
   *
   * @return the amount called
   */
  public abstract Money called();

  /**
   * What was won in the period, by the caller and everyone below them.
   *
   * @return the won amount
   */
  public abstract Money actual();

  /**
   * The system's forecast at the instant of the call (weighted pipeline, a saved model's).
   *
   * @return the amount, if known
   */
  public abstract Optional<Money> system();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds outcomes. */
  public static final class Builder extends ImmutableCallOutcome.Builder {
    Builder() {}
  }

  /**
   * The call's error.
   *
   * @return called minus actual: positive when over-called (in the JSON as {@code error})
   */
  @Value.Derived
  public Money error() {
    return called().minus(actual());
  }

  /**
   * The system forecast's error.
   *
   * <pre>{@code
   * outcome.systemError();   // Optional[USD -20.00]: the system said 100.00, 120.00 was won
   * }</pre>
   *
   * @return system minus actual, when the system forecast is known (in the JSON as {@code systemError})
   */
  @Value.Derived
  public Optional<Money> systemError() {
    return system().map(s -> s.minus(actual()));
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("call outcome of " + caller() + " in " + period());
    v.text("caller", caller());
    v.check(called().isSameCurrency(actual()), "actual", actual(), "must be in the call's currency",
        "the call is " + called());
    system().ifPresent(s -> v.check(s.isSameCurrency(called()), "system", s, "must be in the call's currency",
        "the call is " + called()));
    v.throwIfInvalid();
  }
}
