package dev.revops.core.touch;

import dev.revops.core.InvalidValueException;
import dev.revops.core.deal.Deal;
import dev.revops.core.history.DealHistory;
import dev.revops.core.lead.LeadJourney;
import dev.revops.core.metric.Exclusion;
import dev.revops.core.metric.ExclusionTally;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Joins deals, their stage histories, leads and touches into one {@link DealJourney} per deal, the
 * milestones taken by {@link JourneyMilestones}.
 *
 * <p>A deal's leads are the leads whose link names the deal and the leads of touches that carry
 * both the lead's id and the deal's. A deal's touches are the touches with its id and the touches
 * of its leads that carry no deal id (a lead's touch before any deal existed); a lead touch of a
 * lead with two deals counts for each. What joins nothing is counted by reason, with examples
 * ({@link #unmatched()}): {@value #TOUCH_WITHOUT_DEAL}, {@value #UNKNOWN_LEAD} (a touch that names a
 * deal too, kept for the deal), {@value #REPEATED_DEAL}, {@value #HISTORY_WITHOUT_DEAL}, and deals that
 * cannot be credited ({@value #NO_AMOUNT}, {@value #NO_CLOSE}). Holds every record until
 * {@link #journeys()}: memory grows with the input.
 *
 * <pre>{@code
 * JourneyJoin join = new JourneyJoin(ZoneOffset.UTC, 3);
 * deals.forEach(join::addDeal);
 * leads.forEach(join::addLead);
 * touches.forEach(join::addTouch);
 * List<DealJourney> journeys = join.journeys();
 * }</pre>
 */
public final class JourneyJoin {
  /** A touch whose deal is not among the deals and whose lead has none. */
  public static final String TOUCH_WITHOUT_DEAL = "touch of no known deal";
  /** A touch naming a lead not among the leads. */
  public static final String UNKNOWN_LEAD = "touch of a lead not among the leads";
  /** A second deal with an id already read. */
  public static final String REPEATED_DEAL = "repeated deal id (the first deal is kept)";
  /** A second stage history of a deal whose history was already read. */
  public static final String REPEATED_HISTORY = "repeated stage history of a deal (the first is kept)";
  /** A second lead with an id already read. */
  public static final String REPEATED_LEAD = "repeated lead id (the first lead is kept)";
  /** A deal or its touches refused by a rule other than the close date (the deal's id is the example). */
  public static final String REFUSED_JOURNEY = "journey refused by a rule of the deal or its touches";
  /** A stage history of a deal not among the deals. */
  public static final String HISTORY_WITHOUT_DEAL = "stage history of a deal not among the deals";
  /** A deal without an amount. */
  public static final String NO_AMOUNT = "deal without an amount";
  /** A won deal without any source of its close instant. */
  public static final String NO_CLOSE = "won deal without a close date";

  private final ZoneId zone;
  private final Map<String, Deal> deals = new LinkedHashMap<>();
  private final Map<String, DealHistory> histories = new HashMap<>();
  private final Map<String, LeadJourney> leads = new HashMap<>();
  private final List<Touch> touches = new ArrayList<>();
  private final ExclusionTally unmatched;

  /**
   * An empty join.
   *
   * @param zone the zone dates without a time are read in
   * @param maxExamples example ids kept per reason in {@link #unmatched()}
   */
  public JourneyJoin(ZoneId zone, int maxExamples) {
    this.zone = Objects.requireNonNull(zone, "zone");
    this.unmatched = new ExclusionTally(maxExamples);
  }

  /**
   * Adds a deal.
   *
   * @param deal the deal
   */
  public void addDeal(Deal deal) {
    Objects.requireNonNull(deal, "deal");
    if (deals.putIfAbsent(deal.id(), deal) != null) {
      unmatched.add(REPEATED_DEAL, deal.id());
    }
  }

  /**
   * Adds a deal's stage history.
   *
   * @param history the history
   */
  public void addHistory(DealHistory history) {
    Objects.requireNonNull(history, "history");
    if (histories.putIfAbsent(history.dealId(), history) != null) {
      unmatched.add(REPEATED_HISTORY, history.dealId());
    }
  }

  /**
   * Adds a lead's journey (its lead, lifecycle and link).
   *
   * @param lead the lead's journey
   */
  public void addLead(LeadJourney lead) {
    Objects.requireNonNull(lead, "lead");
    if (leads.putIfAbsent(lead.leadId(), lead) != null) {
      unmatched.add(REPEATED_LEAD, lead.leadId());
    }
  }

  /**
   * Adds a touch.
   *
   * @param touch the touch
   */
  public void addTouch(Touch touch) {
    touches.add(Objects.requireNonNull(touch, "touch"));
  }

  /**
   * The journeys of the deals that can be credited, in the order the deals were added.
   *
   * @return the journeys
   */
  public List<DealJourney> journeys() {
    Map<String, Set<String>> leadsOfDeal = new HashMap<>();
    Map<String, Set<String>> dealsOfLead = new HashMap<>();
    leads.values().forEach(l -> l.link().ifPresent(k -> associate(k.dealId(), l.leadId(), leadsOfDeal, dealsOfLead)));
    for (Touch t : touches) {
      if (t.leadId().isPresent() && !leads.containsKey(t.leadId().get())) {
        if (t.dealId().isPresent()) {
          unmatched.add(UNKNOWN_LEAD, t.id()); // kept for its deal; without one it joins nothing (below)
        }
      } else if (t.leadId().isPresent() && t.dealId().isPresent()) {
        associate(t.dealId().get(), t.leadId().get(), leadsOfDeal, dealsOfLead);
      }
    }
    Map<String, List<Touch>> touchesOfDeal = new HashMap<>();
    for (Touch t : touches) {
      List<String> to = t.dealId().map(List::of).orElseGet(() -> List.copyOf(t.leadId()
          .map(l -> dealsOfLead.getOrDefault(l, Set.of())).orElse(Set.of())));
      List<String> known = to.stream().filter(deals::containsKey).toList();
      if (known.isEmpty()) {
        unmatched.add(TOUCH_WITHOUT_DEAL, t.id());
      }
      known.forEach(d -> touchesOfDeal.computeIfAbsent(d, k -> new ArrayList<>()).add(t));
    }
    histories.keySet().stream().filter(k -> !deals.containsKey(k)).sorted()
        .forEach(k -> unmatched.add(HISTORY_WITHOUT_DEAL, k));
    List<DealJourney> out = new ArrayList<>();
    for (Deal d : deals.values()) {
      List<LeadJourney> ls = leadsOfDeal.getOrDefault(d.id(), Set.of()).stream().filter(leads::containsKey)
          .map(leads::get).toList();
      List<Touch> ts = touchesOfDeal.getOrDefault(d.id(), List.of()).stream()
          .filter(t -> t.dealId().isPresent() || t.leadId().filter(l -> leads.containsKey(l)).isPresent()).toList();
      if (d.amount().isEmpty()) {
        unmatched.add(NO_AMOUNT, d.id());
        continue;
      }
      try {
        DealHistory h = histories.get(d.id());
        out.add(h == null ? JourneyMilestones.journey(d, ls, ts, zone) : JourneyMilestones.journey(d, h, ls, ts, zone));
      } catch (InvalidValueException e) {
        boolean close = e.violations().stream().anyMatch(v -> v.field().equals("closedDate"));
        unmatched.add(close ? NO_CLOSE : REFUSED_JOURNEY, d.id());
      }
    }
    return out;
  }

  private static void associate(String deal, String lead, Map<String, Set<String>> leadsOfDeal,
      Map<String, Set<String>> dealsOfLead) {
    leadsOfDeal.computeIfAbsent(deal, k -> new TreeSet<>()).add(lead);
    dealsOfLead.computeIfAbsent(lead, k -> new TreeSet<>()).add(deal);
  }

  /**
   * What joined nothing or cannot be credited, by reason, with examples. Complete after {@link #journeys()}.
   *
   * @return the unmatched records
   */
  public List<Exclusion> unmatched() {
    return unmatched.result();
  }
}
