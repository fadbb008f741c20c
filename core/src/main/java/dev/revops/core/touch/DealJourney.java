package dev.revops.core.touch;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * A deal with everything attribution needs: amount, outcome, segment, the lifecycle milestones,
 * the leads and contacts associated with it, and their touches.
 *
 * <p>Rules, checked at construction, all reported at once: the deal id and segment are not blank;
 * a won deal has a closed-won instant and probability 1, an open or lost one has no closed-won
 * instant; an open deal's probability is in [0, 1], a lost deal's is 0; every touch is the deal's
 * (its deal id is this deal's) or, without a deal id, one of {@link #leadIds()}'; no touch id
 * repeats. The touches may be given in any order; {@link #touchesInOrder()} is their journey order.
 * {@link JourneyMilestones} builds journeys from a deal, its stage history and its leads.
 *
 * <pre>{@code
 * DealJourney d = DealJourney.won("D-1", "smb", Money.parse("USD 100.00"),
 *     Optional.of(leadCreated), Optional.of(opportunityCreated), closedWon, touches);
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDealJourney.class)
@JsonDeserialize(as = ImmutableDealJourney.class)
public abstract class DealJourney {
  /** Only the generated implementation extends this class, so every instance is validated. */
  DealJourney() {}

  /**
   * The deal's id.
   *
   * @return the id
   */
  public abstract String dealId();

  /**
   * The customer segment, for example {@code SMB}.
   *
   * @return the segment
   */
  public abstract String segment();

  /**
   * The deal's amount.
   *
   * @return the amount
   */
  public abstract Money amount();

  /**
   * Won, open or lost.
   *
   * @return the outcome
   */
  public abstract JourneyOutcome outcome();

  /**
   * The probability of winning: 1 when won, 0 when lost, in [0, 1] when open.
   *
   * @return the probability
   */
  public abstract BigDecimal probability();

  /**
   * The leads and contacts associated with the deal (whose touches without a deal id are its).
   *
   * @return the lead ids, sorted
   */
  @Value.NaturalOrder
  public abstract SortedSet<String> leadIds();

  /**
   * When the (first) lead was created.
   *
   * @return the instant, if known
   */
  public abstract Optional<Instant> leadCreated();

  /**
   * When the opportunity was created.
   *
   * @return the instant, if known
   */
  public abstract Optional<Instant> opportunityCreated();

  /**
   * When the deal was won.
   *
   * @return the instant; present exactly when the deal is won
   */
  public abstract Optional<Instant> closedWon();

  /**
   * The touches, as given.
   *
   * @return the touches
   */
  public abstract List<Touch> touches();

  /**
   * The touches in journey order ({@link Touch#JOURNEY_ORDER}).
   *
   * @return the touches sorted by instant, then id
   */
  @Value.Lazy
  public List<Touch> touchesInOrder() {
    return touches().stream().sorted(Touch.JOURNEY_ORDER).toList();
  }

  /**
   * Whether the deal is won.
   *
   * @return true when {@link #outcome()} is {@link JourneyOutcome#WON}
   */
  public boolean won() {
    return outcome() == JourneyOutcome.WON;
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds journeys; see {@link DealJourney} for the rules. */
  public static final class Builder extends ImmutableDealJourney.Builder {
    Builder() {}
  }

  /**
   * A won deal whose touches are all tied to the deal.
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
    return builder().dealId(dealId).segment(segment).amount(amount).outcome(JourneyOutcome.WON)
        .probability(BigDecimal.ONE).leadCreated(leadCreated).opportunityCreated(opportunityCreated)
        .closedWon(closedWon).addAllTouches(touches).build();
  }

  /**
   * An open deal with its probability of winning, whose touches are all tied to the deal.
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
    return builder().dealId(dealId).segment(segment).amount(amount).outcome(JourneyOutcome.OPEN)
        .probability(probability).leadCreated(leadCreated).opportunityCreated(opportunityCreated)
        .addAllTouches(touches).build();
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("journey of deal " + dealId());
    v.text("dealId", dealId());
    v.text("segment", segment());
    v.check(won() == closedWon().isPresent(), "closedWon", closedWon(), "must be present exactly when the deal is won");
    v.check(probability().signum() >= 0 && probability().compareTo(BigDecimal.ONE) <= 0, "probability",
        probability(), "must be in [0, 1]");
    v.check(!won() || probability().compareTo(BigDecimal.ONE) == 0, "probability", probability(),
        "must be 1 for a won deal");
    v.check(outcome() != JourneyOutcome.LOST || probability().signum() == 0, "probability", probability(),
        "must be 0 for a lost deal");
    Set<String> ids = new HashSet<>();
    for (Touch t : touches()) {
      v.check(ids.add(t.id()), "touches", t.id(), "must not repeat a touch id");
      v.check(t.dealId().map(dealId()::equals).orElseGet(() -> t.leadId().filter(leadIds()::contains).isPresent()),
          "touches", t.id(), "must be the deal's: its deal id this deal's, or without one, a lead id of leadIds",
          "deal " + t.dealId().orElse("-") + ", lead " + t.leadId().orElse("-"));
    }
    v.throwIfInvalid();
  }
}
