package dev.revops.forecast.velocity;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.money.ExchangeRateTable;
import dev.revops.core.period.WorkingCalendar;
import dev.revops.core.pipeline.Stage;
import dev.revops.core.dimension.Dimension;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What velocity counts and how: the as-of date, the grouping, an optional look-back window, how
 * days are counted, the aging percentile, what a qualified opportunity is, and the currency of
 * sales velocity.
 *
 * <p>The as-of instant is the start of the as-of date in the working calendar's zone: stage
 * changes before it are seen, visits still going then are open.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVelocityOptions.class)
@JsonDeserialize(as = ImmutableVelocityOptions.class)
public abstract class VelocityOptions {
  private static final Set<Dimension> GROUPABLE = EnumSet.of(Dimension.OWNER, Dimension.SEGMENT, Dimension.SOURCE,
      Dimension.PRODUCT);

  /** Only the generated implementation extends this class, so every instance is validated. */
  VelocityOptions() {}

  /**
   * The date the histories are seen from.
   *
   * @return the as-of date
   */
  public abstract LocalDate asOf();

  /**
   * Dimensions to group by: owner, segment, source and product.
   *
   * @return the dimensions; empty for overall figures
   */
  public abstract List<Dimension> groupBy();

  /**
   * The first day of the look-back window: stage visits entered and deals closed (for sales
   * velocity) before it are left out.
   *
   * @return the window start; empty for all history
   */
  public abstract Optional<LocalDate> since();

  /**
   * How days are counted.
   *
   * @return calendar days unless set
   */
  @Value.Default
  public DayCount dayCount() {
    return DayCount.CALENDAR;
  }

  /**
   * The working days and the zone days are counted in.
   *
   * @return weekdays in UTC unless set
   */
  @Value.Default
  public WorkingCalendar calendar() {
    return WorkingCalendar.weekdays();
  }

  /**
   * Open deals in a stage longer than this share of the stage's completed visits are aging.
   *
   * @return 0.9 (the 90th percentile) unless set
   */
  @Value.Default
  public BigDecimal agingPercentile() {
    return new BigDecimal("0.9");
  }

  /**
   * The stage from which a deal is a qualified opportunity: a deal qualifies when it entered this
   * stage, a later open stage, or won.
   *
   * @return the stage (of the pipeline definition); empty when every deal counts
   */
  public abstract Optional<Stage> qualifiedStage();

  /**
   * The one currency sales velocity is converted into.
   *
   * @return the currency; empty for figures per currency
   */
  public abstract Optional<Currency> reportingCurrency();

  /**
   * Dated rates into the reporting currency (the rate in force on the closed date applies).
   *
   * @return the rate table; empty unless set
   */
  @Value.Default
  public ExchangeRateTable exchangeRates() {
    return ExchangeRateTable.empty();
  }

  /**
   * Definitions the data was read under, cited by results.
   *
   * @return definition references
   */
  public abstract List<DefinitionRef> basedOn();

  /**
   * Example ids kept per exclusion reason.
   *
   * @return 5 unless set
   */
  @Value.Default
  public int maxExamples() {
    return 5;
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
  public static final class Builder extends ImmutableVelocityOptions.Builder {
    Builder() {}
  }

  /**
   * The start of the as-of date in the calendar's zone.
   *
   * @return the as-of instant
   */
  @JsonIgnore
  public Instant asOfInstant() {
    return asOf().atStartOfDay(calendar().zone()).toInstant();
  }

  /**
   * The start of the look-back window in the calendar's zone.
   *
   * @return the instant, or empty without a window
   */
  @JsonIgnore
  public Optional<Instant> sinceInstant() {
    return since().map(d -> d.atStartOfDay(calendar().zone()).toInstant());
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("velocity options");
    groupBy().forEach(d -> v.check(GROUPABLE.contains(d), "groupBy", d,
        "must be owner, segment, source or product for velocity"));
    v.check(groupBy().stream().distinct().count() == groupBy().size(), "groupBy", groupBy(),
        "must not repeat a dimension");
    since().ifPresent(s -> v.check(s.isBefore(asOf()), "since", s, "must be before the as-of date",
        "as of " + asOf()));
    v.check(agingPercentile().signum() > 0 && agingPercentile().compareTo(BigDecimal.ONE) < 0, "agingPercentile",
        agingPercentile(), "must be between 0 and 1, exclusive");
    v.check(reportingCurrency().isPresent() || exchangeRates().rates().isEmpty(), "exchangeRates",
        exchangeRates().rates().size() + " rates", "need a reportingCurrency to convert into");
    v.check(maxExamples() >= 0, "maxExamples", maxExamples(), "must not be negative");
    qualifiedStage().ifPresent(q -> v.check(q.isOpen(), "qualifiedStage", q.id(), "must be an open stage"));
    v.throwIfInvalid();
  }
}
