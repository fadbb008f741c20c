package dev.revops.core.touch;

import dev.revops.core.InvalidValueException;
import dev.revops.core.deal.Deal;
import dev.revops.core.history.DealHistory;
import dev.revops.core.history.StageChange;
import dev.revops.core.lead.DealLink;
import dev.revops.core.lead.LeadJourney;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds a {@link DealJourney} from what the CRM knows: the deal (its dates, stage and amount), its
 * stage history when given, and the lead journeys (lead, lifecycle, link to the deal) of its leads
 * and contacts. The milestones are taken, most exact source first:
 *
 * <ul>
 *   <li><b>Lead creation</b>: the earliest {@code createdAt} of the deal's leads.</li>
 *   <li><b>Opportunity creation</b>: the stage history's creation (its first change, without a
 *       from stage); else the earliest conversion instant of a lead's link to this deal; else the
 *       deal's created date.</li>
 *   <li><b>Closed won</b> (a won deal only): the instant of the history's last change into a won
 *       stage; else the earliest won instant of a lead's link to this deal; else the deal's closed
 *       date.</li>
 * </ul>
 *
 * <p>A date without a time stands for the end of that day in the given zone (its last
 * nanosecond), so that a touch on that day counts as at or before the milestone. The outcome and
 * probability are the deal's (its stage and effective probability); the segment is the deal's, else
 * the first lead's that has one, else {@value #NO_SEGMENT}.
 *
 * <pre>{@code
 * DealJourney j = JourneyMilestones.journey(deal, history, leadsOfTheDeal, touchesOfTheDeal, ZoneOffset.UTC);
 * }</pre>
 */
public final class JourneyMilestones {
  /** The segment of a deal whose segment nobody knows. */
  public static final String NO_SEGMENT = "(none)";

  private JourneyMilestones() {}

  /**
   * A journey from a deal without stage history.
   *
   * @param deal the deal; must have an amount, and a won deal a closed date or a lead link with a won instant
   * @param leads the journeys of the deal's leads and contacts
   * @param touches the touches of the deal and of those leads
   * @param zone the zone dates are read in
   * @return the journey
   * @throws InvalidValueException if the deal has no amount, a won deal no closed instant, or a touch is not the deal's
   */
  public static DealJourney journey(Deal deal, List<LeadJourney> leads, List<Touch> touches, ZoneId zone) {
    return build(deal, Optional.empty(), leads, touches, zone);
  }

  /**
   * A journey from a deal and its stage history.
   *
   * @param deal the deal; must have an amount
   * @param history its stage history (its id must be the deal's)
   * @param leads the journeys of the deal's leads and contacts
   * @param touches the touches of the deal and of those leads
   * @param zone the zone dates are read in
   * @return the journey
   * @throws InvalidValueException as {@link #journey(Deal, List, List, ZoneId)}, or if the history is another deal's
   */
  public static DealJourney journey(Deal deal, DealHistory history, List<LeadJourney> leads, List<Touch> touches,
      ZoneId zone) {
    Objects.requireNonNull(history, "history");
    if (!history.dealId().equals(deal.id())) {
      throw new InvalidValueException("history", history.dealId(), "must be the history of deal " + deal.id());
    }
    return build(deal, Optional.of(history), leads, touches, zone);
  }

  private static DealJourney build(Deal deal, Optional<DealHistory> history, List<LeadJourney> leads,
      List<Touch> touches, ZoneId zone) {
    Objects.requireNonNull(deal, "deal");
    Objects.requireNonNull(leads, "leads");
    Objects.requireNonNull(touches, "touches");
    Objects.requireNonNull(zone, "zone");
    JourneyOutcome outcome = deal.isWon() ? JourneyOutcome.WON : deal.isLost() ? JourneyOutcome.LOST
        : JourneyOutcome.OPEN;
    DealJourney.Builder b = DealJourney.builder().dealId(deal.id())
        .segment(deal.segment().or(() -> leads.stream().flatMap(l -> l.lead().segment().stream()).findFirst())
            .orElse(NO_SEGMENT))
        .amount(deal.amount().orElseThrow(() -> new InvalidValueException("amount", "absent",
            "must be present to credit deal " + deal.id())))
        .outcome(outcome)
        .probability(deal.effectiveProbability().probability().toBigDecimal())
        .leadCreated(leads.stream().map(l -> l.lead().createdAt()).min(Comparator.naturalOrder()))
        .opportunityCreated(history.flatMap(DealHistory::createdAt)
            .or(() -> earliestLink(deal, leads, l -> Optional.of(l.convertedAt())))
            .or(() -> deal.createdDate().map(d -> endOf(d, zone))))
        .addAllTouches(touches);
    leads.forEach(l -> b.addLeadIds(l.leadId()));
    if (outcome == JourneyOutcome.WON) {
      b.closedWon(history.flatMap(JourneyMilestones::wonAt)
          .or(() -> earliestLink(deal, leads, DealLink::wonAt))
          .or(() -> deal.closedDate().map(d -> endOf(d, zone)))
          .orElseThrow(() -> new InvalidValueException("closedDate", "absent",
              "must be present for won deal " + deal.id() + " without a won stage in its history or a won lead link")));
    }
    return b.build();
  }

  /** The end of a day: its last nanosecond in the zone. */
  static Instant endOf(LocalDate date, ZoneId zone) {
    return date.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1);
  }

  private static Optional<Instant> wonAt(DealHistory history) {
    Optional<Instant> at = Optional.empty();
    for (StageChange c : history.changes()) {
      if (c.to().isWon()) {
        at = Optional.of(c.at());
      }
    }
    return at;
  }

  private static Optional<Instant> earliestLink(Deal deal, List<LeadJourney> leads,
      Function<DealLink, Optional<Instant>> instant) {
    return leads.stream().flatMap(l -> l.link().stream()).filter(l -> l.dealId().equals(deal.id()))
        .flatMap(l -> instant.apply(l).stream()).min(Comparator.naturalOrder());
  }
}
