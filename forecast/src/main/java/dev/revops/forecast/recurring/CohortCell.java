package dev.revops.forecast.recurring;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.money.Money;
import dev.revops.core.period.Period;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A cohort {@code age} periods after it started: how many of its customers pay at that period's
 * close and how much, as shares of the cohort (four decimals, half-even).
 *
 * <pre>{@code
 * CohortCell third = row.cells().get(3);
 * third.logoRetention();      // 0.8000: 8 of 10 customers still pay
 * third.revenueRetention();   // 1.0500: expansion outweighs what left
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCohortCell.class)
@JsonDeserialize(as = ImmutableCohortCell.class)
public abstract class CohortCell {
  /** Only the generated implementation extends this class, so every instance is validated. */
  CohortCell() {}

  /**
   * Periods since the cohort's period.
   *
   * @return 0 for the cohort's own period
   */
  public abstract int age();

  /**
   * The period.
   *
   * @return the period
   */
  public abstract Period period();

  /**
   * Whether the period closed before the as-of.
   *
   * @return false for the period the as-of falls in
   */
  public abstract boolean complete();

  /**
   * Customers of the cohort paying at the period's close.
   *
   * @return the count
   */
  public abstract long customers();

  /**
   * Their MRR at the period's close.
   *
   * @return the MRR
   */
  public abstract Money mrr();

  /**
   * Customers paying over the cohort's customers.
   *
   * @return the share, at most 1
   */
  public abstract BigDecimal logoRetention();

  /**
   * MRR over the cohort's starting MRR (expansion and reactivation included, so it may pass 1).
   *
   * @return the share
   */
  public abstract BigDecimal revenueRetention();

  /** Builds cells (the accumulator does). */
  static final class Builder extends ImmutableCohortCell.Builder {
    Builder() {}
  }
}
