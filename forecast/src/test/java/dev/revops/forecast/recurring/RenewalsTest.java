package dev.revops.forecast.recurring;

import static dev.revops.forecast.recurring.Lines.at;
import static dev.revops.forecast.recurring.Lines.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.scope.Scope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Renewals of contracts ending in January and February 2027, as of 2027-03-01, gap 30 days; worked out by hand.
 *
 * <pre>
 * A  K-A1 ends Jan 15, ARR 12,000; K-A2 starts Jan 15 at 12,000         renewed flat   (Jan)
 * B  K-B1 ends Jan 20, ARR 24,000; K-B2 starts Feb 5 at 30,000          expanded       (Jan)
 * C  K-C1 ends Jan 31 (last day Jan 30), 6,000; nothing; Jan 31 + 30 days = Mar 2 is after the as-of: pending (Jan)
 * D  K-D1 ends Jan 5, 10,000; nothing; Feb 4 has passed                 churned        (Jan)
 * E  K-E1 ends Feb 10, 8,000; K-E2 starts Feb 1 (early) at 6,000       contracted     (Feb)
 * F  K-F1 cancelled, ending Jan 10                                       not up for renewal
 * G  K-G1 ends Feb 15, 5,000; K-G2 booked Apr 1 (after the as-of)      pending        (Feb)
 *
 * January: up 4, ARR 52,000; decided A, B, D: renewal rate 2/3 = 0.6667; ARR decided 46,000,
 *   renewed 42,000 (net 0.9130), capped 12,000 + 24,000 = 36,000 (gross 0.7826).
 * February: up 2, ARR 13,000; decided E: rate 1.0000, net and gross 6,000 / 8,000 = 0.7500.
 * </pre>
 */
class RenewalsTest {
  static RenewalTerm term(String id, String customer, String start, String end, String arrStart, String arrEnd) {
    return RenewalTerm.builder().contractId(id).customer(customer).booked(LocalDate.parse(start).minusDays(10))
        .start(at(start)).end(at(end)).arrAtStart(usd(arrStart)).arrAtEnd(usd(arrEnd)).cancelled(false)
        .putAttributes("segment", customer.equals("A") ? "SMB" : "Enterprise").build();
  }

  static final List<RenewalTerm> TERMS = List.of(
      term("K-A1", "A", "2026-01-15", "2027-01-15", "12000.00", "12000.00"),
      term("K-A2", "A", "2027-01-15", "2028-01-15", "12000.00", "12000.00"),
      term("K-B1", "B", "2026-01-20", "2027-01-20", "24000.00", "24000.00"),
      term("K-B2", "B", "2027-02-05", "2028-02-05", "30000.00", "30000.00"),
      term("K-C1", "C", "2026-01-31", "2027-01-31", "6000.00", "6000.00"),
      term("K-D1", "D", "2026-01-05", "2027-01-05", "10000.00", "10000.00"),
      term("K-E1", "E", "2026-02-10", "2027-02-10", "8000.00", "8000.00"),
      term("K-E2", "E", "2027-02-01", "2028-02-01", "6000.00", "6000.00"),
      RenewalTerm.builder().contractId("K-F1").customer("F").booked(LocalDate.parse("2026-01-01"))
          .start(at("2026-01-10")).end(at("2027-01-10")).arrAtStart(usd("1000.00")).arrAtEnd(usd("1000.00"))
          .cancelled(true).build(),
      term("K-G1", "G", "2026-02-15", "2027-02-15", "5000.00", "5000.00"),
      RenewalTerm.builder().contractId("K-G2").customer("G").booked(LocalDate.parse("2027-04-01"))
          .start(at("2027-02-20")).end(at("2028-02-20")).arrAtStart(usd("5000.00")).arrAtEnd(usd("5000.00"))
          .cancelled(false).build());

  static final RenewalOptions OPTIONS = RenewalOptions.builder().scope(Scope.asOf(LocalDate.parse("2027-03-01")))
      .from(LocalDate.parse("2027-01-01")).through(LocalDate.parse("2027-02-28")).addGroupBy("segment").build();

  static RenewalResult run(List<RenewalTerm> terms) {
    Renewals r = new Renewals(OPTIONS);
    terms.forEach(r::add);
    return r.result();
  }

  @Test
  void each_ending_contract_is_matched_with_the_next_and_classified() {
    RenewalResult r = run(TERMS);
    assertEquals(List.of("K-D1:CHURNED", "K-A1:RENEWED_FLAT", "K-B1:EXPANDED", "K-C1:PENDING", "K-E1:CONTRACTED",
        "K-G1:PENDING"), r.renewals().stream().map(x -> x.contractId() + ":" + x.outcome()).toList());
    assertEquals("K-E2", r.renewals().get(4).nextContractId().orElseThrow(), "an early renewal inside the gap");
    assertEquals("renewal-pipeline@1", r.provenance().definition().toString());
    assertEquals(6, r.provenance().counted());
    assertEquals(List.of("booked after the as-of date: 1 [K-G2]", "cancelled before its end (not up for renewal): 1 "
        + "[K-F1]"), r.provenance().excluded().stream().map(e -> e + " " + e.examples()).toList());
  }

  @Test
  void the_renewal_rates_per_period_are_those_worked_out_by_hand() {
    RenewalResult r = run(TERMS);
    RenewalRow jan = r.totals().get(0);
    assertEquals(4, jan.upForRenewal());
    assertEquals(usd("52000.00"), jan.arrUp());
    assertEquals(1, jan.pending());
    assertEquals(new BigDecimal("0.6667"), jan.renewalRate().orElseThrow());
    assertEquals(usd("46000.00"), jan.arrDecided());
    assertEquals(usd("42000.00"), jan.arrRenewed());
    assertEquals(new BigDecimal("0.9130"), jan.netArrRenewalRate().orElseThrow());
    assertEquals(new BigDecimal("0.7826"), jan.grossArrRenewalRate().orElseThrow());
    RenewalRow feb = r.totals().get(1);
    assertEquals(usd("13000.00"), feb.arrUp());
    assertEquals(new BigDecimal("1.0000"), feb.renewalRate().orElseThrow());
    assertEquals(new BigDecimal("0.7500"), feb.netArrRenewalRate().orElseThrow());
    RenewalRow janSmb = r.rows().stream().filter(x -> x.period().label().equals("2027-01")
        && x.group().get("segment").equals("SMB")).findFirst().orElseThrow();
    assertEquals(new BigDecimal("1.0000"), janSmb.renewalRate().orElseThrow());
    assertEquals("arr-up-for-renewal", r.metricValues().get(0).metric().id());
  }

  @Test
  void a_renewing_contract_is_taken_once() {
    // Two contracts of H end on the same day; one new contract: the first (by id) renews, the other churns.
    List<RenewalTerm> terms = List.of(term("K-H1", "H", "2026-01-10", "2027-01-10", "1000.00", "1000.00"),
        term("K-H2", "H", "2026-01-10", "2027-01-10", "2000.00", "2000.00"),
        term("K-H3", "H", "2027-01-10", "2028-01-10", "3000.00", "3000.00"));
    RenewalResult r = run(terms);
    assertEquals(List.of(RenewalOutcome.EXPANDED, RenewalOutcome.CHURNED),
        r.renewals().stream().map(Renewal::outcome).toList());
  }
}
