package dev.revops.forecast.revenue;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.money.Money;
import dev.revops.core.money.Rounding;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of a contract: a distinct good or service the customer is promised, with its
 * standalone selling price (per unit), quantity, service period and recognition pattern.
 *
 * <pre>{@code
 * PerformanceObligation subscription = PerformanceObligation.builder()
 *     .id("L1").description("Platform subscription")
 *     .standaloneSellingPrice(Money.parse("USD 12000.00")).quantity(BigDecimal.ONE)
 *     .service(ServicePeriod.ofDates(start, end, true, zone))
 *     .pattern(RecognitionPattern.ratable(RatableConvention.WHOLE_DAYS))
 *     .build();
 * PerformanceObligation support = PerformanceObligation.builder()
 *     .id("L2").standaloneSellingPrice(Money.parse("EUR 1000.00"))     // a month
 *     .pricedPerMonth(ZoneOffset.UTC)                                   // 2023-01-08 to 2023-03-15:
 *     .service(ServicePeriod.ofDates(jan8, mar15, true, ZoneOffset.UTC)) //   EUR 2258.06
 *     .pattern(RecognitionPattern.ratable(RatableConvention.MONTHLY_PRORATA_TEMPORIS))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePerformanceObligation.class)
@JsonDeserialize(as = ImmutablePerformanceObligation.class)
public abstract class PerformanceObligation {

  /** Only the generated implementation extends this class, so every instance is validated. */
  PerformanceObligation() {}

  /**
   * The line's id, unique in its contract.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * What is promised.
   *
   * @return the description, if any
   */
  public abstract Optional<String> description();

  /**
   * The price the entity would sell one unit for on its own.
   *
   * @return the standalone selling price per unit, not negative
   */
  public abstract Money standaloneSellingPrice();

  /**
   * How many units.
   *
   * @return the quantity, positive; 1 unless set
   */
  @Value.Default
  public BigDecimal quantity() {
    return BigDecimal.ONE;
  }

  /**
   * Whether the standalone selling price is a recurring price per calendar month, partial months
   * prorated by calendar days, and the zone the days start in. Such a line is worth the price x
   * the quantity x its calendar months, each month counting its days of service over its days: a
   * monthly price of 1,000.00 from 2023-01-08 to 2023-03-15 is 24/31 x 1,000 + 1,000 + 15/31 x
   * 1,000 = 2,258.06, the line amount OCA's {@code account_move_cutoff} documents for that
   * service.
   *
   * @return the zone calendar months are counted in; empty for a price per unit (the default)
   */
  public abstract Optional<ZoneId> pricedPerMonth();

  /**
   * When it is delivered.
   *
   * @return the service period
   */
  public abstract ServicePeriod service();

  /**
   * How it becomes revenue.
   *
   * @return the pattern
   */
  public abstract RecognitionPattern pattern();

  /**
   * The standalone selling price of the whole line.
   *
   * @return unit price x quantity, exact; for a price per month, x the calendar months of the
   *     service, rounded half up to the currency's minor unit
   */
  public BigDecimal standaloneValue() {
    return valueOver(service());
  }

  /**
   * The standalone value of this line were it delivered over another window (a term change).
   *
   * @param window the service window
   * @return the value, as {@link #standaloneValue()} computes it
   */
  BigDecimal valueOver(ServicePeriod window) {
    BigDecimal value = standaloneSellingPrice().getAmount().multiply(quantity());
    if (pricedPerMonth().isEmpty()) {
      return value;
    }
    Ratio months = MonthPlan.calendarMonths(window, pricedPerMonth().get());
    return new BigDecimal(value.unscaledValue().multiply(months.num()), value.scale())
        .divide(new BigDecimal(months.den()), standaloneSellingPrice().getCurrency().getDefaultFractionDigits(),
            Rounding.PRICE);
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds obligations. */
  public static final class Builder extends ImmutablePerformanceObligation.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("performance obligation " + id());
    v.text("id", id());
    v.text("description", description());
    v.check(!standaloneSellingPrice().isNegative(), "standaloneSellingPrice", standaloneSellingPrice(),
        "must not be negative (a discount is allocated, not priced as a line)");
    v.check(quantity().signum() > 0, "quantity", ContractBounds.text(quantity()), "must be positive");
    v.check(quantity().compareTo(ContractBounds.MAX_QUANTITY) <= 0, "quantity", ContractBounds.text(quantity()),
        "must be at most " + ContractBounds.MAX_QUANTITY_TEXT + " (contract bounds)");
    ContractBounds.decimals(v, "quantity", quantity());
    pattern().at().ifPresent(at -> v.check(!at.isBefore(service().start()) && at.isBefore(service().end()),
        "pattern.at", at, "must be within the service period", "service is " + service()));
    if (!pattern().milestones().isEmpty()) {
      pattern().milestones().forEach(m -> v.check(!m.at().isBefore(service().start())
          && m.at().isBefore(service().end()), "milestones", m.id(), "must be reached within the service period",
          "service is " + service()));
    }
    v.throwIfInvalid();
  }
}
