package dev.revops.forecast.revenue;

import static dev.revops.forecast.revenue.Contracts.at;
import static dev.revops.forecast.revenue.Contracts.contract;
import static dev.revops.forecast.revenue.Contracts.date;
import static dev.revops.forecast.revenue.Contracts.days;
import static dev.revops.forecast.revenue.Contracts.line;
import static dev.revops.forecast.revenue.Contracts.revenue;
import static dev.revops.forecast.revenue.Contracts.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Obligations added to and removed from a contract by a modification, every figure worked out by
 * hand in the comments (whole months of a MONTHLY_EVEN service are equal shares).
 */
class ObligationModificationsTest {
  static final RevenueOptions MONTHS = Contracts.months();

  static RecognitionPattern monthly() {
    return RecognitionPattern.ratable(RatableConvention.MONTHLY_EVEN);
  }

  /** USD 1,200 booked 1 January 2026 for support over 2026 (100 a month), billed up front; training added in July. */
  static ContractSchedule supportWithTrainingAdded(Treatment treatment) {
    PerformanceObligation support = line("SUP", usd("1200.00"), days("2026-01-01", "2026-12-31"), monthly());
    PerformanceObligation training = line("TRN", usd("900.00"), days("2026-07-01", "2026-12-31"), monthly());
    ContractModification add = ContractModification.builder().id("M1").effective(at("2026-07-01T00:00:00Z"))
        .kind(ContractModification.Kind.ADD_OBLIGATION).treatment(treatment).added(training)
        .priceChange(usd("600.00")).build();
    return RevenueSchedule.of(contract("ADD", usd("1200.00"), "2026-01-01", support).addModifications(add).build(),
        MONTHS);
  }

  @Test
  void an_obligation_added_prospectively_shares_what_remains_by_standalone_value_still_to_deliver() {
    ContractSchedule s = supportWithTrainingAdded(Treatment.PROSPECTIVE);
    // by 1 July support recognized 6 x 100 = 600; the new price is 1,200 + 600 = 1,800, so 1,800 - 600 = 1,200
    // remains. Weights: support 1,200 x 6/12 still to deliver = 600, training 900 x all of it = 900.
    // Support 1,200 x 600/1,500 = 480 (80 a month), training 1,200 x 900/1,500 = 720 (120 a month).
    assertEquals(List.of("2026-01 100.00", "2026-02 100.00", "2026-03 100.00", "2026-04 100.00", "2026-05 100.00",
        "2026-06 100.00", "2026-07 200.00", "2026-08 200.00", "2026-09 200.00", "2026-10 200.00", "2026-11 200.00",
        "2026-12 200.00"), revenue(s));
    assertEquals(List.of("SUP MODIFICATION 80.00", "TRN MODIFICATION 120.00"), entries(s, "2026-09"));
    assertEquals(usd("1800.00"), s.finalPrice());
    ChangeEffect effect = s.changes().get(0);
    assertEquals(usd("600.00"), effect.priceChange());
    assertEquals(usd("600.00"), effect.recognizedBefore());
    assertEquals(usd("0.00"), effect.catchUp());
    // the allocation of the remainder: 480 + 720 = 1,200
    Allocation remainder = s.allocations().get(1);
    assertEquals(usd("480.00"), remainder.amountOf("SUP"));
    assertEquals(usd("720.00"), remainder.amountOf("TRN"));
    // billed 1,200 up front, nothing left to invoice: the 600 rise is an adjustment on 1 July
    assertEquals(List.of("ADD-1 INVOICE 2026-01-01 USD 1200.00 -", "ADD-A1 ADJUSTMENT 2026-07-01 USD 600.00 M1"),
        billing(s));
  }

  @Test
  void an_obligation_added_with_a_catch_up_reallocates_the_price_from_inception() {
    ContractSchedule s = supportWithTrainingAdded(Treatment.CUMULATIVE_CATCH_UP);
    // 1,800 by standalone value 1,200 : 900 = 1,028.571... : 771.428...; in cents 102,857.14 and 77,142.86:
    // truncated 102,857 + 77,142 = 179,999, the one cent left to training (remainder .86 > .14).
    // Support by 1 July as if from inception: 102,857 x 6/12 = 51,428.5 -> 514.28 (half-even);
    // it had 600.00, so the catch-up is 514.28 - 600.00 = -85.72. Training had not started: none.
    ChangeEffect effect = s.changes().get(0);
    assertEquals(usd("-85.72"), effect.catchUp());
    Allocation reallocated = s.allocations().get(1);
    assertEquals(usd("1028.57"), reallocated.amountOf("SUP"));
    assertEquals(usd("771.43"), reallocated.amountOf("TRN"));
    // July: support 102,857 x 7/12 = 59,999.92 -> 600.00, less 514.28 = 85.72, with the -85.72 catch-up 0.00;
    // training 771.43 / 6 months: 77,143 x 1/6 = 12,857.17 -> 128.57
    assertEquals(List.of("TRN MODIFICATION 128.57"), entries(s, "2026-07"));
    assertEquals(usd("128.57"), s.periods().get(6).recognized());
    // the year still sums to the new price
    assertEquals(usd("1800.00"), s.periods().get(s.periods().size() - 1).recognizedToDate());
  }

  /** USD 1,800 booked 1 January 2026: support 1,200 (100 a month) and hosting 600 (50 a month) over 2026, billed up front. */
  static Contract.Builder supportAndHosting(PerformanceObligation hosting) {
    PerformanceObligation support = line("SUP", usd("1200.00"), days("2026-01-01", "2026-12-31"), monthly());
    return contract("REM", usd("1800.00"), "2026-01-01", support, hosting);
  }

  @Test
  void an_obligation_removed_prospectively_keeps_its_revenue_and_the_rest_goes_to_what_remains() {
    PerformanceObligation hosting = line("HOST", usd("600.00"), days("2026-01-01", "2026-12-31"), monthly());
    ContractModification remove = ContractModification.builder().id("M2").effective(at("2026-04-01T00:00:00Z"))
        .kind(ContractModification.Kind.REMOVE_OBLIGATION).treatment(Treatment.PROSPECTIVE).obligationId("HOST")
        .priceChange(usd("-450.00")).build();   // hosting's nine months left: 600 x 9/12 = 450 refunded
    ContractSchedule s = RevenueSchedule.of(supportAndHosting(hosting).addModifications(remove).build(), MONTHS);
    // January to March: 100 + 50 = 150 a month, 450 in all (support 300, hosting 150). The new price
    // 1,800 - 450 = 1,350 less 450 recognized leaves 900; hosting has nothing left to deliver (weight 0),
    // support 1,200 x 9/12 = 900: all 900 to support over April to December, 100 a month.
    assertEquals(List.of("2026-01 150.00", "2026-02 150.00", "2026-03 150.00", "2026-04 100.00", "2026-05 100.00",
        "2026-06 100.00", "2026-07 100.00", "2026-08 100.00", "2026-09 100.00", "2026-10 100.00", "2026-11 100.00",
        "2026-12 100.00"), revenue(s));
    assertEquals(List.of("SUP MODIFICATION 100.00"), entries(s, "2026-04"));
    assertEquals(usd("1350.00"), s.finalPrice());
    assertEquals(usd("450.00"), s.changes().get(0).recognizedBefore());
    // 1,800 billed up front, 1,350 now due: 450 credited on the modification's day, 1 April
    assertEquals(List.of("REM-1 INVOICE 2026-01-01 USD 1800.00 -", "REM-C1 CREDIT_NOTE 2026-04-01 USD -450.00 M2"),
        billing(s));
    // at the end nothing is deferred: billed 1,800 - 450 = 1,350 = recognized 450 + 900
    SchedulePeriod december = s.periods().get(s.periods().size() - 1);
    assertEquals(usd("0.00"), december.deferred());
    assertEquals(usd("1350.00"), december.recognizedToDate());
  }

  @Test
  void an_obligation_removed_before_it_starts_recognizes_nothing() {
    PerformanceObligation hosting = line("HOST", usd("600.00"), days("2026-07-01", "2026-12-31"), monthly());
    ContractModification remove = ContractModification.builder().id("M3").effective(at("2026-04-01T00:00:00Z"))
        .kind(ContractModification.Kind.REMOVE_OBLIGATION).treatment(Treatment.CUMULATIVE_CATCH_UP)
        .obligationId("HOST").priceChange(usd("-600.00")).build();
    ContractSchedule s = RevenueSchedule.of(supportAndHosting(hosting).addModifications(remove).build(), MONTHS);
    // allocated 1,200 : 600 by standalone value; hosting (July to December) is not started at booking
    assertEquals(usd("600.00"), s.periods().get(0).notYetStarted());
    // removed on 1 April before its start: its standalone value is 0, so from inception support carries the
    // new price 1,800 - 600 = 1,200, 100 a month as before: by 1 April 300 = the 300 it had, no catch-up
    assertEquals(usd("0.00"), s.changes().get(0).catchUp());
    assertEquals(usd("1200.00"), s.allocations().get(1).amountOf("SUP"));
    assertEquals(usd("0.00"), s.allocations().get(1).amountOf("HOST"));
    assertEquals(List.of("2026-01 100.00", "2026-02 100.00", "2026-03 100.00", "2026-04 100.00", "2026-05 100.00",
        "2026-06 100.00", "2026-07 100.00", "2026-08 100.00", "2026-09 100.00", "2026-10 100.00", "2026-11 100.00",
        "2026-12 100.00"), revenue(s));
    assertEquals(List.of(), s.entries().stream().filter(e -> e.obligationId().equals("HOST")).toList());
    assertEquals(List.of("REM-1 INVOICE 2026-01-01 USD 1800.00 -", "REM-C1 CREDIT_NOTE 2026-04-01 USD -600.00 M3"),
        billing(s));
  }

  @Test
  void removing_an_obligation_twice_is_refused_naming_the_modification() {
    PerformanceObligation hosting = line("HOST", usd("600.00"), days("2026-07-01", "2026-12-31"), monthly());
    ContractModification first = ContractModification.builder().id("M3").effective(at("2026-04-01T00:00:00Z"))
        .kind(ContractModification.Kind.REMOVE_OBLIGATION).treatment(Treatment.PROSPECTIVE).obligationId("HOST")
        .build();
    ContractModification again = ContractModification.builder().id("M4").effective(at("2026-05-01T00:00:00Z"))
        .kind(ContractModification.Kind.REMOVE_OBLIGATION).treatment(Treatment.PROSPECTIVE).obligationId("HOST")
        .build();
    Contract c = supportAndHosting(hosting).addModifications(first, again).build();
    dev.revops.core.InvalidValueException e = org.junit.jupiter.api.Assertions.assertThrows(
        dev.revops.core.InvalidValueException.class, () -> RevenueSchedule.of(c, MONTHS));
    assertEquals("contract REM: modifications.M4.obligationId 'HOST' must name an obligation still in the contract",
        e.getMessage());
  }

  /** The revenue of each obligation and source in a period, as "obligation source amount", summed over references. */
  static List<String> entries(ContractSchedule s, String period) {
    java.util.Map<String, java.math.BigDecimal> sums = new java.util.TreeMap<>();
    s.entries().stream().filter(e -> e.period().label().equals(period))
        .forEach(e -> sums.merge(e.obligationId() + " " + e.source(), e.amount().getAmount(), java.math.BigDecimal::add));
    return sums.entrySet().stream().map(e -> e.getKey() + " " + e.getValue().toPlainString()).toList();
  }

  static List<String> billing(ContractSchedule s) {
    return s.billing().stream().map(b -> b.id() + " " + b.kind() + " " + b.date() + " " + b.amount() + " "
        + b.reference().orElse("-")).toList();
  }
}
