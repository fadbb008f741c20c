package dev.revops.forecast.revenue;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.money.Money;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A change to a contract from an instant on, with the treatment the caller chose:
 * <ul>
 *   <li>{@code PRICE_CHANGE}: the price changes by {@link #priceChange()};</li>
 *   <li>{@code ADD_OBLIGATION}: {@link #added()} joins the contract, the price changes by
 *       {@link #priceChange()};</li>
 *   <li>{@code REMOVE_OBLIGATION}: {@link #obligationId()} is not delivered from then on, the price
 *       changes by {@link #priceChange()} (usually negative);</li>
 *   <li>{@code TERM_CHANGE}: {@link #obligationId()}'s service ends at {@link #serviceEnd()}
 *       instead, the price changes by {@link #priceChange()};</li>
 *   <li>{@code CANCELLATION}: nothing more is delivered; the price becomes what was recognized by
 *       then, changed by {@link #priceChange()} (a settlement fee, say).</li>
 * </ul>
 * When an obligation's service time changes, its standalone selling price changes in proportion.
 * Future invoices are spread again so that billing meets the new price; what was billed beyond it
 * is credited on the change's date.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableContractModification.class)
@JsonDeserialize(as = ImmutableContractModification.class)
public abstract class ContractModification {

  /** The kinds of change. */
  public enum Kind {
    /** The price changes. */
    PRICE_CHANGE,
    /** An obligation is added. */
    ADD_OBLIGATION,
    /** An obligation is removed from then on. */
    REMOVE_OBLIGATION,
    /** An obligation's service ends at another instant. */
    TERM_CHANGE,
    /** The contract ends. */
    CANCELLATION
  }

  /** Only the generated implementation extends this class, so every instance is validated. */
  ContractModification() {}

  /**
   * The modification's id.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * From when it applies.
   *
   * @return the instant
   */
  public abstract Instant effective();

  /**
   * What changes.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * How it reaches revenue.
   *
   * @return the treatment
   */
  public abstract Treatment treatment();

  /**
   * The change of the transaction price.
   *
   * @return the signed change; zero unless set
   */
  public abstract Optional<Money> priceChange();

  /**
   * The obligation added.
   *
   * @return the obligation, for {@code ADD_OBLIGATION}
   */
  public abstract Optional<PerformanceObligation> added();

  /**
   * The obligation removed or re-termed.
   *
   * @return its id, for {@code REMOVE_OBLIGATION} and {@code TERM_CHANGE}
   */
  public abstract Optional<String> obligationId();

  /**
   * The new end of the obligation's service.
   *
   * @return the end, for {@code TERM_CHANGE}
   */
  public abstract Optional<Instant> serviceEnd();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds modifications. */
  public static final class Builder extends ImmutableContractModification.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("modification " + id());
    v.text("id", id());
    ContractBounds.instant(v, "effective", effective());
    serviceEnd().ifPresent(e -> ContractBounds.instant(v, "serviceEnd", e));
    v.check(added().isPresent() == (kind() == Kind.ADD_OBLIGATION), "added", added().map(o -> o.id()).orElse(null),
        "must be given for ADD_OBLIGATION and only then");
    boolean names = kind() == Kind.REMOVE_OBLIGATION || kind() == Kind.TERM_CHANGE;
    v.check(obligationId().isPresent() == names, "obligationId", obligationId().orElse(null),
        "must be given for REMOVE_OBLIGATION and TERM_CHANGE and only then");
    v.check(serviceEnd().isPresent() == (kind() == Kind.TERM_CHANGE), "serviceEnd", serviceEnd().orElse(null),
        "must be given for TERM_CHANGE and only then");
    serviceEnd().ifPresent(e -> v.check(!e.isBefore(effective()), "serviceEnd", e,
        "must not be before the modification is effective", "effective " + effective()));
    v.check(priceChange().isPresent() || kind() != Kind.PRICE_CHANGE, "priceChange", null,
        "must be given for PRICE_CHANGE");
    v.throwIfInvalid();
  }
}
