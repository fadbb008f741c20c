package dev.revops.forecast.funnel;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * Time to convert from {@link #from()} to {@link #to()} for one group, estimated by Kaplan-Meier
 * with the leads not converted yet censored: the days by which half, three quarters and nine tenths
 * of the converters converted, and the estimated share converted within each horizon.
 *
 * <p>{@code leads = converted + censored + leftOut} (checked).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTimeToConvertRow.class)
@JsonDeserialize(as = ImmutableTimeToConvertRow.class)
public abstract class TimeToConvertRow {
  /** Only the generated implementation extends this class, so every instance is validated. */
  TimeToConvertRow() {}

  /**
   * The group: dimension key to value.
   *
   * @return the group; empty without grouping
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> group();

  /**
   * The step converted from.
   *
   * @return its id
   */
  public abstract String from();

  /**
   * The step converted to (reaching a later step of its kind counts too: a later lifecycle stage, or the won deal for the deal step).
   *
   * @return its id
   */
  public abstract String to();

  /**
   * Leads that entered {@link #from()}.
   *
   * @return the count
   */
  public abstract long leads();

  /**
   * Leads that converted (events).
   *
   * @return the count
   */
  public abstract long converted();

  /**
   * Leads not converted by the as-of instant, censored at their age then.
   *
   * @return the count
   */
  public abstract long censored();

  /**
   * Leads whose conversion is dated before their entry (converted, but no time can be measured), or whose time
   * exceeds the longest duration kept (2,147,483,647 seconds, about 68 years).
   *
   * @return the count
   */
  public abstract long leftOut();

  /**
   * Days by which half the converters converted.
   *
   * @return the median, two decimals; empty without a conversion
   */
  public abstract Optional<BigDecimal> medianDays();

  /**
   * Days by which three quarters of the converters converted.
   *
   * @return the 75th percentile; empty without a conversion
   */
  public abstract Optional<BigDecimal> p75Days();

  /**
   * Days by which nine tenths of the converters converted.
   *
   * @return the 90th percentile; empty without a conversion
   */
  public abstract Optional<BigDecimal> p90Days();

  /**
   * The estimated share of the leads converted within each horizon: one minus the Kaplan-Meier
   * survival then.
   *
   * @return horizon in days to the share, 4 decimals half-even
   */
  @Value.NaturalOrder
  public abstract SortedMap<Integer, BigDecimal> convertedWithin();

  /** Builds rows (the funnel does). */
  static final class Builder extends ImmutableTimeToConvertRow.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("time to convert " + from() + " -> " + to());
    v.check(leads() == converted() + censored() + leftOut(), "leads", leads(), "must equal converted + censored + "
        + "left out", converted() + " + " + censored() + " + " + leftOut());
    v.throwIfInvalid();
  }
}
