package dev.revops.forecast.revenue;

import static dev.revops.forecast.revenue.Contracts.at;
import static dev.revops.forecast.revenue.Contracts.contract;
import static dev.revops.forecast.revenue.Contracts.date;
import static dev.revops.forecast.revenue.Contracts.days;
import static dev.revops.forecast.revenue.Contracts.line;
import static dev.revops.forecast.revenue.Contracts.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.InvalidValueException;
import dev.revops.core.money.Money;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Bad input gets an error naming the contract, the line and the rule. */
class ContractValidationTest {
  static final RecognitionPattern MONTHLY = RecognitionPattern.ratable(RatableConvention.MONTHLY_EVEN);

  @Test
  void a_service_cannot_end_before_it_starts() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> ServicePeriod.ofDates(date("2026-03-01"), date("2026-02-01"), true, ZoneOffset.UTC));
    assertTrue(e.getMessage().startsWith("service period: end '2026-02-02T00:00:00Z' must be after start"),
        e.getMessage());
  }

  @Test
  void a_negative_standalone_selling_price_is_refused() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> line("L2", usd("-5.00"),
        days("2026-01-01", "2026-12-31"), MONTHLY));
    assertEquals("performance obligation L2: standaloneSellingPrice 'USD -5.00' must not be negative (a discount is "
        + "allocated, not priced as a line)", e.getMessage());
  }

  @Test
  void amounts_in_another_currency_name_the_contract_and_line() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> contract("C1", usd("100.00"),
        "2026-01-01", line("L1", Money.parse("EUR 100.00"), days("2026-01-01", "2026-12-31"), MONTHLY)).build());
    assertTrue(e.getMessage().startsWith("contract C1: obligations.L1.standaloneSellingPrice 'EUR 100.00' must be in "
        + "the contract's currency USD"), e.getMessage());
  }

  @Test
  void a_credit_note_for_an_unknown_invoice_is_refused_when_scheduled() {
    Contract c = contract("C2", usd("100.00"), "2026-01-01", line("L1", usd("100.00"), days("2026-01-01", "2026-12-31"),
        MONTHLY)).addCreditNotes(CreditNote.builder().id("CN9").invoiceId("C2-7").date(date("2026-02-01"))
        .amount(usd("10.00")).build()).build();
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> RevenueSchedule.of(c, Contracts.months()));
    assertEquals("contract C2: creditNotes.CN9.invoiceId 'C2-7' must name an invoice of the contract", e.getMessage());
  }

  @Test
  void a_credit_note_cannot_credit_more_than_its_invoice_nor_make_the_price_negative() {
    Contract tooMuch = contract("C3", usd("100.00"), "2026-01-01", line("L1", usd("100.00"),
        days("2026-01-01", "2026-12-31"), MONTHLY)).addCreditNotes(CreditNote.builder().id("CN1").invoiceId("C3-1")
        .date(date("2026-02-01")).amount(usd("150.00")).treatment(Treatment.PROSPECTIVE).build()).build();
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> RevenueSchedule.of(tooMuch, Contracts.months()));
    assertTrue(e.getMessage().startsWith("contract C3: creditNotes.CN1.amount 'USD -150.00' must not make the "
        + "transaction price negative"), e.getMessage());
  }

  @Test
  void a_modification_must_name_an_obligation_of_the_contract_and_a_custom_plan_must_bill_the_price() {
    ContractModification m = ContractModification.builder().id("M1").effective(at("2026-06-01T00:00:00Z"))
        .kind(ContractModification.Kind.REMOVE_OBLIGATION).treatment(Treatment.PROSPECTIVE).obligationId("L9").build();
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> contract("C4", usd("100.00"),
        "2026-01-01", line("L1", usd("100.00"), days("2026-01-01", "2026-12-31"), MONTHLY)).addModifications(m).build());
    assertTrue(e.getMessage().contains("modifications.M1.obligationId 'L9' must name an obligation of the contract"),
        e.getMessage());
    InvalidValueException bill = assertThrows(InvalidValueException.class, () -> contract("C5", usd("100.00"),
        "2026-01-01", BillingPlan.custom(java.util.List.of(ScheduledInvoice.of(date("2026-01-01"), usd("60.00")))),
        line("L1", usd("100.00"), days("2026-01-01", "2026-12-31"), MONTHLY)).build());
    assertTrue(bill.getMessage().contains("billing.invoices 'USD 60.00' must sum to the transaction price USD 100.00"),
        bill.getMessage());
  }
}
