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
 * projection.add(ProjectionRecord.booked(contract, template));   // its payment terms and margin
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
   * A booked contract, with the template giving its payment terms and gross margin, if any.
   *
   * @param contract the contract
   * @param template its template; empty for the options' payment terms and no cost
   */
  record Booked(Contract contract, Optional<RevenueTemplate> template) implements ProjectionRecord {
    /**
     * A booked contract.
     *
     * @param contract the contract
     * @param template its template, if any
     */
    public Booked {
      Objects.requireNonNull(contract, "contract");
      Objects.requireNonNull(template, "template");
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
}
