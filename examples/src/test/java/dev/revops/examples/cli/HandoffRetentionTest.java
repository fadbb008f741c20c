package dev.revops.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.money.Money;
import dev.revops.core.scope.Scope;
import dev.revops.examples.sample.Bundled;
import dev.revops.forecast.recurring.ContractMrr;
import dev.revops.forecast.recurring.RenewalOptions;
import dev.revops.forecast.recurring.RenewalResult;
import dev.revops.forecast.recurring.Renewals;
import dev.revops.forecast.revenue.BillingPlan;
import dev.revops.forecast.revenue.Contract;
import dev.revops.forecast.revenue.PerformanceObligation;
import dev.revops.forecast.revenue.RatableConvention;
import dev.revops.forecast.revenue.RecognitionPattern;
import dev.revops.forecast.revenue.ServicePeriod;
import dev.revops.handoff.Handoff;
import dev.revops.handoff.compliance.HandoffEvaluation;
import dev.revops.handoff.compliance.OutcomeComparison;
import dev.revops.handoff.compliance.OutcomeLinkResult;
import dev.revops.handoff.protocol.HandoffProtocol;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The join of handoffs and retention on three accounts: A handed over completely and renewed, B incompletely
 * (no success criteria) and churned, C renewing later than the as-of allows to know (pending).
 */
class HandoffRetentionTest {
  static final HandoffProtocol CS = Bundled.handoffMap().protocol("sales-to-cs");
  static final Instant AS_OF = Instant.parse("2027-03-01T00:00:00Z");

  static HandoffEvaluation handoff(String id, String deal, boolean complete) {
    Handoff.Builder b = Handoff.builder().id(id).protocolId(CS.id()).protocolVersion(CS.version()).dealId(deal)
        .sentAt(Instant.parse("2026-01-02T10:00:00Z")).putPayload("technicalRequirements",
            "SSO with Okta, EU data residency").putPayload("stakeholderMap", "Dana (sponsor); Lee (admin)")
        .putPayload("implementationTimeline", "2026-03-01");
    if (complete) {
      b.putPayload("successCriteria", "forecast call in one hour");
    }
    return HandoffEvaluation.of(b.build(), CS, Optional.empty(), AS_OF);
  }

  static Contract contract(String id, String customer, String deal, String start) {
    LocalDate s = LocalDate.parse(start);
    return Contract.builder().id(id).customer(customer).currency(Money.currency("USD")).bookingDate(s)
        .transactionPrice(Money.parse("USD 12000.00")).addObligations(PerformanceObligation.builder().id("SUB")
            .standaloneSellingPrice(Money.parse("USD 12000.00")).service(ServicePeriod.ofDates(s, s.plusYears(1),
                false, ZoneOffset.UTC)).pattern(RecognitionPattern.ratable(RatableConvention.WHOLE_DAYS)).build())
        .billing(BillingPlan.upFront(s)).dealId(deal).build();
  }

  @Test
  void each_customer_takes_the_status_of_its_first_deal_and_each_deal_its_renewal_outcome() {
    List<Contract> contracts = List.of(contract("K-A1", "A", "D-A1", "2026-01-05"),
        contract("K-A2", "A", "D-A2", "2027-01-05"), contract("K-B1", "B", "D-B1", "2026-01-10"),
        contract("K-C1", "C", "D-C1", "2026-02-20"));
    List<HandoffEvaluation> evaluations = List.of(handoff("H1", "D-A1", true), handoff("H2", "D-B1", false),
        handoff("H3", "D-C1", true));
    Map<String, String> status = HandoffRetention.statusByCustomer(HandoffRetention.latestByDeal(evaluations),
        contracts);
    assertEquals(Map.of("A", "complete", "B", "incomplete", "C", "complete"), status);

    Renewals renewals = new Renewals(RenewalOptions.builder().scope(Scope.asOf(LocalDate.parse("2027-03-01")))
        .from(LocalDate.parse("2027-01-01")).through(LocalDate.parse("2027-02-28")).build());
    contracts.forEach(c -> ContractMrr.lines(c, ZoneOffset.UTC, Map.of()).term().ifPresent(renewals::add));
    RenewalResult r = renewals.result();
    OutcomeLinkResult link = HandoffRetention.link(CS.id(), Scope.asOf(LocalDate.parse("2027-03-01")), evaluations, contracts, r);
    assertEquals(2, link.dealsComplete());
    assertEquals(1, link.dealsIncomplete());
    assertEquals(1, link.noOutcomeComplete(), "C's renewal is pending: no outcome yet");
    OutcomeComparison churned = link.rows().get(0);
    assertEquals("churned", churned.outcome());
    assertEquals(1, churned.incomplete());
    OutcomeComparison renewed = link.rows().get(1);
    assertEquals("renewed-flat", renewed.outcome());
    assertEquals(1, renewed.complete());
  }
}
