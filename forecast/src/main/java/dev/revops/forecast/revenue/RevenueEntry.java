package dev.revops.forecast.revenue;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.money.Money;
import dev.revops.core.period.Period;
import java.util.Optional;
import org.immutables.value.Value;

/** Revenue of one obligation in one period from one source: a line of the recognition schedule. */
@Value.Immutable
@JsonSerialize(as = ImmutableRevenueEntry.class)
@JsonDeserialize(as = ImmutableRevenueEntry.class)
public abstract class RevenueEntry {

  /** Only the generated implementation extends this class, so every instance is validated. */
  RevenueEntry() {}

  /**
   * The period the revenue is posted in.
   *
   * @return the period
   */
  public abstract Period period();

  /**
   * The obligation.
   *
   * @return its id
   */
  public abstract String obligationId();

  /**
   * Where it comes from.
   *
   * @return the source
   */
  public abstract RevenueSource source();

  /**
   * The modification or credit note behind it, or the closed period a correction is for.
   *
   * @return the reference; empty for base revenue
   */
  public abstract Optional<String> reference();

  /**
   * The amount (negative for a reversal).
   *
   * @return the amount
   */
  public abstract Money amount();

  static RevenueEntry of(Period period, String obligationId, RevenueSource source, Optional<String> reference,
      Money amount) {
    return new Builder().period(period).obligationId(obligationId).source(source).reference(reference).amount(amount)
        .build();
  }

  /** Builds entries (schedules do). */
  static final class Builder extends ImmutableRevenueEntry.Builder {
    Builder() {}
  }
}
