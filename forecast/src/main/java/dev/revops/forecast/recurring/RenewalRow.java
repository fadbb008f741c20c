package dev.revops.forecast.recurring;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.money.Money;
import dev.revops.core.period.Period;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * The renewals of contracts ending in one period, currency and group: the pipeline (contracts and
 * ARR up for renewal), the outcomes, and three rates over decided renewals (pending ones left out):
 * the renewal rate (renewed / decided), the gross ARR renewal rate (renewed ARR, each at most its
 * ending ARR, over the ending ARR: at most 1) and the net ARR renewal rate (renewed ARR over the
 * ending ARR). Rates have four decimals, half-even; absent with nothing decided.
 *
 * <pre>{@code
 * RenewalRow q = result.totals().get(0);
 * q.renewalRate();   // Optional[0.7500]
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRenewalRow.class)
@JsonDeserialize(as = ImmutableRenewalRow.class)
public abstract class RenewalRow {
  /** Only the generated implementation extends this class, so every instance is validated. */
  RenewalRow() {}

  /**
   * The period contracts end in.
   *
   * @return the period
   */
  public abstract Period period();

  /**
   * The currency.
   *
   * @return the currency of every amount
   */
  public abstract Currency currency();

  /**
   * The group.
   *
   * @return dimension name to value; empty for the total
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> group();

  /**
   * Contracts up for renewal.
   *
   * @return the count
   */
  public abstract long upForRenewal();

  /**
   * Their ARR.
   *
   * @return the ARR up for renewal
   */
  public abstract Money arrUp();

  /**
   * Renewed at the same ARR.
   *
   * @return the count
   */
  public abstract long renewedFlat();

  /**
   * Renewed higher.
   *
   * @return the count
   */
  public abstract long expanded();

  /**
   * Renewed lower.
   *
   * @return the count
   */
  public abstract long contracted();

  /**
   * Not renewed within the gap.
   *
   * @return the count
   */
  public abstract long churned();

  /**
   * Still within the gap.
   *
   * @return the count
   */
  public abstract long pending();

  /**
   * ARR up for renewal of the decided contracts.
   *
   * @return the ARR
   */
  public abstract Money arrDecided();

  /**
   * ARR of the renewing contracts.
   *
   * @return the ARR
   */
  public abstract Money arrRenewed();

  /**
   * ARR of the renewing contracts, each at most the ARR it renews.
   *
   * @return the ARR
   */
  public abstract Money arrRenewedCapped();

  /**
   * Renewed over decided.
   *
   * @return the rate; empty with nothing decided
   */
  public abstract Optional<BigDecimal> renewalRate();

  /**
   * Capped renewed ARR over decided ARR.
   *
   * @return the rate, at most 1; empty with no decided ARR
   */
  public abstract Optional<BigDecimal> grossArrRenewalRate();

  /**
   * Renewed ARR over decided ARR.
   *
   * @return the rate; empty with no decided ARR
   */
  public abstract Optional<BigDecimal> netArrRenewalRate();

  /** Builds rows (the accumulator does). */
  static final class Builder extends ImmutableRenewalRow.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("renewals of " + period().label() + " " + currency() + " " + group());
    v.check(upForRenewal() == renewedFlat() + expanded() + contracted() + churned() + pending(), "upForRenewal",
        upForRenewal(), "must equal flat + expanded + contracted + churned + pending");
    v.check(!arrRenewedCapped().isGreaterThan(arrDecided()), "arrRenewedCapped", arrRenewedCapped(),
        "must not exceed the decided ARR " + arrDecided());
    v.throwIfInvalid();
  }
}
