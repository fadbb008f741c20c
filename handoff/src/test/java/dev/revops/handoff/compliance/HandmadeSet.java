package dev.revops.handoff.compliance;

import dev.revops.handoff.HandoffWithDeal;
import static dev.revops.handoff.OutcomeKind.ACCEPTED;
import static dev.revops.handoff.OutcomeKind.EXPIRED;
import static dev.revops.handoff.OutcomeKind.REJECTED;
import static dev.revops.handoff.TestHandoffs.deal;
import static dev.revops.handoff.TestHandoffs.handoff;
import static dev.revops.handoff.TestHandoffs.outcome;

import dev.revops.core.deal.Deal;
import dev.revops.handoff.Handoff;
import dev.revops.handoff.TestHandoffs;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Twelve handoffs judged as of Monday 30 November 2026, 12:00 UTC, with the numbers worked out by
 * hand in {@link ComplianceTest}. Business hours: 09:00-17:00 UTC on weekdays.
 *
 * <pre>
 * H1  mql-to-sal      Fri 30 Oct 10:00, accepted 14:00            4h calendar, met
 * H2  mql-to-sal      Tue 3 Nov 10:00, rejected Wed 09:00 "not ICP" 23h, met
 * H3  mql-to-sal      Thu 5 Nov 10:00, rejected Sat 7 Nov 10:00     48h, 24h late, no reason: failed
 * H4  mql-to-sal      Mon 30 Nov 08:00, no answer, no leadSource   waiting (4h of 24), incomplete: failed
 * H5  ae-to-deal-desk Fri 20 Nov 17:00, accepted Mon 13:00         4 business h, met (due Tue 24, 17:00)
 * H6  ae-to-deal-desk Mon 23 Nov 09:00, no answer; D4 has no close date
 *                                                                  due Tue 24 17:00, overdue 27 business h: failed
 * H7  sales-to-cs     Mon 9 Nov 09:00, accepted Wed 11:00          18 business h, met (due Fri 13, 17:00)
 * H8  sales-to-cs     Mon 16 Nov 09:00, expired Mon 23 Nov 12:00   due Fri 20 17:00, 3 business h late, no
 *                                                                  stakeholder map: failed
 * H9  sales-to-cs     Tue 10 Nov 13:00, accepted Tue 17 Nov 15:00  42 business h, due Tue 17 13:00, 2h late: failed
 * H10 legal-review    (not in the map)                             excluded
 * H11 mql-to-sal v2   (the map has v1)                             excluded
 * H12 mql-to-sal      Tue 1 Dec 09:00                              sent after the as-of instant: excluded
 * </pre>
 */
final class HandmadeSet {
  private HandmadeSet() {}

  static final Instant AS_OF = Instant.parse("2026-11-30T12:00:00Z");

  static Map<String, Deal> deals() {
    Map<String, Deal> deals = new HashMap<>();
    deals.put("D1", deal("D1", "negotiation", "USD 50000.00", "2026-12-15"));
    deals.put("D2", deal("D2", "closed-won", "USD 20000.00", "2026-11-01"));
    deals.put("D3", deal("D3", "closed-won", "USD 8000.00", "2026-11-01"));
    deals.put("D4", deal("D4", "negotiation", "USD 12000.00", null));
    deals.put("D5", deal("D5", "closed-won", "USD 30000.00", "2026-11-01"));
    return deals;
  }

  static List<Handoff> handoffs() {
    Map<String, String> lead = Map.of("leadSource", "webinar");
    Map<String, String> partialCs = new HashMap<>(TestHandoffs.csPayload());
    partialCs.remove("stakeholderMap");
    return List.of(
        handoff("H1", "mql-to-sal", "L1", "2026-10-30T10:00:00Z").putAllPayload(lead)
            .outcome(outcome(ACCEPTED, "2026-10-30T14:00:00Z", null)).build(),
        handoff("H2", "mql-to-sal", "L2", "2026-11-03T10:00:00Z").putAllPayload(lead)
            .outcome(outcome(REJECTED, "2026-11-04T09:00:00Z", "not ICP")).build(),
        handoff("H3", "mql-to-sal", "L3", "2026-11-05T10:00:00Z").putAllPayload(lead)
            .outcome(outcome(REJECTED, "2026-11-07T10:00:00Z", null)).build(),
        handoff("H4", "mql-to-sal", "L4", "2026-11-30T08:00:00Z").build(),
        handoff("H5", "ae-to-deal-desk", "D1", "2026-11-20T17:00:00Z")
            .outcome(outcome(ACCEPTED, "2026-11-23T13:00:00Z", null)).build(),
        handoff("H6", "ae-to-deal-desk", "D4", "2026-11-23T09:00:00Z").build(),
        handoff("H7", "sales-to-cs", "D2", "2026-11-09T09:00:00Z").putAllPayload(TestHandoffs.csPayload())
            .outcome(outcome(ACCEPTED, "2026-11-11T11:00:00Z", null)).build(),
        handoff("H8", "sales-to-cs", "D3", "2026-11-16T09:00:00Z").putAllPayload(partialCs)
            .outcome(outcome(EXPIRED, "2026-11-23T12:00:00Z", "nobody picked it up")).build(),
        handoff("H9", "sales-to-cs", "D5", "2026-11-10T13:00:00Z").putAllPayload(TestHandoffs.csPayload())
            .outcome(outcome(ACCEPTED, "2026-11-17T15:00:00Z", null)).build(),
        handoff("H10", "legal-review", "D1", "2026-11-10T13:00:00Z").build(),
        Handoff.builder().id("H11").protocolId("mql-to-sal").protocolVersion(2).dealId("L5")
            .sentAt(Instant.parse("2026-11-10T13:00:00Z")).build(),
        handoff("H12", "mql-to-sal", "L6", "2026-12-01T09:00:00Z").build());
  }

  /** Options as of {@link #AS_OF}, the rest at their defaults. */
  static ComplianceOptions options() {
    return ComplianceOptions.of(TestHandoffs.scope(AS_OF));
  }

  static Compliance compliance(List<Handoff> handoffs, ComplianceOptions options) {
    Compliance c = new Compliance(TestHandoffs.map(), options);
    Map<String, Deal> deals = deals();
    handoffs.forEach(h -> c.add(withDeal(h, deals)));
    return c;
  }

  static HandoffWithDeal withDeal(Handoff h, Map<String, Deal> deals) {
    return h.dealId().filter(deals::containsKey).map(d -> HandoffWithDeal.of(h, deals.get(d)))
        .orElse(HandoffWithDeal.of(h));
  }
}
