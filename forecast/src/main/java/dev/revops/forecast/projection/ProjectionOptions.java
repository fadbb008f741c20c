package dev.revops.forecast.projection;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.dimension.OpenDimension;
import dev.revops.core.pipeline.ForecastCategory;
import dev.revops.core.roster.Roster;
import dev.revops.core.scope.Scope;
import dev.revops.forecast.pipeline.RangeSettings;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What a projection is computed in and its own settings: the scenario (its name, how many days
 * every open deal slips, which forecast categories count) and the ranges' settings.
 *
 * <p>Of the {@link Scope}: the as-of date (the first period projected is the one holding it; open
 * deals expected to close before it close on it), the zone, period kind and fiscal calendar (the
 * periods), the reporting currency with its rate table, the definitions read under and the example
 * limit (the provenance). Without a reporting currency figures are per currency; with one, every
 * record is converted into it at the rate in force on its close date (an open deal's projected
 * close date, a booked contract's booking date).
 *
 * <pre>{@code
 * Scope scope = Scope.asOf(LocalDate.parse("2026-10-01"));
 * ProjectionOptions base = ProjectionOptions.of(scope);
 * ProjectionOptions slip = ProjectionOptions.builder().scope(scope).scenario("slip-30").slipDays(30).build();
 * ProjectionOptions commit = ProjectionOptions.builder().scope(scope).scenario("commit")
 *     .addCategories(ForecastCategory.COMMIT).build();
 * ProjectionOptions byManager = ProjectionOptions.builder().scope(scope).roster(roster)
 *     .addGroupBy(OpenDimension.parse("level:manager", roster), OpenDimension.parse("attribute:region")).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProjectionOptions.class)
@JsonDeserialize(as = ImmutableProjectionOptions.class)
public abstract class ProjectionOptions {
  /** The most days a scenario slips deals (ten years). */
  public static final int MAX_SLIP_DAYS = 3_660;

  /** Only the generated implementation extends this class, so every instance is validated. */
  ProjectionOptions() {}

  /**
   * What the projection is as of and in.
   *
   * @return the scope
   */
  public abstract Scope scope();

  /**
   * The scenario's name, shown with its results.
   *
   * @return "base" unless set
   */
  @Value.Default
  public String scenario() {
    return "base";
  }

  /**
   * Days every open deal's expected close date slips in this scenario.
   *
   * @return 0 to {@value #MAX_SLIP_DAYS}; 0 unless set
   */
  @Value.Default
  public int slipDays() {
    return 0;
  }

  /**
   * The forecast categories of the open deals counted (a deal's effective category); others are
   * excluded, with the reason.
   *
   * @return the categories; empty for every category but omitted
   */
  public abstract Set<ForecastCategory> categories();

  /**
   * Days from an invoice to its payment for booked contracts given without a template.
   *
   * @return 0 to {@value RevenueTemplate#MAX_DAYS}; 30 unless set
   */
  @Value.Default
  public int bookedPaymentTermsDays() {
    return 30;
  }

  /**
   * The dimensions the figures are also given per group of (any deal field, the account,
   * {@code attribute:NAME}, a roster level): an open deal's values on its projected close date, a
   * booked contract's those of its won deal (on its close date), {@code none} without one.
   *
   * @return the dimensions, none repeated; empty (and absent from JSON) for no groups
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<OpenDimension> groupBy();

  /**
   * The roster whose levels {@code level:NAME} dimensions name.
   *
   * @return the roster; empty unless grouping by a level
   */
  public abstract Optional<Roster> roster();

  /**
   * How the P10/P50/P90 ranges are simulated.
   *
   * @return the settings; empty for no ranges
   */
  public abstract Optional<RangeSettings> ranges();

  /**
   * The options of a scope, with every default.
   *
   * @param scope the scope
   * @return the options
   */
  public static ProjectionOptions of(Scope scope) {
    return builder().scope(scope).build();
  }

  /**
   * A new builder.
   *
   * @return a builder (the scope is required)
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds options. */
  public static final class Builder extends ImmutableProjectionOptions.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("projection options");
    v.text("scenario", scenario());
    v.check(slipDays() >= 0 && slipDays() <= MAX_SLIP_DAYS, "slipDays", slipDays(), "must be 0 to " + MAX_SLIP_DAYS);
    v.check(bookedPaymentTermsDays() >= 0 && bookedPaymentTermsDays() <= RevenueTemplate.MAX_DAYS,
        "bookedPaymentTermsDays", bookedPaymentTermsDays(), "must be 0 to " + RevenueTemplate.MAX_DAYS);
    v.check(!categories().contains(ForecastCategory.OMITTED) && !categories().contains(ForecastCategory.CLOSED),
        "categories", categories(), "must hold open categories only (not omitted or closed)");
    Set<OpenDimension> seen = new HashSet<>();
    groupBy().forEach(d -> v.check(seen.add(d), "groupBy", d, "must not repeat a dimension"));
    Set<String> levels = roster().map(r -> (Set<String>) r.levels()).orElse(Set.of());
    groupBy().forEach(d -> d.level().ifPresent(l -> v.check(levels.contains(l), "groupBy", d,
        "must name a level of the roster", "levels: " + levels)));
    v.throwIfInvalid();
  }
}
