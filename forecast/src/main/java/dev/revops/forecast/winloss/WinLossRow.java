package dev.revops.forecast.winloss;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.money.Money;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * Win and loss of one group (or of all deals): see {@link WinLossMetrics#WIN_LOSS}.
 *
 * <pre>{@code
 * row.won();              // 4238
 * row.winRate();          // Optional[0.6315]
 * row.averageWonAmount(); // Optional[USD 2360.91]
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWinLossRow.class)
@JsonDeserialize(as = ImmutableWinLossRow.class)
public abstract class WinLossRow {
  /** Only the generated implementation extends this class. */
  WinLossRow() {}

  /**
   * The group: key name to value; empty for all deals.
   *
   * @return the group
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> group();

  /**
   * Deals won on or before the as-of date.
   *
   * @return the count
   */
  public abstract long won();

  /**
   * Deals lost on or before the as-of date.
   *
   * @return the count
   */
  public abstract long lost();

  /**
   * Open deals.
   *
   * @return the count
   */
  public abstract long open();

  /**
   * won / (won + lost), half-even to 4 decimals.
   *
   * @return the rate; empty when nothing closed
   */
  public abstract Optional<BigDecimal> winRate();

  /**
   * The won amounts' sum, when they are in one currency.
   *
   * @return the sum
   */
  public abstract Optional<Money> wonAmount();

  /**
   * The average won deal: {@link #wonAmount()} over the won deals with an amount.
   *
   * @return the average; empty without won amounts or with several currencies
   */
  public abstract Optional<Money> averageWonAmount();

  /**
   * The sales cycle of won deals.
   *
   * @return the summary; empty when no won deal has both dates
   */
  public abstract Optional<CycleSummary> wonCycle();

  /**
   * The sales cycle of won and lost deals.
   *
   * @return the summary; empty when no closed deal has both dates
   */
  public abstract Optional<CycleSummary> closedCycle();

  /**
   * Why a figure is absent, when one is for another reason than no deals (several currencies).
   *
   * @return the reason
   */
  public abstract Optional<String> missing();

  /** Builds rows (win and loss does). */
  static final class Builder extends ImmutableWinLossRow.Builder {
    Builder() {}
  }
}
