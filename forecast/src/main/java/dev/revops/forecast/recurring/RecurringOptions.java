package dev.revops.forecast.recurring;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.period.Period;
import dev.revops.core.scope.Scope;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What the movement, retention and cohort accumulators compute over: the {@link Scope} (as-of,
 * zone, period kind and fiscal calendar, reporting currency with its rates, definitions read
 * under), the periods from {@link #from()} to {@link #through()}, the grouping and the
 * {@link MovementRules}.
 *
 * <p>Periods run from the period of {@code from} to the period of {@code through} (or of the as-of
 * instant), never past the as-of: the last period, when the as-of falls inside it, is read up to
 * the as-of and marked incomplete. A period opens at the start of its first day in the scope's zone
 * and closes at the start of the next period (or at the as-of); its opening MRR is what is in
 * force just before it opens, its closing MRR what is in force just before it closes.
 *
 * <p>Groups: {@code "product"} (a line's product; a customer's MRR in each product is classified
 * apart), {@code "cohort"} (the period of the customer's first revenue) and any attribute name of
 * the lines ({@code "segment"}, {@code "owner"}...; a customer without it is in {@code "(none)"}).
 *
 * <p>Currencies: without a reporting currency, every figure is per currency and two currencies are
 * never added. With one, each customer's opening and closing MRR of a period are converted at the
 * rate in force on the period's last day (the named rule {@code period-end-rate}, half-even to the
 * minor unit, {@link #PERIOD_END_RATE}), so the rate never moves MRR within a period; the
 * difference with the previous period's closing is shown apart as the restatement.
 *
 * <pre>{@code
 * RecurringOptions options = RecurringOptions.builder()
 *     .scope(Scope.asOf(LocalDate.parse("2026-10-01")))
 *     .from(LocalDate.parse("2025-10-01"))
 *     .addGroupBy("segment")
 *     .build();
 * options.periods();   // 2025-10 ... 2026-09
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRecurringOptions.class)
@JsonDeserialize(as = ImmutableRecurringOptions.class)
public abstract class RecurringOptions {
  /** The most periods one computation covers. */
  public static final int MAX_PERIODS = 600;
  /** The most grouping dimensions. */
  public static final int MAX_GROUP_BY = 4;
  /** The dimension of a line's product. */
  public static final String PRODUCT = "product";
  /** The dimension of a customer's first revenue period. */
  public static final String COHORT = "cohort";
  /** The value of an attribute a customer does not have. */
  public static final String NONE = "(none)";
  /**
   * The named conversion rule with a reporting currency: a period's opening and closing MRR at the
   * rate in force on its last day, half-even to the minor unit. Results cite it.
   */
  public static final DefinitionRef PERIOD_END_RATE = DefinitionRef.of("period-end-rate", 1);
  /** Names no attribute may take. */
  static final Set<String> BUILT_IN_DIMENSIONS = Set.of(PRODUCT, COHORT, "currency", "period");

  /** Only the generated implementation extends this class, so every instance is validated. */
  RecurringOptions() {}

  /**
   * What the computation is as of and in.
   *
   * @return the scope
   */
  public abstract Scope scope();

  /**
   * A day of the first period.
   *
   * @return the date
   */
  public abstract LocalDate from();

  /**
   * A day of the last period.
   *
   * @return the date; empty for the period of the as-of instant
   */
  public abstract Optional<LocalDate> through();

  /**
   * The grouping dimensions.
   *
   * @return names, without repeats; empty for totals
   */
  public abstract List<String> groupBy();

  /**
   * The movement rules.
   *
   * @return the standard rules unless set
   */
  @Value.Default
  public MovementRules rules() {
    return MovementRules.standard();
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds options. */
  public static final class Builder extends ImmutableRecurringOptions.Builder {
    Builder() {}
  }

  /**
   * The periods, in order.
   *
   * @return consecutive periods of the scope's kind
   */
  @JsonIgnore
  @Value.Derived
  @Value.Auxiliary
  public List<Period> periods() {
    Scope s = scope();
    Period last = s.periodOf(s.asOf().minusNanos(1));
    LocalDate end = through().filter(t -> t.isBefore(last.end())).orElse(last.end().minusDays(1));
    List<Period> out = new ArrayList<>();
    for (Period p = s.periodOf(from()); !p.start().isAfter(end) && out.size() <= MAX_PERIODS; p = s.periodOf(p.end())) {
      out.add(p);
    }
    return List.copyOf(out);
  }

  /**
   * What results computed with these options are based on: the movement rules, the conversion rule
   * when there is a reporting currency, and the scope's definitions.
   *
   * @return definition references, without repeats
   */
  @JsonIgnore
  public List<DefinitionRef> basedOn() {
    List<DefinitionRef> out = new ArrayList<>();
    out.add(rules().ref());
    if (scope().reportingCurrency().isPresent()) {
      out.add(PERIOD_END_RATE);
    }
    scope().basedOn().stream().filter(r -> !out.contains(r)).forEach(out::add);
    return List.copyOf(out);
  }

  /** The instant a period opens. */
  Instant open(Period p) {
    return scope().startOf(p.start());
  }

  /** The instant a period closes: the next period's opening, or the as-of when earlier. */
  Instant close(Period p) {
    Instant end = scope().startOf(p.end());
    return end.isAfter(scope().asOf()) ? scope().asOf() : end;
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("recurring options");
    Set<String> seen = new HashSet<>();
    for (String g : groupBy()) {
      v.text("groupBy", g);
      v.check(seen.add(g), "groupBy", g, "must not repeat a dimension");
    }
    v.check(groupBy().size() <= MAX_GROUP_BY, "groupBy", groupBy(), "must have at most " + MAX_GROUP_BY + " dimensions");
    v.check(!from().isAfter(scope().asOfDate()), "from", from(), "must not be after the as-of date " + scope().asOfDate());
    through().ifPresent(t -> v.check(!t.isBefore(from()), "through", t, "must not be before from " + from()));
    if (!v.hasViolations()) {
      v.check(!periods().isEmpty(), "from", from(), "must leave at least one period before the as-of " + scope().asOf());
      v.check(periods().size() <= MAX_PERIODS, "from", from(), "must leave at most " + MAX_PERIODS + " periods");
    }
    v.throwIfInvalid();
  }
}
