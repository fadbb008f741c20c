package dev.revops.core.touch;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.revops.core.InvalidValueException;
import dev.revops.core.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A deal with everything attribution needs: amount, outcome, segment, the lifecycle milestones
 * and the touches of its leads and contacts.
 *
 * <p>The touches are kept in journey order (instant, then id) whatever order they were given in.
 * A won deal has a closed-won instant; an open deal has a probability in [0, 1] used when open
 * deals are credited at their weighted amount. Example:
 *
 * <pre>{@code
 * DealJourney d = DealJourney.won("D-1", "smb", Money.parse("USD 100.00"),
 *     Optional.of(leadCreated), Optional.of(opportunityCreated), closedWon, touches);
 * }</pre>
 *
 * @param dealId the deal's id; not blank
 * @param segment the customer segment (e.g. {@code smb}); not blank
 * @param amount the deal's amount
 * @param won whether the deal is closed won (otherwise it is open)
 * @param probability the probability of winning: 1 for a won deal, in [0, 1] for an open one
 * @param leadCreated when the lead became a lead, if known
 * @param opportunityCreated when the opportunity was created, if known
 * @param closedWon when the deal was won; present exactly when {@code won}
 * @param touches the touches, in journey order; each must belong to this deal
 */
public record DealJourney(@JsonProperty("dealId") String dealId, @JsonProperty("segment") String segment, @JsonProperty("amount") Money amount, @JsonProperty("won") boolean won, @JsonProperty("probability") BigDecimal probability,
    @JsonProperty("leadCreated") Optional<Instant> leadCreated, @JsonProperty("opportunityCreated") Optional<Instant> opportunityCreated, @JsonProperty("closedWon") Optional<Instant> closedWon,
    @JsonProperty("touches") List<Touch> touches) {

  /**
   * Checks every field and sorts the touches into journey order.
   *
   * @param dealId see the record's description
   * @param segment see the record's description
   * @param amount see the record's description
   * @param won see the record's description
   * @param probability see the record's description
   * @param leadCreated see the record's description
   * @param opportunityCreated see the record's description
   * @param closedWon see the record's description
   * @param touches see the record's description
   */
  public DealJourney {
    Touch.notBlank("dealId", dealId);
    Touch.notBlank("segment", segment);
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(probability, "probability");
    Objects.requireNonNull(leadCreated, "leadCreated");
    Objects.requireNonNull(opportunityCreated, "opportunityCreated");
    Objects.requireNonNull(closedWon, "closedWon");
    Objects.requireNonNull(touches, "touches");
    if (probability.signum() < 0 || probability.compareTo(BigDecimal.ONE) > 0) {
      throw new InvalidValueException("probability", probability, "must be in [0, 1]");
    }
    if (won != closedWon.isPresent()) {
      throw new InvalidValueException("closedWon", closedWon, "must be present exactly when the deal is won");
    }
    if (won && probability.compareTo(BigDecimal.ONE) != 0) {
      throw new InvalidValueException("probability", probability, "must be 1 for a won deal");
    }
    List<Touch> sorted = new ArrayList<>(touches);
    for (Touch t : sorted) {
      Objects.requireNonNull(t, "touch");
      if (!t.dealId().equals(dealId)) {
        throw new InvalidValueException("touches", t.id(), "must belong to deal " + dealId + ", not " + t.dealId());
      }
    }
    sorted.sort(Touch::compareInJourney);
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).id().equals(sorted.get(i - 1).id())) {
        throw new InvalidValueException("touches", sorted.get(i).id(), "must not repeat a touch id");
      }
    }
    touches = List.copyOf(sorted);
  }

  /**
   * A won deal.
   *
   * @param dealId the deal's id
   * @param segment the segment
   * @param amount the won amount
   * @param leadCreated lead creation, if known
   * @param opportunityCreated opportunity creation, if known
   * @param closedWon when it was won
   * @param touches its touches, any order
   * @return the journey
   */
  public static DealJourney won(String dealId, String segment, Money amount, Optional<Instant> leadCreated,
      Optional<Instant> opportunityCreated, Instant closedWon, List<Touch> touches) {
    return new DealJourney(dealId, segment, amount, true, BigDecimal.ONE, leadCreated, opportunityCreated,
        Optional.of(closedWon), touches);
  }

  /**
   * An open deal with its probability of winning.
   *
   * @param dealId the deal's id
   * @param segment the segment
   * @param amount the open amount
   * @param probability in [0, 1]
   * @param leadCreated lead creation, if known
   * @param opportunityCreated opportunity creation, if known
   * @param touches its touches, any order
   * @return the journey
   */
  public static DealJourney open(String dealId, String segment, Money amount, BigDecimal probability,
      Optional<Instant> leadCreated, Optional<Instant> opportunityCreated, List<Touch> touches) {
    return new DealJourney(dealId, segment, amount, false, probability, leadCreated, opportunityCreated,
        Optional.empty(), touches);
  }
}
