package dev.revops.forecast.recurring;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.period.Period;
import dev.revops.core.scope.Scope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What {@link Renewals} computes over: the scope (as-of, zone, periods), the periods contracts end
 * in (from {@link #from()} to {@link #through()}, which may run past the as-of: the renewal
 * pipeline looks ahead), the gap a renewal may start within, and the grouping (attribute names of
 * the terms).
 *
 * <pre>{@code
 * RenewalOptions options = RenewalOptions.builder().scope(scope)
 *     .from(LocalDate.parse("2026-01-01")).through(LocalDate.parse("2026-12-31"))
 *     .gapDays(30).addGroupBy("segment").build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRenewalOptions.class)
@JsonDeserialize(as = ImmutableRenewalOptions.class)
public abstract class RenewalOptions {
  /** The longest gap, in days. */
  public static final int MAX_GAP_DAYS = 366;

  /** Only the generated implementation extends this class, so every instance is validated. */
  RenewalOptions() {}

  /**
   * What the renewals are as of and in.
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
   * How many days before or after a contract's end its renewal may start.
   *
   * @return 30 unless set; 0 to {@value #MAX_GAP_DAYS}
   */
  @Value.Default
  public int gapDays() {
    return 30;
  }

  /**
   * The grouping: attribute names of the terms.
   *
   * @return names, without repeats
   */
  public abstract List<String> groupBy();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds options. */
  public static final class Builder extends ImmutableRenewalOptions.Builder {
    Builder() {}
  }

  /**
   * The periods contracts end in.
   *
   * @return consecutive periods of the scope's kind
   */
  @JsonIgnore
  @Value.Derived
  @Value.Auxiliary
  public List<Period> periods() {
    Scope s = scope();
    LocalDate last = through().orElse(LocalDate.ofInstant(s.asOf().minusNanos(1), s.zone()));
    List<Period> out = new ArrayList<>();
    for (Period p = s.periodOf(from()); !p.start().isAfter(last) && out.size() <= RecurringOptions.MAX_PERIODS;
        p = s.periodOf(p.end())) {
      out.add(p);
    }
    return List.copyOf(out);
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("renewal options");
    v.check(gapDays() >= 0 && gapDays() <= MAX_GAP_DAYS, "gapDays", gapDays(), "must be between 0 and " + MAX_GAP_DAYS);
    Set<String> seen = new HashSet<>();
    groupBy().forEach(g -> {
      v.text("groupBy", g);
      v.check(seen.add(g), "groupBy", g, "must not repeat a dimension");
    });
    v.check(groupBy().size() <= RecurringOptions.MAX_GROUP_BY, "groupBy", groupBy(),
        "must have at most " + RecurringOptions.MAX_GROUP_BY + " dimensions");
    through().ifPresent(t -> v.check(!t.isBefore(from()), "through", t, "must not be before from " + from()));
    if (!v.hasViolations()) {
      v.check(!periods().isEmpty(), "from", from(), "must leave at least one period");
      v.check(periods().size() <= RecurringOptions.MAX_PERIODS, "from", from(), "must leave at most "
          + RecurringOptions.MAX_PERIODS + " periods");
    }
    v.throwIfInvalid();
  }
}
