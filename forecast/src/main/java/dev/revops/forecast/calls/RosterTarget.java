package dev.revops.forecast.calls;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.InvalidValueException;
import dev.revops.core.Validation;
import dev.revops.core.money.Money;
import dev.revops.forecast.pipeline.Target;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A target of one person in one period: for their own deals ({@link TargetCovers#OWN}) or for their
 * whole team ({@link TargetCovers#TEAM}, set directly on a manager or a level). {@link TargetRollup}
 * rolls the own targets up the roster and compares each team target with that roll-up.
 *
 * <p>JSON: {@code {"person": "ana", "period": "2026-Q4", "amount": "USD 300.00", "covers": "OWN"}}.
 *
 * <pre>{@code
 * RosterTarget ana = RosterTarget.builder().person("ana").period("2026-Q4")
 *     .amount(Money.parse("USD 300.00")).build();                       // covers OWN
 * RosterTarget fromFile = RosterTarget.of(target, TargetCovers.OWN);    // a per-owner Target
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRosterTarget.class)
@JsonDeserialize(as = ImmutableRosterTarget.class)
public abstract class RosterTarget {

  /** Only the generated implementation extends this class, so every instance is validated. */
  RosterTarget() {}

  /**
   * The person, as the roster names them.
   *
   * @return a non-blank name
   */
  public abstract String person();

  /**
   * The period's label, in the fiscal calendar and period kind of the computation's scope.
   *
   * @return for example {@code 2026-Q4}
   */
  public abstract String period();

  /**
   * The amount to win.
   *
   * @return a non-negative amount
   */
  public abstract Money amount();

  /**
   * What the target covers.
   *
   * @return {@link TargetCovers#OWN} unless set
   */
  @Value.Default
  public TargetCovers covers() {
    return TargetCovers.OWN;
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds roster targets. */
  public static final class Builder extends ImmutableRosterTarget.Builder {
    Builder() {}
  }

  /**
   * The roster target of a per-owner {@link Target} (as {@code --targets} files give them).
   *
   * @param target a target split by exactly the owner, e.g. {@code {"owner": "ana"}}
   * @param covers what it covers
   * @return the target of that person
   * @throws InvalidValueException if the target is not split by exactly the owner
   */
  public static RosterTarget of(Target target, TargetCovers covers) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(covers, "covers");
    if (!target.group().keySet().equals(java.util.Set.of("owner"))) {
      throw new InvalidValueException("group", target.group(), "must be split by exactly the owner to be a "
          + "person's target", "target of " + target.period());
    }
    Map<String, String> group = target.group();
    return builder().person(group.get("owner")).period(target.period()).amount(target.amount()).covers(covers)
        .build();
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("roster target of " + person());
    v.text("person", person());
    v.text("period", period());
    v.check(!amount().isNegative(), "amount", amount(), "must not be negative");
    v.throwIfInvalid();
  }
}
