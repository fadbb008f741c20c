package dev.revops.forecast.acquisition;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.touch.DealJourney;
import dev.revops.core.touch.Touch;
import dev.revops.forecast.attribution.AttributionModel;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * How a new customer is counted by channel for CAC, named: by <em>first touch</em> (one customer to
 * the channel of its earliest touch at or before closed won) or by an attribution <em>model</em>
 * (the customer shared over channels in proportion to the model's weights, e.g. 0.3 customer to a
 * channel holding 30% of a W-shaped credit). A customer with no touch at or before closed won, or
 * none the model weighs, is counted in blended and segment CAC only.
 *
 * <pre>{@code
 * CustomerCounting.firstTouch().name();                           // first-touch
 * CustomerCounting.byModel(AttributionModel.W_SHAPED).name();     // model:w-shaped@1
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCustomerCounting.class)
public abstract class CustomerCounting {
  private static final MathContext SHARE = MathContext.DECIMAL64;

  /** Only the generated implementation extends this class. */
  CustomerCounting() {}

  /**
   * The model customers are shared by.
   *
   * @return the model; absent for first touch
   */
  public abstract Optional<AttributionModel> model();

  /**
   * Counting by first touch.
   *
   * @return the rule
   */
  public static CustomerCounting firstTouch() {
    return ImmutableCustomerCounting.builder().build();
  }

  /**
   * Counting by an attribution model (for example the primary one).
   *
   * @param model the model
   * @return the rule
   */
  public static CustomerCounting byModel(AttributionModel model) {
    return ImmutableCustomerCounting.builder().model(model).build();
  }

  /**
   * The rule's name, cited by every CAC value.
   *
   * @return {@code first-touch} or {@code model:<id>@<version>}
   */
  @JsonProperty("name")
  public String name() {
    return model().map(m -> "model:" + m.id() + "@" + m.version()).orElse("first-touch");
  }

  /**
   * A won deal's share by channel.
   *
   * @param deal a won deal
   * @return channel to share, summing to 1 (to 16 significant digits); empty when no touch is counted
   */
  SortedMap<String, BigDecimal> shares(DealJourney deal) {
    Instant close = deal.closedWon().orElseThrow();
    List<Touch> eligible = new ArrayList<>();
    deal.touchesInOrder().stream().filter(t -> !t.instant().isAfter(close)).forEach(eligible::add);
    SortedMap<String, BigDecimal> shares = new TreeMap<>();
    if (eligible.isEmpty()) {
      return shares;
    }
    if (model().isEmpty()) {
      shares.put(eligible.get(0).channel(), BigDecimal.ONE);
      return shares;
    }
    List<BigDecimal> weights = model().get().weights(deal, eligible, close);
    BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    if (total.signum() == 0) {
      return shares;
    }
    for (int i = 0; i < eligible.size(); i++) {
      if (weights.get(i).signum() > 0) {
        shares.merge(eligible.get(i).channel(), weights.get(i).divide(total, SHARE), BigDecimal::add);
      }
    }
    return shares;
  }
}
