package dev.revops.forecast.attribution;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.metric.Provenance;
import dev.revops.core.money.Money;
import java.util.List;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * What one model credited: by channel, campaign, segment and period, with the total and, for every
 * model, its difference from the primary (this model minus the primary; zero for the primary).
 *
 * <p>{@link #dealsTotal()} is the sum of the amounts of the deals this model credited; the credits,
 * and each breakdown, sum to it exactly.
 *
 * <pre>{@code
 * ModelCredits m = result.model("last-touch");
 * m.byChannel().get("paid_search");              // USD 100.00
 * m.differenceByChannel().get("paid_search");    // USD 66.67: last touch minus the primary
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableModelCredits.class)
public abstract class ModelCredits {
  /** Only the generated implementation extends this class. */
  ModelCredits() {}

  /**
   * The model's id.
   *
   * @return the id
   */
  public abstract String model();

  /**
   * The model's version.
   *
   * @return the version
   */
  public abstract int version();

  /**
   * Whether this is the primary model (its credits are "the" numbers).
   *
   * @return true for the primary
   */
  public abstract boolean primary();

  /**
   * The model's definition, the deals counted and those excluded by reason.
   *
   * @return the provenance
   */
  public abstract Provenance provenance();

  /**
   * The credited deals' total amount.
   *
   * @return the total, in the reporting currency
   */
  public abstract Money dealsTotal();

  /**
   * The credits by channel, campaign, segment and period.
   *
   * @return the credits, sorted by those four
   */
  public abstract List<Credit> credits();

  /**
   * The credits by channel.
   *
   * @return channel to credit
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, Money> byChannel();

  /**
   * The credits by campaign.
   *
   * @return campaign to credit
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, Money> byCampaign();

  /**
   * The credits by segment.
   *
   * @return segment to credit
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, Money> bySegment();

  /**
   * The credits by conversion period.
   *
   * @return period label to credit
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, Money> byPeriod();

  /**
   * By channel, this model's credit minus the primary's (a channel either credits is listed).
   *
   * @return channel to difference; all zero for the primary
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, Money> differenceByChannel();

  /**
   * By campaign, this model's credit minus the primary's.
   *
   * @return campaign to difference
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, Money> differenceByCampaign();

  /**
   * By segment, this model's credit minus the primary's.
   *
   * @return segment to difference
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, Money> differenceBySegment();

  /**
   * By period, this model's credit minus the primary's.
   *
   * @return period to difference
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, Money> differenceByPeriod();
}
