package dev.revops.handoff;

import dev.revops.core.scope.Scope;
import dev.revops.core.deal.Deal;
import dev.revops.core.money.Money;
import dev.revops.core.period.WorkingHours;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.TestPipelines;
import dev.revops.handoff.protocol.FieldSource;
import dev.revops.handoff.protocol.FieldType;
import dev.revops.handoff.protocol.HandoffMap;
import dev.revops.handoff.protocol.HandoffProtocol;
import dev.revops.handoff.protocol.PayloadField;
import dev.revops.handoff.protocol.Sla;
import dev.revops.handoff.protocol.Trigger;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * A small hand-written handoff map over {@link TestPipelines#standard()}, shared by tests: marketing
 * to SDR on the "mql" event (24 calendar hours, a rejection needs a reason, USD 150 a failure), sales
 * to deal desk on entering negotiation (16 business hours, USD 1,000) and sales to customer success on
 * entering closed won (40 business hours, USD 2,500). Business hours are 09:00 to 17:00 UTC on
 * weekdays.
 */
public final class TestHandoffs {
  private TestHandoffs() {}

  public static final PipelineDefinition PIPELINE = TestPipelines.standard();
  public static final WorkingHours NINE_TO_FIVE = WorkingHours.builder().build();

  public static HandoffProtocol mqlToSal() {
    return mqlToSal("sdr", Money.parse("USD 150.00"));
  }

  /** {@link #mqlToSal()} to another receiver, at another cost. */
  public static HandoffProtocol mqlToSal(String receiver, Money cost) {
    return HandoffProtocol.builder().id("mql-to-sal").version(1).effectiveFrom(LocalDate.parse("2026-01-01"))
        .sender("marketing").receiver(receiver).trigger(Trigger.event("mql"))
        .addPayload(PayloadField.builder().name("leadSource").source(FieldSource.PAYLOAD).type(FieldType.TEXT).build())
        .sla(Sla.calendar(Duration.ofHours(24))).rejectionNeedsReason(true)
        .failureMode("Leads go cold while nobody owns them").addAffected("marketing", "sdr")
        .costPerFailure(cost).owner("marketing-ops").build();
  }

  public static HandoffProtocol aeToDealDesk() {
    return HandoffProtocol.builder().id("ae-to-deal-desk").version(1).effectiveFrom(LocalDate.parse("2026-01-01"))
        .sender("sales").receiver("deal-desk").trigger(Trigger.stageEntered("negotiation"))
        .addPayload(PayloadField.builder().name("amount").source(FieldSource.DEAL).type(FieldType.MONEY)
            .minimum(BigDecimal.ONE).build())
        .addPayload(PayloadField.builder().name("expectedCloseDate").source(FieldSource.DEAL).type(FieldType.DATE)
            .build())
        .addPayload(PayloadField.builder().name("discountRequest").source(FieldSource.PAYLOAD)
            .type(FieldType.DECIMAL).required(false).minimum(BigDecimal.ZERO).build())
        .sla(Sla.business(Duration.ofHours(16), NINE_TO_FIVE)).rejectionNeedsReason(true)
        .failureMode("Quotes go out unapproved or late").addAffected("sales", "deal-desk", "customer")
        .costPerFailure(Money.parse("USD 1000.00")).owner("deal-desk").build();
  }

  public static HandoffProtocol salesToCs() {
    return HandoffProtocol.builder().id("sales-to-cs").version(1).effectiveFrom(LocalDate.parse("2026-01-01"))
        .sender("sales").receiver("customer-success").trigger(Trigger.stageEntered("closed-won"))
        .addPayload(PayloadField.builder().name("successCriteria").source(FieldSource.PAYLOAD).type(FieldType.LIST)
            .minLength(1).build())
        .addPayload(PayloadField.builder().name("technicalRequirements").source(FieldSource.PAYLOAD)
            .type(FieldType.TEXT).minLength(10).build())
        .addPayload(PayloadField.builder().name("stakeholderMap").source(FieldSource.PAYLOAD).type(FieldType.LIST)
            .minLength(2).build())
        .addPayload(PayloadField.builder().name("implementationTimeline").source(FieldSource.PAYLOAD)
            .type(FieldType.DATE).build())
        .sla(Sla.business(Duration.ofHours(40), NINE_TO_FIVE)).rejectionNeedsReason(true)
        .failureMode("Onboarding starts blind; the first 90 days slip").addAffected("customer-success", "customer")
        .costPerFailure(Money.parse("USD 2500.00")).owner("customer-success").build();
  }

  public static HandoffMap map() {
    return HandoffMap.builder().id("test-lifecycle").version(1).addProtocols(mqlToSal(), aeToDealDesk(), salesToCs())
        .build();
  }

  /** A complete payload for {@link #salesToCs()}. */
  public static Map<String, String> csPayload() {
    return Map.of("successCriteria", "go-live by March; 50 seats active", "technicalRequirements",
        "SSO with Okta, EU data residency", "stakeholderMap", "Dana Kim (sponsor); Lee Park (admin)",
        "implementationTimeline", "2027-01-15");
  }

  public static Handoff.Builder handoff(String id, String protocolId, String dealId, String sentAt) {
    return Handoff.builder().id(id).protocolId(protocolId).protocolVersion(1).dealId(dealId)
        .sentAt(Instant.parse(sentAt));
  }

  public static HandoffOutcome outcome(OutcomeKind kind, String at, String reason) {
    return HandoffOutcome.builder().kind(kind).at(Instant.parse(at)).actor("receiver")
        .reason(Optional.ofNullable(reason)).build();
  }

  public static Deal deal(String id, String stage, String amount, String closeDate) {
    Deal.Builder b = Deal.builder().id(id).stage(PIPELINE.stage(stage)).amount(Optional.ofNullable(amount)
        .map(Money::parse)).expectedCloseDate(Optional.ofNullable(closeDate).map(LocalDate::parse));
    if (PIPELINE.stage(stage).isClosed()) {
      b.closedDate(LocalDate.parse("2026-11-01"));
    }
    return b.build();
  }

  /**
   * A scope as of an instant, every other setting at its default.
   *
   * @param asOf the as-of instant
   * @return the scope
   */
  public static Scope scope(Instant asOf) {
    return Scope.builder().asOf(asOf).build();
  }
}
