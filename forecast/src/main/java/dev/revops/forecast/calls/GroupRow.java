package dev.revops.forecast.calls;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * One group of {@link DealGrouping}: its dimension values, how many deals were won, lost and are
 * open, the win rate, and the won and open amounts (one per currency).
 *
 * <pre>{@code
 * GroupRow row = result.rows().get(0);
 * row.group();      // {level:manager=Dustin Brinkmann}
 * row.winRate();    // Optional[0.6248]: won / (won + lost)
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGroupRow.class)
@JsonDeserialize(as = ImmutableGroupRow.class)
public abstract class GroupRow {

  /** Only the generated implementation extends this class. */
  GroupRow() {}

  /**
   * The group: dimension name to value; empty for the total.
   *
   * @return the group
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> group();

  /**
   * Deals won.
   *
   * @return the count
   */
  public abstract long won();

  /**
   * Deals lost.
   *
   * @return the count
   */
  public abstract long lost();

  /**
   * Deals open.
   *
   * @return the count
   */
  public abstract long open();

  /**
   * Won over won plus lost, rounded half-even to 4 decimals.
   *
   * @return the rate; empty when nothing closed
   */
  public abstract Optional<BigDecimal> winRate();

  /**
   * The amounts won, one per currency, by currency code.
   *
   * @return the amounts of won deals with an amount
   */
  public abstract List<Money> wonAmount();

  /**
   * The amounts open, one per currency, by currency code.
   *
   * @return the amounts of open deals with an amount
   */
  public abstract List<Money> openAmount();
}
