package dev.revops.forecast.acquisition;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.metric.MetricValue;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * CAC blended and paid, by channel and by segment, each a {@link MetricValue} citing its
 * definition; a CAC is absent where there is no new customer to divide by. Each value's dimensions
 * name the counting rule ({@code counting}) and the new customers divided by ({@code newCustomers}).
 *
 * <pre>{@code
 * CacReport r = AcquisitionCost.cac(spend, wonDeals, CustomerCounting.firstTouch(), usd, asOf);
 * r.blended().flatMap(MetricValue::money);   // Optional[USD 1500.00]
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCacReport.class)
public abstract class CacReport {
  /** Only the generated implementation extends this class. */
  CacReport() {}

  /**
   * How new customers were counted by channel.
   *
   * @return the counting rule
   */
  public abstract CustomerCounting counting();

  /**
   * All spend over all new customers.
   *
   * @return the blended CAC; absent with no new customer
   */
  public abstract Optional<MetricValue> blended();

  /**
   * Paid spend over the new customers counted on channels with paid spend.
   *
   * @return the paid CAC; absent with no such customer
   */
  public abstract Optional<MetricValue> paid();

  /**
   * One value per channel with spend and new customers (dimension {@code channel}), by channel.
   *
   * @return the values
   */
  public abstract List<MetricValue> byChannel();

  /**
   * One value per segment with spend and new customers (dimension {@code segment}), by segment.
   *
   * @return the values
   */
  public abstract List<MetricValue> bySegment();
}
