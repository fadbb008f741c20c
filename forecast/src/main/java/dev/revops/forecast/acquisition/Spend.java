package dev.revops.forecast.acquisition;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.revops.core.InvalidValueException;
import dev.revops.core.money.Money;
import java.util.Objects;

/**
 * Money spent to acquire customers in one period, channel, campaign and segment.
 *
 * <p>{@code paid} marks paid media (ads, sponsorships); other acquisition cost (salaries, tools)
 * is not paid media but counts in blended CAC. Example:
 * {@code new Spend("2026-01", "paid-search", "brand", "smb", Money.parse("USD 1000.00"), true)}.
 *
 * @param period the period label (e.g. {@code 2026-01}); not blank
 * @param channel the channel; not blank
 * @param campaign the campaign; not blank
 * @param segment the segment; not blank
 * @param amount the amount spent, not negative
 * @param paid whether it is paid media
 */
public record Spend(@JsonProperty("period") String period, @JsonProperty("channel") String channel, @JsonProperty("campaign") String campaign, @JsonProperty("segment") String segment, @JsonProperty("amount") Money amount, @JsonProperty("paid") boolean paid) {

  /**
   * Checks every field.
   *
   * @param period see the record's description
   * @param channel see the record's description
   * @param campaign see the record's description
   * @param segment see the record's description
   * @param amount see the record's description
   * @param paid see the record's description
   */
  public Spend {
    for (String[] f : new String[][] {{"period", period}, {"channel", channel}, {"campaign", campaign},
        {"segment", segment}}) {
      Objects.requireNonNull(f[1], f[0]);
      if (f[1].isBlank()) {
        throw new InvalidValueException(f[0], f[1], "must not be blank");
      }
    }
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw new InvalidValueException("amount", amount, "must not be negative");
    }
  }
}
