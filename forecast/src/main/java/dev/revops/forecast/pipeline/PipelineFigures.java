package dev.revops.forecast.pipeline;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.money.Money;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * The weighted pipeline of one group (or the total) in one currency: how many open deals, their
 * amount, their weighted amount, and the weighted cost to close and projected margin.
 *
 * <p>"Weighted" is amount x probability, summed exactly and rounded once. The cost and margin are
 * weighted the same way (probability x cost to close; probability x amount x margin rate) over the
 * deals that have them, counted in {@link #dealsWithCost()} and {@link #dealsWithMargin()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePipelineFigures.class)
@JsonDeserialize(as = ImmutablePipelineFigures.class)
public abstract class PipelineFigures {

  /** Only the generated implementation extends this class, so every instance is validated. */
  PipelineFigures() {}

  /**
   * The group: dimension name to value, sorted by name.
   *
   * @return the group; empty for a total
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> group();

  /**
   * The open deals counted.
   *
   * @return the count
   */
  public abstract long deals();

  /**
   * Their total amount.
   *
   * @return the open amount
   */
  public abstract Money openAmount();

  /**
   * Their weighted amount: the sum of amount x probability.
   *
   * @return the weighted pipeline
   */
  public abstract Money weighted();

  /**
   * The sum of probability x cost to close, over the deals with a cost to close.
   *
   * @return the weighted cost to close
   */
  public abstract Money weightedCostToClose();

  /**
   * How many deals have a cost to close.
   *
   * @return the count
   */
  public abstract long dealsWithCost();

  /**
   * The sum of probability x amount x margin rate, over the deals with a margin projection.
   *
   * @return the weighted projected margin
   */
  public abstract Money weightedProjectedMargin();

  /**
   * How many deals have a margin projection.
   *
   * @return the count
   */
  public abstract long dealsWithMargin();

  /** Builds figures (the pipeline does). */
  static final class Builder extends ImmutablePipelineFigures.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("pipeline figures " + group());
    v.check(deals() >= 0 && dealsWithCost() <= deals() && dealsWithMargin() <= deals(), "deals",
        deals() + "/" + dealsWithCost() + "/" + dealsWithMargin(), "must count deals consistently");
    String currency = openAmount().getCurrencyCode();
    v.check(weighted().getCurrencyCode().equals(currency) && weightedCostToClose().getCurrencyCode().equals(currency)
        && weightedProjectedMargin().getCurrencyCode().equals(currency), "currency", currency,
        "must be one currency for all figures");
    v.throwIfInvalid();
  }
}
