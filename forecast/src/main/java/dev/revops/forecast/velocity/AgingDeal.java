package dev.revops.forecast.velocity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * An open deal that has been in its stage longer than the stage's aging threshold.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAgingDeal.class)
@JsonDeserialize(as = ImmutableAgingDeal.class)
public abstract class AgingDeal {

  /** Only the generated implementation extends this class, so every instance is validated. */
  AgingDeal() {}

  /**
   * The deal.
   *
   * @return its id
   */
  public abstract String dealId();

  /**
   * The deal's group.
   *
   * @return dimension name to value; empty without grouping
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> group();

  /**
   * The stage it is in.
   *
   * @return the stage id
   */
  public abstract String stageId();

  /**
   * How long it has been there at the as-of instant.
   *
   * @return days
   */
  public abstract BigDecimal daysInStage();

  /**
   * The stage's threshold: the aging percentile of its completed visits (in the same group).
   *
   * @return days
   */
  public abstract BigDecimal thresholdDays();

  /** Builds entries (velocity does). */
  static final class Builder extends ImmutableAgingDeal.Builder {
    Builder() {}
  }
}
