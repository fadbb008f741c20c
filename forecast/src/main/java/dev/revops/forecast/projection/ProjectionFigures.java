package dev.revops.forecast.projection;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.money.Money;
import java.util.Currency;
import org.immutables.value.Value;

/**
 * The figures of one period of a projection, in one currency: recognized revenue, billings, cash
 * collected, cost and gross margin (revenue - cost).
 *
 * <pre>{@code
 * ProjectionFigures f = row.pipeline();
 * f.revenue(); f.billings(); f.cash(); f.cost(); f.grossMargin();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProjectionFigures.class)
@JsonDeserialize(as = ImmutableProjectionFigures.class)
public abstract class ProjectionFigures {

  /** Only the generated implementation extends this class, so every instance is validated. */
  ProjectionFigures() {}

  /**
   * Recognized revenue.
   *
   * @return the amount
   */
  public abstract Money revenue();

  /**
   * Billings: invoices less credit notes.
   *
   * @return the amount
   */
  public abstract Money billings();

  /**
   * Cash collected.
   *
   * @return the amount
   */
  public abstract Money cash();

  /**
   * Cost of the revenue, from the templates' gross margin rates.
   *
   * @return the amount
   */
  public abstract Money cost();

  /**
   * Gross margin.
   *
   * @return revenue - cost
   */
  public abstract Money grossMargin();

  /**
   * Figures from minor units.
   *
   * @param currency the currency
   * @param minor revenue, billings, cash and cost in minor units
   * @return the figures, the margin being revenue - cost
   */
  static ProjectionFigures of(Currency currency, long... minor) {
    return new Builder().revenue(Money.ofMinor(currency, minor[0])).billings(Money.ofMinor(currency, minor[1]))
        .cash(Money.ofMinor(currency, minor[2])).cost(Money.ofMinor(currency, minor[3]))
        .grossMargin(Money.ofMinor(currency, Math.subtractExact(minor[0], minor[3]))).build();
  }

  /**
   * These figures plus others, figure by figure.
   *
   * @param other figures in the same currency
   * @return the sums
   */
  public ProjectionFigures plus(ProjectionFigures other) {
    return new Builder().revenue(revenue().plus(other.revenue())).billings(billings().plus(other.billings()))
        .cash(cash().plus(other.cash())).cost(cost().plus(other.cost()))
        .grossMargin(grossMargin().plus(other.grossMargin())).build();
  }

  /**
   * These figures less others, figure by figure (a scenario against the base).
   *
   * @param other figures in the same currency
   * @return the differences
   */
  public ProjectionFigures minus(ProjectionFigures other) {
    return new Builder().revenue(revenue().minus(other.revenue())).billings(billings().minus(other.billings()))
        .cash(cash().minus(other.cash())).cost(cost().minus(other.cost()))
        .grossMargin(grossMargin().minus(other.grossMargin())).build();
  }

  /** Builds figures (projections do). */
  static final class Builder extends ImmutableProjectionFigures.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("projection figures");
    v.check(grossMargin().equals(revenue().minus(cost())), "grossMargin", grossMargin(),
        "must equal revenue " + revenue() + " - cost " + cost());
    v.throwIfInvalid();
  }
}
