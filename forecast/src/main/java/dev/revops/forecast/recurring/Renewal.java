package dev.revops.forecast.recurring;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.money.Money;
import dev.revops.core.period.Period;
import java.time.Instant;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * One contract up for renewal: when it ends, the ARR up for renewal, and what became of it.
 *
 * <pre>{@code
 * Renewal r = renewals.result().renewals().get(0);
 * r.outcome();      // EXPANDED
 * r.arrRenewed();   // Optional[USD 14400.00]
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRenewal.class)
@JsonDeserialize(as = ImmutableRenewal.class)
public abstract class Renewal {
  /** Only the generated implementation extends this class, so every instance is validated. */
  Renewal() {}

  /**
   * The ending contract.
   *
   * @return its id
   */
  public abstract String contractId();

  /**
   * The customer.
   *
   * @return its id
   */
  public abstract String customer();

  /**
   * The deal the ending contract was booked from.
   *
   * @return its id, if any
   */
  public abstract Optional<String> dealId();

  /**
   * The period of the contract's last day of service.
   *
   * @return the period
   */
  public abstract Period period();

  /**
   * When its recurring service ends (exclusive).
   *
   * @return the end
   */
  public abstract Instant end();

  /**
   * The customer's group.
   *
   * @return dimension name to value
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> group();

  /**
   * ARR up for renewal.
   *
   * @return the ending ARR
   */
  public abstract Money arrUp();

  /**
   * What became of it.
   *
   * @return the outcome
   */
  public abstract RenewalOutcome outcome();

  /**
   * The renewing contract.
   *
   * @return its id, for a renewal
   */
  public abstract Optional<String> nextContractId();

  /**
   * The renewing contract's ARR at its start.
   *
   * @return the ARR, for a renewal
   */
  public abstract Optional<Money> arrRenewed();

  /** Builds renewals (the accumulator does). */
  static final class Builder extends ImmutableRenewal.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("renewal of " + contractId());
    v.check(nextContractId().isPresent() == outcome().renewed(), "nextContractId", nextContractId().orElse(null),
        "must be given exactly for a renewal");
    v.check(arrRenewed().isPresent() == outcome().renewed(), "arrRenewed", arrRenewed().orElse(null),
        "must be given exactly for a renewal");
    arrRenewed().ifPresent(a -> {
      v.check(a.isSameCurrency(arrUp()), "arrRenewed", a, "must be in the currency of arrUp");
      if (a.isSameCurrency(arrUp())) {
        int c = a.compareTo(arrUp());
        RenewalOutcome expected = c == 0 ? RenewalOutcome.RENEWED_FLAT : c > 0 ? RenewalOutcome.EXPANDED
            : RenewalOutcome.CONTRACTED;
        v.check(outcome() == expected, "outcome", outcome(), "must be " + expected + " for " + a + " against " + arrUp());
      }
    });
    v.throwIfInvalid();
  }
}
