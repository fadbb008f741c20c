package dev.revops.forecast.velocity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.money.Money;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * Sales velocity of one group, with every input: (qualified opportunities x win rate x average won
 * amount) / average sales cycle in days, in money per day.
 *
 * <p>An input that cannot be computed (no closed deal, no won amount, no measured cycle, won
 * amounts in several currencies without a reporting currency) leaves the velocity absent, and
 * {@link #missing()} says why.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSalesVelocityRow.class)
@JsonDeserialize(as = ImmutableSalesVelocityRow.class)
public abstract class SalesVelocityRow {

  /** Only the generated implementation extends this class, so every instance is validated. */
  SalesVelocityRow() {}

  /**
   * The group.
   *
   * @return dimension name to value; empty without grouping
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> group();

  /**
   * Qualified opportunities (created in the window, when there is one).
   *
   * @return the count
   */
  public abstract long opportunities();

  /**
   * Qualified deals won (in the window).
   *
   * @return the count
   */
  public abstract long won();

  /**
   * Qualified deals lost (in the window).
   *
   * @return the count
   */
  public abstract long lost();

  /**
   * Won / (won + lost), four decimals.
   *
   * @return the win rate, absent without closed deals
   */
  public abstract Optional<BigDecimal> winRate();

  /**
   * The mean amount of the won deals that have one.
   *
   * @return the average won amount
   */
  public abstract Optional<Money> averageWonAmount();

  /**
   * How many won deals have a measured cycle (creation known).
   *
   * @return the count
   */
  public abstract long cyclesMeasured();

  /**
   * The mean days from creation to winning.
   *
   * @return days, two decimals
   */
  public abstract Optional<BigDecimal> averageCycleDays();

  /**
   * Opportunities x win rate x average won amount / average cycle days.
   *
   * @return money per day, rounded half-even to the minor unit
   */
  public abstract Optional<Money> velocityPerDay();

  /**
   * Why the velocity is absent.
   *
   * @return the reason, when it is
   */
  public abstract Optional<String> missing();

  /** Builds rows (sales velocity does). */
  static final class Builder extends ImmutableSalesVelocityRow.Builder {
    Builder() {}
  }
}
