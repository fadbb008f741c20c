package dev.revops.forecast.acquisition;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.money.Money;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Money spent to acquire customers in one period, channel, campaign and segment.
 *
 * <p>{@code paid} marks paid media (ads, sponsorships); other acquisition cost (salaries, tools,
 * events staff) is not paid media but counts in blended CAC. Rules, checked at construction, all
 * reported at once: period, channel and segment are not blank and not padded, the campaign likewise
 * when present; the amount is not negative.
 *
 * <p>JSON: {@code {"period": "2026-01", "channel": "paid_search", "campaign": "brand", "segment": "SMB",
 * "amount": "USD 1000.00", "paid": true}}.
 *
 * <pre>{@code
 * Spend s = Spend.builder().period("2026-01").channel("paid_search").campaign("brand").segment("SMB")
 *     .amount(Money.parse("USD 1000.00")).paid(true).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSpend.class)
@JsonDeserialize(as = ImmutableSpend.class)
public abstract class Spend {
  /** Only the generated implementation extends this class, so every instance is validated. */
  Spend() {}

  /**
   * The period label, for example {@code 2026-01} or {@code 2026-Q1}.
   *
   * @return the period
   */
  public abstract String period();

  /**
   * The channel the money was spent on.
   *
   * @return the channel
   */
  public abstract String channel();

  /**
   * The campaign.
   *
   * @return the campaign, if any
   */
  public abstract Optional<String> campaign();

  /**
   * The segment the spend targets.
   *
   * @return the segment
   */
  public abstract String segment();

  /**
   * The amount spent.
   *
   * @return the amount, not negative
   */
  public abstract Money amount();

  /**
   * Whether it is paid media.
   *
   * @return true for paid media
   */
  public abstract boolean paid();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds spend records; see {@link Spend} for the rules. */
  public static final class Builder extends ImmutableSpend.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("spend " + period() + "/" + channel());
    v.text("period", period());
    v.text("channel", channel());
    v.text("campaign", campaign());
    v.text("segment", segment());
    v.check(!amount().isNegative(), "amount", amount(), "must not be negative");
    v.throwIfInvalid();
  }
}
