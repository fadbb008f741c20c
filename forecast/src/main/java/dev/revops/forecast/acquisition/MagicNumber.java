package dev.revops.forecast.acquisition;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.metric.MetricValue;
import dev.revops.core.money.Money;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The magic number of one quarter with what it is computed from: the recurring revenue of the
 * quarter and of the one before (from bookings, up to each quarter's last day), the acquisition
 * spend of the previous quarter, and the ratio when that spend is positive.
 *
 * <pre>{@code
 * MagicNumber m = AcquisitionCost.magicNumber(spend, wonDeals, scope).orElseThrow();
 * m.quarter();                          // "2026-Q3"
 * m.value().flatMap(MetricValue::number); // Optional[0.69]
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMagicNumber.class)
public abstract class MagicNumber {
  /** Only the generated implementation extends this class. */
  MagicNumber() {}

  /**
   * The quarter, as the scope's fiscal calendar labels it.
   *
   * @return the label, e.g. {@code 2026-Q3}
   */
  public abstract String quarter();

  /**
   * Recurring revenue up to the quarter's last day.
   *
   * @return the value citing {@link AcquisitionMetrics#QUARTERLY_RECURRING_REVENUE}
   */
  public abstract MetricValue revenueThisQuarter();

  /**
   * Recurring revenue up to the previous quarter's last day.
   *
   * @return the value citing {@link AcquisitionMetrics#QUARTERLY_RECURRING_REVENUE}
   */
  public abstract MetricValue revenuePreviousQuarter();

  /**
   * The acquisition spend of the months of the previous quarter.
   *
   * @return the sum, in the scope's reporting currency
   */
  public abstract Money spendPreviousQuarter();

  /**
   * The magic number, when the previous quarter's spend is positive.
   *
   * @return the value citing {@link AcquisitionMetrics#MAGIC_NUMBER}; absent without spend
   */
  public abstract Optional<MetricValue> value();

  /** Builds magic numbers (the acquisition cost does). */
  static final class Builder extends ImmutableMagicNumber.Builder {
    Builder() {}
  }
}
