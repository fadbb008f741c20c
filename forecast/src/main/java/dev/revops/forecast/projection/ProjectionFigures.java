package dev.revops.forecast.projection;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.money.Money;
import java.util.Currency;
import java.util.Optional;
import java.util.function.BinaryOperator;
import org.immutables.value.Value;

/**
 * The figures of one period of a projection, in one currency: recognized revenue, billings, cash
 * collected, cost (of revenue and to close) and gross margin (revenue - cost); the cost to close
 * beside them when the templates have one.
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
   * Cost: of the revenue, from the templates' gross margin rates, plus the cost to close.
   *
   * @return the amount
   */
  public abstract Money cost();

  /**
   * The part of the cost incurred at the deals' close dates (commission, acquisition cost), from
   * the templates' {@link CostToClose}.
   *
   * @return the amount; empty when no template has a cost to close
   */
  public abstract Optional<Money> costToClose();

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
   * @param costToClose whether to show the cost to close
   * @param minor revenue, billings, cash, cost and cost to close in minor units
   * @return the figures, the margin being revenue - cost
   */
  static ProjectionFigures of(Currency currency, boolean costToClose, long... minor) {
    Builder b = new Builder();
    if (costToClose) {
      b.costToClose(Money.ofMinor(currency, minor[4]));
    }
    return b.revenue(Money.ofMinor(currency, minor[0])).billings(Money.ofMinor(currency, minor[1]))
        .cash(Money.ofMinor(currency, minor[2])).cost(Money.ofMinor(currency, minor[3]))
        .grossMargin(Money.ofMinor(currency, Math.subtractExact(minor[0], minor[3]))).build();
  }

  /** Zero figures in the currency of others, showing a cost to close when they do. */
  static ProjectionFigures zeroLike(ProjectionFigures other) {
    return of(other.revenue().getCurrency(), other.costToClose().isPresent(), 0, 0, 0, 0, 0);
  }

  /** Zero figures of a currency, without a cost to close. */
  static ProjectionFigures zero(Currency currency) {
    return of(currency, false, 0, 0, 0, 0, 0);
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
        .grossMargin(grossMargin().plus(other.grossMargin()))
        .costToClose(combine(costToClose(), other.costToClose(), Money::plus)).build();
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
        .grossMargin(grossMargin().minus(other.grossMargin()))
        .costToClose(combine(costToClose(), other.costToClose(), Money::minus)).build();
  }

  /** Two optional amounts combined, an absent one counting as zero; absent when both are. */
  private static Optional<Money> combine(Optional<Money> a, Optional<Money> b, BinaryOperator<Money> op) {
    if (a.isEmpty() && b.isEmpty()) {
      return Optional.empty();
    }
    Currency c = a.or(() -> b).get().getCurrency();
    return Optional.of(op.apply(a.orElse(Money.zero(c)), b.orElse(Money.zero(c))));
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
