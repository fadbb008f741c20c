package dev.revops.forecast.revenue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.core.InvalidValueException;
import dev.revops.core.json.RevopsJson;
import dev.revops.core.money.ExchangeRate;
import dev.revops.core.money.ExchangeRateTable;
import dev.revops.core.money.Money;
import dev.revops.core.period.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Closed is closed: whatever happens to the input after a close (contracts added, removed, changed
 * in any way, or rejected), every report shows a closed period as it showed it when it closed.
 */
class ClosedBooksProperties {
  static final ObjectMapper JSON = RevopsJson.mapper();
  static final RevenueOptions MONTHS = Contracts.months();
  /** The same months kept in euros, at a rate that moves every month (so FX has something to show). */
  static final RevenueOptions IN_EUROS = RevenueOptions.of(Contracts.scope().reportingCurrency(Money.currency("EUR"))
      .exchangeRates(euroRates()).build());
  static final List<Period> RANGE = RevenueProperties.months(LocalDate.parse("2026-01-01"), 30);

  /** One thing that happens between two runs. */
  sealed interface Step permits Add, Remove, Replace, LateCreditNote, Reject, Close {}

  record Add(Contract contract) implements Step {}

  record Remove(int which) implements Step {}

  /** The contract of that id becomes another one altogether (its terms edited in the source system). */
  record Replace(int which, Contract contract) implements Step {}

  record LateCreditNote(int which, int percent, int daysAfterInvoice) implements Step {}

  /** The contract can no longer be scheduled (a credit note of an invoice it does not have). */
  record Reject(int which) implements Step {}

  record Close(int months) implements Step {}

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Contract> contracts = ContractArbitraryProvider.contracts();
    Arbitrary<Integer> which = Arbitraries.integers().between(0, 7);
    Arbitrary<Step> step = Arbitraries.oneOf(contracts.map(Add::new), which.map(Remove::new),
        Combinators.combine(which, contracts).as(Replace::new),
        Combinators.combine(which, Arbitraries.integers().between(1, 100), Arbitraries.integers().between(0, 200))
            .as(LateCreditNote::new), which.map(Reject::new),
        Arbitraries.integers().between(1, 4).map(Close::new), Arbitraries.integers().between(1, 4).map(Close::new));
    return step.list().ofMinSize(2).ofMaxSize(10);
  }

  static ExchangeRateTable euroRates() {
    List<ExchangeRate> rates = new ArrayList<>();
    for (int m = 0; m < 48; m++) {
      rates.add(ExchangeRate.builder().from(Money.currency("USD")).to(Money.currency("EUR"))
          .effectiveFrom(LocalDate.parse("2025-06-01").plusMonths(m))
          .rate(new BigDecimal("0.8").add(BigDecimal.valueOf(m % 7, 2))).build());
    }
    return ExchangeRateTable.of(rates.toArray(ExchangeRate[]::new));
  }

  @Property(tries = 100)
  void a_closed_periods_figures_never_change_in_any_report(@ForAll @net.jqwik.api.constraints.Size(min = 1, max = 4)
      List<Contract> first, @ForAll("steps") List<Step> steps, @ForAll boolean inEuros) throws JsonProcessingException {
    RevenueOptions options = inEuros ? IN_EUROS : MONTHS;
    Map<String, Contract> input = new LinkedHashMap<>();
    for (Contract c : first) {
      String id = "K" + input.size();
      input.put(id, copy(c, id));
    }
    ClosedBooks books = ClosedBooks.none();
    LocalDate closedBefore = LocalDate.parse("2026-02-01");
    Map<Period, Object> asClosed = new TreeMap<>();
    int added = 0;
    for (Step step : steps) {
      List<String> ids = new ArrayList<>(input.keySet());
      String id = ids.isEmpty() ? null : ids.get(pick(step, ids.size()));
      if (step instanceof Add a) {
        input.put("N" + added, copy(a.contract(), "N" + added++));
      } else if (step instanceof Close c) {
        closedBefore = books.batches().isEmpty() ? closedBefore : closedBefore.plusMonths(c.months());
        Map<Period, Object> before = reports(input.values(), books, options);
        Closing closing = books.closing(closedBefore, "close " + (books.batches().size() + 1), options);
        for (ContractSchedule s : schedules(input.values(), books, options)) {
          closing.add(s);
        }
        books = JSON.readValue(JSON.writeValueAsString(closing.result()), ClosedBooks.class);   // as the CLI keeps them
        for (Period p : RANGE) {
          if (PeriodFigures.closed(p, closedBefore) && !asClosed.containsKey(p)) {
            asClosed.put(p, before.get(p));
          }
        }
      } else if (id != null) {
        if (step instanceof Remove) {
          input.remove(id);
        } else if (step instanceof Replace r) {
          input.put(id, copy(r.contract(), id));
        } else if (step instanceof LateCreditNote n) {
          input.put(id, lateCreditNote(input.get(id), n));
        } else {
          input.put(id, rejected(input.get(id)));
        }
      }
      Map<Period, Object> now = reports(input.values(), books, options);
      for (Map.Entry<Period, Object> e : asClosed.entrySet()) {
        assertEquals(e.getValue(), now.get(e.getKey()), "period " + e.getKey().label() + " after " + step);
      }
    }
  }

  private static int pick(Step step, int size) {
    int which = step instanceof Remove r ? r.which() : step instanceof Replace r ? r.which()
        : step instanceof LateCreditNote n ? n.which() : step instanceof Reject r ? r.which() : 0;
    return which % size;
  }

  /** The schedule of every contract that can be scheduled, and of every other contract the books hold. */
  static List<ContractSchedule> schedules(Iterable<Contract> input, ClosedBooks books, RevenueOptions options) {
    List<ContractSchedule> out = new ArrayList<>();
    List<String> scheduled = new ArrayList<>();
    for (Contract c : input) {
      try {
        out.add(RevenueSchedule.of(c, options, books));
        scheduled.add(c.id());
      } catch (InvalidValueException e) {
        // rejected: the books still hold what it posted
      }
    }
    for (String id : books.contracts()) {
      if (!scheduled.contains(id)) {
        out.add(books.schedule(id));
      }
    }
    return out;
  }

  /** What every report shows of each period: schedule totals, roll-forward, bridge, close, waterfall. */
  static Map<Period, Object> reports(Iterable<Contract> input, ClosedBooks books, RevenueOptions options) {
    List<ContractSchedule> schedules = schedules(input, books, options);
    ScheduleTotals totals = new ScheduleTotals(options, RANGE);
    RevenueRollForward rollForward = new RevenueRollForward(options, RANGE);
    RevenueWaterfall waterfall = new RevenueWaterfall(options, RANGE, 1000);
    schedules.forEach(s -> {
      totals.add(s);
      rollForward.add(s);
      waterfall.add(s);
    });
    ScheduleTotalsResult t = totals.result();
    RollForward rf = rollForward.result();
    RevenueWaterfallResult w = waterfall.result();
    Map<Period, Object> out = new TreeMap<>();
    for (int i = 0; i < RANGE.size(); i++) {
      Period p = RANGE.get(i);
      int at = i;
      RevenueBridge bridge = new RevenueBridge(options, p, 1000);
      PeriodClose close = new PeriodClose(options, p);
      schedules.forEach(s -> {
        bridge.add(s);
        close.add(s);
      });
      // a currency with nothing in the period may show as a row of zeros: only amounts are compared
      BridgeResult b = bridge.result();
      out.put(p, List.of(t.rows().stream().filter(r -> r.period().equals(p)).toList(),
          t.functional().stream().filter(r -> r.period().equals(p)).toList(),
          rf.rows().stream().filter(r -> r.period().equals(p)).toList(),
          b.totals().stream().filter(x -> x.lines().stream().anyMatch(l -> !l.amount().isZero())).toList(),
          b.contractLines(), close.result().positions(),
          w.totals().stream().map(r -> r.perPeriod().get(at)).filter(m -> !m.isZero()).toList(),
          w.bookings().stream().filter(r -> !r.perPeriod().get(at).isZero())
              .map(r -> r.contractId().orElseThrow() + " " + r.perPeriod().get(at)).sorted().toList()));
    }
    return out;
  }

  static Contract copy(Contract c, String id) {
    return builder(c, id).build();
  }

  static Contract.Builder builder(Contract c, String id) {
    return Contract.builder().id(id).customer(c.customer()).currency(c.currency()).bookingDate(c.bookingDate())
        .transactionPrice(c.transactionPrice()).addAllObligations(c.obligations()).billing(c.billing())
        .residualPolicy(c.residualPolicy()).addAllModifications(c.modifications()).addAllCreditNotes(c.creditNotes())
        .addAllPayments(c.payments());
  }

  /** A credit note on the first invoice, entered late (it may exceed a re-spread invoice: then the contract is rejected). */
  static Contract lateCreditNote(Contract c, LateCreditNote n) {
    if (c.transactionPrice().isZero() || c.creditNotes().stream().anyMatch(x -> x.id().equals("LATE"))) {
      return c;
    }
    boolean custom = c.billing().kind() == BillingPlan.Kind.CUSTOM;
    long invoiced = custom ? c.billing().invoices().get(0).amount().getAmountMinor()
        : c.transactionPrice().getAmountMinor();
    return builder(c, c.id()).addCreditNotes(CreditNote.builder().id("LATE").invoiceId(c.id() + "-1")
        .date(c.billing().dates().get(0).plusDays(n.daysAfterInvoice()))
        .amount(ContractArbitraryProvider.usd(Math.max(1, invoiced * n.percent() / 100)))
        .treatment(Treatment.CUMULATIVE_CATCH_UP).build()).build();
  }

  static Contract rejected(Contract c) {
    if (c.creditNotes().stream().anyMatch(x -> x.id().equals("BAD"))) {
      return c;
    }
    return builder(c, c.id()).addCreditNotes(CreditNote.builder().id("BAD").invoiceId("NO-SUCH-INVOICE")
        .date(c.bookingDate()).amount(ContractArbitraryProvider.usd(1)).build()).build();
  }
}
