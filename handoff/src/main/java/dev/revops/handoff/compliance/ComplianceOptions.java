package dev.revops.handoff.compliance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.scope.Scope;
import org.immutables.value.Value;

/**
 * How handoff compliance is computed: its {@link Scope} and how many overdue handoffs it lists.
 *
 * <p>Of the scope, compliance uses the as-of instant (handoffs sent after it are left out; outcomes
 * after it are not known yet), the zone, period kind and fiscal calendar (the period a handoff was
 * sent in), the example limit (example ids per exclusion reason) and the definitions it cites. Not
 * the working calendar: each protocol's SLA carries its own business hours, part of the governed
 * handoff map, so that a handoff is judged the same whoever asks. No currency: friction costs stay
 * in each protocol's currency.
 *
 * <pre>{@code
 * ComplianceOptions options = ComplianceOptions.of(Scope.asOf(LocalDate.parse("2026-10-01")));
 * ComplianceOptions quarterly = ComplianceOptions.builder()
 *     .scope(Scope.builder().asOf(date, zone).periodKind(PeriodKind.QUARTER).build()).listLimit(20).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableComplianceOptions.class)
@JsonDeserialize(as = ImmutableComplianceOptions.class)
public abstract class ComplianceOptions {

  /** Only the generated implementation extends this class, so every instance is validated. */
  ComplianceOptions() {}

  /**
   * What the compliance is as of and in (see the class comment for the fields it uses).
   *
   * @return the scope
   */
  public abstract Scope scope();

  /**
   * How many overdue handoffs the result lists, most overdue first.
   *
   * @return 20 unless set; at least 0
   */
  @Value.Default
  public int listLimit() {
    return 20;
  }

  /**
   * Options with a scope and the other settings at their defaults.
   *
   * @param scope the scope
   * @return the options: 20 overdue handoffs listed
   */
  public static ComplianceOptions of(Scope scope) {
    return builder().scope(scope).build();
  }

  /**
   * A new builder.
   *
   * @return a builder with the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds options. */
  public static final class Builder extends ImmutableComplianceOptions.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("compliance options");
    v.check(listLimit() >= 0, "listLimit", listLimit(), "must not be negative");
    v.throwIfInvalid();
  }
}
