package dev.revops.forecast.recurring;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.money.Money;
import dev.revops.core.period.Period;
import java.util.Currency;
import java.util.List;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * One cohort: the customers whose first revenue came in one period (per currency and group),
 * their number and MRR at that period's close, and one {@link CohortCell} per period since.
 *
 * <pre>{@code
 * CohortRow march = table.rows().get(2);
 * march.customers();   // 10 customers started in 2026-03
 * march.cells();       // ages 0, 1, 2...
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCohortRow.class)
@JsonDeserialize(as = ImmutableCohortRow.class)
public abstract class CohortRow {
  /** Only the generated implementation extends this class, so every instance is validated. */
  CohortRow() {}

  /**
   * The period the cohort's customers first paid in.
   *
   * @return the period
   */
  public abstract Period cohort();

  /**
   * The currency.
   *
   * @return the currency of every amount
   */
  public abstract Currency currency();

  /**
   * The group.
   *
   * @return dimension name to value; empty for all customers
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> group();

  /**
   * Customers in the cohort: those paying at the close of their first period.
   *
   * @return the count, at least 1
   */
  public abstract long customers();

  /**
   * Their MRR at the close of their first period.
   *
   * @return the starting MRR
   */
  public abstract Money startingMrr();

  /**
   * The cohort period by period, from age 0.
   *
   * @return the cells
   */
  public abstract List<CohortCell> cells();

  /** Builds rows (the accumulator does). */
  static final class Builder extends ImmutableCohortRow.Builder {
    Builder() {}
  }
}
