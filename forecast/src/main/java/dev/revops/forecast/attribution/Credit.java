package dev.revops.forecast.attribution;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.money.Money;
import org.immutables.value.Value;

/**
 * Credit one model gave one channel, campaign, segment and conversion period, summed over deals.
 *
 * <pre>{@code
 * Credit c = result.primary().credits().get(0);
 * c.channel();   // paid_search
 * c.amount();    // USD 40.00
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCredit.class)
public abstract class Credit {
  /** Only the generated implementation extends this class. */
  Credit() {}

  /**
   * The touches' channel.
   *
   * @return the channel
   */
  public abstract String channel();

  /**
   * The touches' campaign, {@value Attribution#NO_CAMPAIGN} for touches without one.
   *
   * @return the campaign
   */
  public abstract String campaign();

  /**
   * The deals' segment.
   *
   * @return the segment
   */
  public abstract String segment();

  /**
   * The label of the period the deals converted in (the scope's period kind).
   *
   * @return for example {@code 2026-01}
   */
  public abstract String period();

  /**
   * The credit.
   *
   * @return the amount, in the reporting currency
   */
  public abstract Money amount();

  /**
   * The key and amount.
   *
   * @return for example {@code "paid_search/brand/SMB/2026-01 USD 40.00"}
   */
  @Override
  public String toString() {
    return channel() + "/" + campaign() + "/" + segment() + "/" + period() + " " + amount();
  }
}
