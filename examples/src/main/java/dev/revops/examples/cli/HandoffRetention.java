package dev.revops.examples.cli;

import dev.revops.forecast.recurring.CustomerHistory;
import dev.revops.forecast.recurring.MrrLine;
import dev.revops.forecast.recurring.Renewal;
import dev.revops.forecast.recurring.RenewalResult;
import dev.revops.forecast.revenue.Contract;
import dev.revops.core.scope.Scope;
import dev.revops.handoff.compliance.EvaluationWithOutcome;
import dev.revops.handoff.compliance.HandoffEvaluation;
import dev.revops.handoff.compliance.OutcomeLink;
import dev.revops.handoff.compliance.OutcomeLinkResult;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where handoff compliance meets retention. The forecast and handoff modules may not see each
 * other, so they meet here: a customer's handoff status (the payload of the handoff of its first
 * contract's deal: complete or incomplete) becomes a customer attribute, {@value #DIMENSION}, that
 * retention rates and renewals are grouped by; and each handed-over deal's renewal outcome feeds
 * the handoff module's outcome link.
 */
final class HandoffRetention {
  /** The attribute a customer's handoff status is written in. */
  static final String DIMENSION = "handoff";

  private HandoffRetention() {}

  /**
   * The latest evaluation per deal: latest sent, then greatest handoff id (the outcome link's rule);
   * handoffs about a lead and no deal have no renewal to compare and are left out.
   */
  static Map<String, HandoffEvaluation> latestByDeal(List<HandoffEvaluation> evaluations) {
    Map<String, HandoffEvaluation> out = new HashMap<>();
    Comparator<HandoffEvaluation> later = Comparator.comparing(HandoffEvaluation::sentAt)
        .thenComparing(HandoffEvaluation::handoffId);
    evaluations.forEach(e -> e.dealId()
        .ifPresent(deal -> out.merge(deal, e, (a, b) -> later.compare(a, b) >= 0 ? a : b)));
    return out;
  }

  /**
   * Each contract customer's status: that of the handoff of its first contract's deal (earliest
   * booking, then contract id); customers whose first deal was not handed over have none.
   */
  static Map<String, String> statusByCustomer(Map<String, HandoffEvaluation> byDeal, List<Contract> contracts) {
    Map<String, Contract> first = new TreeMap<>();
    Comparator<Contract> earlier = Comparator.comparing(Contract::bookingDate).thenComparing(Contract::id);
    contracts.forEach(c -> first.merge(c.customer(), c, (a, b) -> earlier.compare(a, b) <= 0 ? a : b));
    Map<String, String> out = new TreeMap<>();
    first.forEach((customer, c) -> c.dealId().map(byDeal::get).ifPresent(e -> out.put(customer,
        e.payloadComplete() ? "complete" : "incomplete")));
    return out;
  }

  /** A history with one more attribute on every line (so that it is the customer's whatever line is latest). */
  static CustomerHistory withAttribute(CustomerHistory h, String name, String value) {
    return CustomerHistory.of(h.customer(), h.lines().stream().map(l -> MrrLine.builder().id(l.id())
        .customer(l.customer()).monthly(l.monthly()).start(l.start()).end(l.end()).product(l.product())
        .putAllAttributes(l.attributes()).putAttributes(name, value).build()).toList());
  }

  /**
   * The outcome link of the protocol's handoffs with each deal's renewal outcome: the renewal of the
   * contract booked from the deal, when it is decided (renewed-flat, expanded, contracted,
   * churned); no outcome while pending or not yet up for renewal.
   */
  static OutcomeLinkResult link(String protocolId, Scope scope, List<HandoffEvaluation> evaluations,
      List<Contract> contracts, RenewalResult renewals) {
    Map<String, String> contractOfDeal = new HashMap<>();
    contracts.forEach(c -> c.dealId().ifPresent(d -> contractOfDeal.put(d, c.id())));
    Map<String, Renewal> byContract = new HashMap<>();
    renewals.renewals().forEach(r -> byContract.put(r.contractId(), r));
    OutcomeLink link = new OutcomeLink(protocolId, scope);
    for (HandoffEvaluation e : evaluations) {
      Optional<String> outcome = e.dealId().map(contractOfDeal::get).map(byContract::get)
          .filter(r -> r.outcome().decided()).map(r -> r.outcome().label());
      link.add(outcome.map(o -> EvaluationWithOutcome.of(e, o)).orElseGet(() -> EvaluationWithOutcome.of(e)));
    }
    return link.result();
  }
}
