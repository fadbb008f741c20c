package dev.revops.forecast.review;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.money.Money;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** A deal won or lost between the previous and the latest state. */
@Value.Immutable
@JsonSerialize(as = ImmutableClosedDeal.class)
@JsonDeserialize(as = ImmutableClosedDeal.class)
public abstract class ClosedDeal {

  /** Only the generated implementation extends this class, so every instance is validated. */
  ClosedDeal() {}

  /**
   * The deal.
   *
   * @return its id
   */
  public abstract String dealId();

  /**
   * Whether it was won (else lost).
   *
   * @return true when won
   */
  public abstract boolean won();

  /**
   * The stage it was in before (empty when it was created and closed in between).
   *
   * @return the stage id
   */
  public abstract Optional<String> fromStage();

  /**
   * The date it closed.
   *
   * @return the closed date
   */
  public abstract LocalDate closedDate();

  /**
   * Its owner.
   *
   * @return the owner, if known
   */
  public abstract Optional<String> owner();

  /**
   * Its amount.
   *
   * @return the amount in the review currency, if known
   */
  public abstract Optional<Money> amount();

  /** Builds entries (the review does). */
  static final class Builder extends ImmutableClosedDeal.Builder {
    Builder() {}
  }
}
