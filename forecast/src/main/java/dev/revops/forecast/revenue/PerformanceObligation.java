package dev.revops.forecast.revenue;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.money.Money;
import java.math.BigDecimal;
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
   * The standalone selling price of the whole line, exact.
   *
   * @return unit price x quantity
   */
  public BigDecimal standaloneValue() {
    return standaloneSellingPrice().getAmount().multiply(quantity());
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
    v.check(quantity().signum() > 0, "quantity", quantity().toPlainString(), "must be positive");
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
