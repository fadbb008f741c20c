package dev.revops.handoff;

import dev.revops.core.InvalidValueException;
import dev.revops.core.deal.Deal;
import java.util.Objects;
import java.util.Optional;

/**
 * One handoff with its deal, when the deal is known: the one input of {@link
 * dev.revops.handoff.compliance.Compliance}, which reads the payload fields a protocol takes from
 * the deal. Without the deal those fields count as missing, saying why.
 *
 * <pre>{@code
 * compliance.add(HandoffWithDeal.of(handoff, deal));      // the deal's id must be the handoff's
 * compliance.add(HandoffWithDeal.of(handoff));            // the deal is not among those read
 * }</pre>
 *
 * @param handoff the handoff
 * @param deal its deal; empty when it is not known
 */
public record HandoffWithDeal(Handoff handoff, Optional<Deal> deal) {
  /**
   * Checks that both are given and the deal is the handoff's.
   *
   * @param handoff the handoff
   * @param deal its deal, if known
   * @throws InvalidValueException if the deal is another deal than the handoff's
   */
  public HandoffWithDeal {
    Objects.requireNonNull(handoff, "handoff");
    Objects.requireNonNull(deal, "deal");
    if (deal.isPresent() && !handoff.dealId().equals(Optional.of(deal.get().id()))) {
      throw new InvalidValueException("deal.id", deal.get().id(), "must be the deal of handoff " + handoff.id(),
          handoff.dealId().map(d -> "its dealId is " + d).orElse("it names no deal"));
    }
  }

  /**
   * A handoff with its deal.
   *
   * @param handoff the handoff
   * @param deal the deal it is about
   * @return the pair
   */
  public static HandoffWithDeal of(Handoff handoff, Deal deal) {
    return new HandoffWithDeal(handoff, Optional.of(Objects.requireNonNull(deal, "deal")));
  }

  /**
   * A handoff whose deal is not known.
   *
   * @param handoff the handoff
   * @return the handoff alone
   */
  public static HandoffWithDeal of(Handoff handoff) {
    return new HandoffWithDeal(handoff, Optional.empty());
  }
}
