package dev.revops.forecast.calls;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.money.Money;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One person's forecast of a category in a period: their own deals, the roll-up without
 * adjustments, and the adjusted number with the adjustments that made it.
 *
 * <pre>{@code
 * AdjustedRow bo = result.row("bo").get();
 * bo.withoutAdjustments();   // USD 170.00: own deals and reports' deals
 * bo.adjusted();             // USD 150.00: bo adjusted ana's 100 to 80
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAdjustedRow.class)
@JsonDeserialize(as = ImmutableAdjustedRow.class)
public abstract class AdjustedRow {

  /** Only the generated implementation extends this class. */
  AdjustedRow() {}

  /**
   * The person.
   *
   * @return the name
   */
  public abstract String person();

  /**
   * The person's level.
   *
   * @return the level, if the roster names one
   */
  public abstract Optional<String> level();

  /**
   * The person's own deals.
   *
   * @return the amount
   */
  public abstract Money ownDeals();

  /**
   * Own deals plus every report's deals, without any adjustment.
   *
   * @return the amount
   */
  public abstract Money withoutAdjustments();

  /**
   * The person's number with adjustments: their own adjustment if they made one, else their own
   * deals plus each report's number as they see it (their adjustment of the report, else the
   * report's adjusted number).
   *
   * @return the amount
   */
  public abstract Money adjusted();

  /**
   * The person's own adjustment that set {@link #adjusted()}.
   *
   * @return the amount of the owner adjustment, if any
   */
  public abstract Optional<Money> ownerAdjustment();

  /**
   * The person's manager's adjustment of this person, as the manager sees them.
   *
   * @return the amount, if any
   */
  public abstract Optional<Money> managerAdjustment();
}
