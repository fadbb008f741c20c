package dev.revops.forecast.projection;

import dev.revops.core.deal.Deal;
import dev.revops.forecast.revenue.Contract;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link Projection} counts: an open deal, projected with its probability, or a booked
 * contract, projected with its remaining schedule.
 *
 * <pre>{@code
 * projection.add(ProjectionRecord.openDeal(deal));
 * projection.add(ProjectionRecord.booked(contract));
 * projection.add(ProjectionRecord.booked(contract, template));   // its collection days and costs
 * }</pre>
 */
public sealed interface ProjectionRecord {

  /**
   * An open deal.
   *
   * @param deal the deal (one that is not open is excluded, with the reason)
   */
  record OpenDeal(Deal deal) implements ProjectionRecord {
    /**
     * An open deal.
     *
     * @param deal the deal
     */
    public OpenDeal {
      Objects.requireNonNull(deal, "deal");
    }
  }

  /**
   * A booked contract, with the template giving its collection days, gross margin and cost to
   * close, if any, and the won deal it was booked from, if known (its values group it).
   *
   * @param contract the contract
   * @param template its template; empty for the options' payment terms and no cost
   * @param deal the won deal it was booked from; empty to group it under {@code none}
   */
  record Booked(Contract contract, Optional<RevenueTemplate> template, Optional<Deal> deal)
      implements ProjectionRecord {
    /**
     * A booked contract.
     *
     * @param contract the contract
     * @param template its template, if any
     * @param deal its won deal, if known
     */
    public Booked {
      Objects.requireNonNull(contract, "contract");
      Objects.requireNonNull(template, "template");
      Objects.requireNonNull(deal, "deal");
    }

    /**
     * A booked contract without its deal.
     *
     * @param contract the contract
     * @param template its template, if any
     */
    public Booked(Contract contract, Optional<RevenueTemplate> template) {
      this(contract, template, Optional.empty());
    }
  }

  /**
   * An open deal.
   *
   * @param deal the deal
   * @return the record
   */
  static ProjectionRecord openDeal(Deal deal) {
    return new OpenDeal(deal);
  }

  /**
   * A booked contract with the options' payment terms and no cost.
   *
   * @param contract the contract
   * @return the record
   */
  static ProjectionRecord booked(Contract contract) {
    return new Booked(contract, Optional.empty());
  }

  /**
   * A booked contract with its template's payment terms and gross margin.
   *
   * @param contract the contract
   * @param template its template
   * @return the record
   */
  static ProjectionRecord booked(Contract contract, RevenueTemplate template) {
    return new Booked(contract, Optional.of(template));
  }

  /**
   * A booked contract with its won deal, whose values group it, and its template, if any.
   *
   * <pre>{@code
   * projection.add(ProjectionRecord.booked(contract, Optional.empty(), wonDeal));
   * }</pre>
   *
   * @param contract the contract
   * @param template its template; empty for the options' payment terms and no cost
   * @param deal the won deal it was booked from
   * @return the record
   */
  static ProjectionRecord booked(Contract contract, Optional<RevenueTemplate> template, Deal deal) {
    return new Booked(contract, template, Optional.of(deal));
  }
}
