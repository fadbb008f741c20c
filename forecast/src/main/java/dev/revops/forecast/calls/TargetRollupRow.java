package dev.revops.forecast.calls;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.money.Money;
import dev.revops.core.period.Period;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One person's targets in one period and currency ({@link TargetRollup}): their own target, the
 * roll-up of their own and everyone's below them, and the team target set on them, if any, with its
 * difference from the roll-up.
 *
 * <pre>{@code
 * TargetRollupRow bo = result.row("2026-Q4", "bo", usd).get();
 * bo.rolledUp();     // own + everyone below
 * bo.target();       // the team target where one is set, else the roll-up
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTargetRollupRow.class)
@JsonDeserialize(as = ImmutableTargetRollupRow.class)
// the derived figures are written for readers and computed again when read back
@JsonIgnoreProperties(value = {"target", "difference", "targetSource"}, allowGetters = true)
public abstract class TargetRollupRow {

  /** Only the generated implementation extends this class, so every instance is validated. */
  TargetRollupRow() {}

  /**
   * The period.
   *
   * @return the period
   */
  public abstract Period period();

  /**
   * The person.
   *
   * @return the name
   */
  public abstract String person();

  /**
   * The person's level on the roster day.
   *
   * @return the level, if the roster names one
   */
  public abstract Optional<String> level();

  /**
   * Who the person reports to on the roster day.
   *
   * @return the manager; empty at the top
   */
  public abstract Optional<String> reportsTo();

  /**
   * The person's own target (for their own deals).
   *
   * @return the amount; zero without one
   */
  public abstract Money own();

  /**
   * The own target plus the own targets of everyone below the person on the roster day.
   *
   * @return the amount
   */
  public abstract Money rolledUp();

  /**
   * The target set directly on the person for their whole team.
   *
   * @return the amount, if set
   */
  public abstract Optional<Money> teamTarget();

  /**
   * The team target minus the roll-up: what the person's target asks beyond (positive) or short of
   * (negative) what their people's targets add up to.
   *
   * @return the difference, where a team target is set
   */
  @Value.Derived
  public Optional<Money> difference() {
    return teamTarget().map(t -> t.minus(rolledUp()));
  }

  /**
   * The number the person is held to: the team target where one is set, else the roll-up.
   *
   * @return the amount
   */
  @Value.Derived
  public Money target() {
    return teamTarget().orElse(rolledUp());
  }

  /**
   * Where {@link #target()} comes from.
   *
   * @return {@link TargetCovers#TEAM} when a team target is set, {@link TargetCovers#OWN} for the
   *     roll-up of own targets
   */
  @Value.Derived
  public TargetCovers targetSource() {
    return teamTarget().isPresent() ? TargetCovers.TEAM : TargetCovers.OWN;
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("target roll-up row of " + person());
    String c = rolledUp().getCurrencyCode();
    v.check(own().getCurrencyCode().equals(c), "own", own(), "must be in the roll-up's currency " + c);
    teamTarget().ifPresent(t -> v.check(t.getCurrencyCode().equals(c), "teamTarget", t,
        "must be in the roll-up's currency " + c));
    v.throwIfInvalid();
  }
}
