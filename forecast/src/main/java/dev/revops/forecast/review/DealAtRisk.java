package dev.revops.forecast.review;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** An open deal in the latest state with every reason it is at risk. */
@Value.Immutable
@JsonSerialize(as = ImmutableDealAtRisk.class)
@JsonDeserialize(as = ImmutableDealAtRisk.class)
public abstract class DealAtRisk {

  /** Only the generated implementation extends this class, so every instance is validated. */
  DealAtRisk() {}

  /**
   * The deal.
   *
   * @return its id
   */
  public abstract String dealId();

  /**
   * Its owner.
   *
   * @return the owner, if known
   */
  public abstract Optional<String> owner();

  /**
   * Its stage.
   *
   * @return the stage id
   */
  public abstract String stageId();

  /**
   * Its amount.
   *
   * @return the amount in the review currency, if known
   */
  public abstract Optional<Money> amount();

  /**
   * Its expected close date.
   *
   * @return the date, if set
   */
  public abstract Optional<LocalDate> expectedCloseDate();

  /**
   * Every reason it is at risk.
   *
   * @return at least one flag
   */
  public abstract List<RiskFlag> flags();

  /** Builds entries (reviews do). */
  static final class Builder extends ImmutableDealAtRisk.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("deal at risk " + dealId());
    v.check(!flags().isEmpty(), "flags", flags(), "must name at least one reason");
    v.throwIfInvalid();
  }
}
