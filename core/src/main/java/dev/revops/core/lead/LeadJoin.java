package dev.revops.core.lead;

import dev.revops.core.deal.Deal;
import dev.revops.core.metric.Exclusion;
import dev.revops.core.metric.ExclusionTally;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Joins what separate files say about leads into one {@link LeadJourney} per lead: the leads (with
 * what their own file says of their lifecycle and deal), lifecycle histories from a changes file,
 * deal links from a converted-leads file, and the deals those links name (for their outcome).
 * Nothing is dropped silently: a record that matches no lead is counted in {@link #unmatched()}
 * with its reason and examples.
 *
 * <p>Rules: a leads file's lead repeating an id already joined is unmatched ("repeated lead"); a
 * history from a changes file replaces the one a leads file derives (an entry stage); a link from
 * a links file replaces the lead's own unless they name different deals (then it is unmatched); a
 * deal gives its outcome to the link naming it, unless the link already has one (see {@link
 * DealLink#withOutcome}); a deal repeating an id already given is unmatched ("repeated deal id",
 * the first is kept); once deals are given, a link to a deal not among them is unmatched. Holds
 * every lead and deal in memory until {@link #journeys()}.
 *
 * <pre>{@code
 * LeadJoin join = new LeadJoin(5);
 * leadImporter.read(leads, join::addLead, r -> {});
 * linkImporter.read(links, join::addLink, r -> {});
 * join.journeys().forEach(funnel::add);
 * join.unmatched();   // [deal link of a lead not in the leads: 3]
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public final class LeadJoin {
  /** A second history or link of one lead (the first is kept). */
  public static final String REPEATED_RECORD = "second history or deal link of one lead (the first is kept)";
  /** A links-file link whose lead is not among the leads. */
  public static final String LINK_WITHOUT_LEAD = "deal link of a lead not in the leads";
  /** A changes-file history whose lead is not among the leads. */
  public static final String HISTORY_WITHOUT_LEAD = "lifecycle history of a lead not in the leads";
  /** A lead repeating an id already joined. */
  public static final String REPEATED_LEAD = "repeated lead id";
  /** Why a second deal with an id already given is left out (the first is kept). */
  public static final String REPEATED_DEAL = "repeated deal id (the first deal is kept)";
  /** A link naming another deal than the lead's own link. */
  public static final String CONFLICTING_LINK = "deal link naming another deal than the lead's own";
  /** A linked deal the deals do not have. */
  public static final String DEAL_NOT_FOUND = "linked deal not among the deals (its outcome is unknown)";

  private final Map<String, LeadJourney> leads = new LinkedHashMap<>();
  private final Map<String, LifecycleHistory> histories = new HashMap<>();
  private final Map<String, DealLink> links = new HashMap<>();
  private final Map<String, Deal> deals = new HashMap<>();
  private final ExclusionTally unmatched;
  private ZoneId zone;
  private boolean joined;

  /**
   * An empty join.
   *
   * @param maxExamples how many example ids {@link #unmatched()} keeps per reason
   */
  public LeadJoin(int maxExamples) {
    this.unmatched = new ExclusionTally(maxExamples);
  }

  /**
   * Adds a lead, with what its own file says of its history and deal.
   *
   * @param journey the lead's journey as read from the leads
   */
  public void addLead(LeadJourney journey) {
    Objects.requireNonNull(journey, "journey");
    if (leads.putIfAbsent(journey.leadId(), journey) != null) {
      unmatched.add(REPEATED_LEAD, journey.leadId());
    }
  }

  /**
   * Adds a lead's lifecycle history from a changes file; it replaces the history its leads file
   * derived.
   *
   * @param history the history
   */
  public void addHistory(LifecycleHistory history) {
    Objects.requireNonNull(history, "history");
    if (histories.putIfAbsent(history.leadId(), history) != null) {
      unmatched.add(REPEATED_RECORD, history.leadId());
    }
  }

  /**
   * Adds a lead's deal link from a links file.
   *
   * @param link the link
   */
  public void addLink(DealLink link) {
    Objects.requireNonNull(link, "link");
    if (links.putIfAbsent(link.leadId(), link) != null) {
      unmatched.add(REPEATED_RECORD, link.leadId());
    }
  }

  /**
   * Adds a deal, whose outcome goes to the link naming it.
   *
   * @param deal the deal
   * @param zone the zone its closed date is read in
   */
  public void addDeal(Deal deal, ZoneId zone) {
    Objects.requireNonNull(deal, "deal");
    Objects.requireNonNull(zone, "zone");
    if (this.zone != null && !this.zone.equals(zone)) {
      throw new IllegalArgumentException("all deals must be read in one zone, " + this.zone + ", not " + zone);
    }
    this.zone = zone;
    if (deals.putIfAbsent(deal.id(), deal) != null) {
      unmatched.add(REPEATED_DEAL, deal.id());
    }
  }

  /**
   * The joined journeys, in the order the leads were added; the first call counts what matched no
   * lead.
   *
   * @return one journey per lead
   */
  public List<LeadJourney> journeys() {
    ExclusionTally tally = joined ? new ExclusionTally(0) : unmatched;
    joined = true;
    List<LeadJourney> out = new ArrayList<>(leads.size());
    for (LeadJourney j : leads.values()) {
      String id = j.leadId();
      LeadJourney.Builder b = LeadJourney.builder().lead(j.lead());
      LifecycleHistory h = histories.get(id);
      b.history(h != null ? Optional.of(h) : j.history());
      DealLink link = links.get(id);
      if (link != null && j.link().isPresent() && !j.link().get().dealId().equals(link.dealId())) {
        tally.add(CONFLICTING_LINK, id);
        link = j.link().get();
      } else if (link == null) {
        link = j.link().orElse(null);
      }
      if (link != null && zone != null && !link.isClosed()) {
        Deal deal = deals.get(link.dealId());
        if (deal == null) {
          tally.add(DEAL_NOT_FOUND, link.dealId());
        } else {
          link = link.withOutcome(deal, zone);
        }
      }
      b.link(Optional.ofNullable(link));
      out.add(b.build());
    }
    histories.keySet().stream().filter(k -> !leads.containsKey(k)).forEach(k -> tally.add(HISTORY_WITHOUT_LEAD, k));
    links.keySet().stream().filter(k -> !leads.containsKey(k)).forEach(k -> tally.add(LINK_WITHOUT_LEAD, k));
    return out;
  }

  /**
   * What matched no lead, by reason, with examples. Complete after {@link #journeys()}.
   *
   * @return the unmatched records
   */
  public List<Exclusion> unmatched() {
    return unmatched.result();
  }
}
