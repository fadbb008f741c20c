package dev.revops.forecast.calls;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.period.Period;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One person's figures in one close period and currency, while at one level and reporting to one
 * manager: a person who moved within the period has a row under each manager, holding the deals
 * credited while under them.
 *
 * <p>{@code own} counts the person's own deals; {@code total} their own plus everyone's below them
 * (so a row's total is its own plus the totals of the rows reporting to its person, under them).
 *
 * <pre>{@code
 * HierarchyRow r = result.rows().get(0);
 * r.person();                    // "bo"
 * r.total().commit();            // bo's deals plus his reports'
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHierarchyRow.class)
@JsonDeserialize(as = ImmutableHierarchyRow.class)
public abstract class HierarchyRow {

  /** Only the generated implementation extends this class. */
  HierarchyRow() {}

  /**
   * The close period.
   *
   * @return the period
   */
  public abstract Period period();

  /**
   * The person.
   *
   * @return the name
   */
  public abstract String person();

  /**
   * The person's level on the credit days of the row's deals.
   *
   * @return the level, if the roster names one
   */
  public abstract Optional<String> level();

  /**
   * Who the person reported to on the credit days of the row's deals.
   *
   * @return the manager; empty at the top
   */
  public abstract Optional<String> reportsTo();

  /**
   * The person's own deals.
   *
   * @return the figures
   */
  public abstract CallFigures own();

  /**
   * The person's own deals and everyone's below them.
   *
   * @return the figures
   */
  public abstract CallFigures total();
}
