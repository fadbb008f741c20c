package dev.revops.forecast.calls;

import dev.revops.core.roster.CreditDate;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.dimension.OpenDimension;
import dev.revops.core.roster.Roster;
import dev.revops.core.scope.Scope;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What the forecast-call computations count and how: the roster, the day deals are credited to it,
 * the grouping of {@link DealGrouping}, and the {@link Scope} they are computed in.
 *
 * <p>Of the scope they use: the as-of date (the credit day under {@link CreditDate#AS_OF}), the
 * period kind and fiscal calendar (close periods), the definitions read under and the example limit
 * (provenance), and the reporting currency with its rates (without one, totals are per currency: two
 * currencies are never added).
 *
 * <pre>{@code
 * CallOptions options = CallOptions.builder().scope(scope).roster(roster)
 *     .creditDate(CreditDate.CLOSE_DATE)
 *     .addGroupBy(OpenDimension.parse("level:manager", roster))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCallOptions.class)
@JsonDeserialize(as = ImmutableCallOptions.class)
public abstract class CallOptions {

  /** Only the generated implementation extends this class, so every instance is validated. */
  CallOptions() {}

  /**
   * What the computations are as of and in.
   *
   * @return the scope
   */
  public abstract Scope scope();

  /**
   * The sales hierarchy.
   *
   * @return the roster; empty unless set
   */
  @Value.Default
  public Roster roster() {
    return Roster.empty();
  }

  /**
   * The day deals are credited to the roster on.
   *
   * @return {@link CreditDate#CLOSE_DATE} unless set
   */
  @Value.Default
  public CreditDate creditDate() {
    return CreditDate.CLOSE_DATE;
  }

  /**
   * What {@link DealGrouping} groups by, in order.
   *
   * @return the dimensions; empty for totals only
   */
  public abstract List<OpenDimension> groupBy();

  /**
   * A new builder.
   *
   * @return a builder with the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds options. */
  public static final class Builder extends ImmutableCallOptions.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("call options");
    Set<OpenDimension> seen = new HashSet<>();
    groupBy().forEach(d -> v.check(seen.add(d), "groupBy", d, "must not repeat a dimension"));
    groupBy().forEach(d -> d.level().ifPresent(l -> v.check(roster().levels().contains(l), "groupBy", d,
        "must name a level of the roster", "levels: " + roster().levels())));
    v.throwIfInvalid();
  }
}
