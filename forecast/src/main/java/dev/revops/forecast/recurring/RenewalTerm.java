package dev.revops.forecast.recurring;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * A contract's recurring term, as renewals see it: from the first recurring line's start to the
 * last one's end, with its ARR (twelve times the MRR) at the start and just before the end. Made
 * by {@link ContractMrr#lines}; the input of {@link Renewals}.
 *
 * <p>JSON: {@code {"contractId": "K-1", "customer": "Acme", "booked": "2026-01-10", "start":
 * "2026-01-15T00:00:00Z", "end": "2027-01-15T00:00:00Z", "arrAtStart": "USD 12000.00",
 * "arrAtEnd": "USD 12000.00", "cancelled": false, "dealId": "D-1", "attributes": {}}}.
 *
 * <pre>{@code
 * RenewalTerm t = ContractMrr.lines(contract, zone, Map.of()).term().orElseThrow();
 * t.arrAtEnd();   // USD 12000.00 up for renewal
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRenewalTerm.class)
@JsonDeserialize(as = ImmutableRenewalTerm.class)
public abstract class RenewalTerm {
  /** Only the generated implementation extends this class, so every instance is validated. */
  RenewalTerm() {}

  /**
   * The contract.
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
   * When the contract was booked: a term booked after the as-of is not known yet.
   *
   * @return the booking date
   */
  public abstract LocalDate booked();

  /**
   * The first instant of recurring service.
   *
   * @return the start
   */
  public abstract Instant start();

  /**
   * When recurring service ends (exclusive).
   *
   * @return the end, after the start
   */
  public abstract Instant end();

  /**
   * Twelve times the MRR at the start.
   *
   * @return the ARR
   */
  public abstract Money arrAtStart();

  /**
   * Twelve times the MRR just before the end: what is up for renewal.
   *
   * @return the ARR
   */
  public abstract Money arrAtEnd();

  /**
   * Whether a cancellation ended the term before its service end.
   *
   * @return true for a cancelled contract (not up for renewal)
   */
  public abstract boolean cancelled();

  /**
   * The won deal the contract was booked from.
   *
   * @return its id, if any
   */
  public abstract Optional<String> dealId();

  /**
   * The customer's attributes, for grouping.
   *
   * @return attribute name to value
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> attributes();

  /** Builds terms (for JSON; use {@link ContractMrr#lines}). */
  public static final class Builder extends ImmutableRenewalTerm.Builder {
    Builder() {}
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("renewal term of " + contractId());
    v.text("contractId", contractId());
    v.text("customer", customer());
    v.check(end().isAfter(start()), "end", end(), "must be after start " + start());
    v.check(arrAtStart().isSameCurrency(arrAtEnd()), "arrAtEnd", arrAtEnd(), "must be in the currency of arrAtStart");
    v.check(!arrAtStart().isNegative() && !arrAtEnd().isNegative(), "arr", arrAtEnd(), "must not be negative");
    v.throwIfInvalid();
  }
}
