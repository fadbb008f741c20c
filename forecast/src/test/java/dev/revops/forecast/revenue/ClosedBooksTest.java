package dev.revops.forecast.revenue;

import static dev.revops.forecast.revenue.Contracts.contract;
import static dev.revops.forecast.revenue.Contracts.date;
import static dev.revops.forecast.revenue.Contracts.days;
import static dev.revops.forecast.revenue.Contracts.line;
import static dev.revops.forecast.revenue.Contracts.usd;
import static dev.revops.forecast.revenue.RevenueReportsTest.month;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.revops.core.json.RevopsJson;
import dev.revops.core.money.Money;
import dev.revops.core.period.PeriodKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The books by hand. A: USD 1,200 for 2026, 100 a month, billed 300 each quarter in advance from 1
 * January. B: USD 600 booked 20 January, a licence delivered 1 March (300) and support February to
 * July (50 a month), billed 600 up front.
 */
class ClosedBooksTest {
  static final RevenueOptions MONTHS = Contracts.months();
  static final ObjectMapper JSON = RevopsJson.mapper();

  static Contract a() {
    return contract("A", usd("1200.00"), "2026-01-01",
        BillingPlan.periodic(date("2026-01-01"), BillingInterval.QUARTERLY, 4, BillingTiming.IN_ADVANCE),
        line("Y", usd("1200.00"), days("2026-01-01", "2026-12-31"), RecognitionPattern.ratable(
            RatableConvention.MONTHLY_EVEN))).build();
  }

  static Contract b() {
    return contract("B", usd("600.00"), "2026-01-20",
        line("LIC", usd("400.00"), days("2026-03-01", "2026-03-01"), RecognitionPattern.pointInTime()),
        line("SUP", usd("400.00"), days("2026-02-01", "2026-07-31"), RecognitionPattern.ratable(
            RatableConvention.MONTHLY_EVEN))).build();
  }

  /** Closes the books with these contracts as they stand, scheduled against them. */
  static ClosedBooks close(ClosedBooks books, String date, Contract... contracts) {
    Closing c = books.closing(date(date), "close before " + date, MONTHS);
    for (Contract x : contracts) {
      c.add(RevenueSchedule.of(x, MONTHS, books));
    }
    return c.result();
  }

  static List<String> postings(BooksBatch b) {
    return b.postings().stream().map(p -> String.join(" ", p.contract(), p.kind().name(), p.period(),
        p.obligation().orElse("-"), p.source().map(Enum::name).orElse("-"), p.reference().orElse("-"),
        p.amount().toString())).toList();
  }

  @Test
  void a_close_posts_every_figure_of_the_months_it_closes() {
    ClosedBooks books = close(ClosedBooks.none(), "2026-03-01", a(), b());
    BooksBatch batch = books.batches().get(0);
    assertEquals(List.of(
        "A BOOKING 2026-01 - - 2026-01-01 USD 1200.00",
        "A CONTRACT_VALUE 2026-01 - - - USD 1200.00",
        "A REVENUE 2026-01 Y BASE - USD 100.00",
        "A BILLING 2026-01 - - - USD 300.00",
        "A REVENUE 2026-02 Y BASE - USD 100.00",
        "B BOOKING 2026-01 - - 2026-01-20 USD 600.00",
        "B NOT_YET_STARTED 2026-01 - - - USD 600.00",     // support starts 1 February, the licence 1 March
        "B CONTRACT_VALUE 2026-01 - - - USD 600.00",
        "B BILLING 2026-01 - - - USD 600.00",
        "B REVENUE 2026-02 SUP BASE - USD 50.00"), postings(batch));
    assertEquals(List.of("A BOOKING USD 1200.00", "A CONTRACT_VALUE USD 1200.00", "A REVENUE USD 200.00",
        "A BILLING USD 300.00", "B BOOKING USD 600.00", "B NOT_YET_STARTED USD 600.00", "B CONTRACT_VALUE USD 600.00",
        "B REVENUE USD 50.00", "B BILLING USD 600.00"), batch.balances().stream()
        .map(x -> x.contract() + " " + x.kind() + " " + x.amount()).toList());
    assertEquals(1, batch.sequence());
    assertEquals(BooksBatch.NO_DIGEST, batch.previous());
    assertEquals(date("2026-03-01"), books.closedBefore());
    assertEquals(List.of("A", "B"), List.copyOf(books.contracts()));
  }

  @Test
  void a_closing_counts_the_postings_it_holds_as_contracts_are_added_so_a_caller_can_bound_it() {
    // by hand, from the postings above: A has five up to March (booking, value, billing, two revenues), B five
    Closing march = ClosedBooks.none().closing(date("2026-03-01"), "February", MONTHS);
    assertEquals(0, march.postings());
    march.add(RevenueSchedule.of(a(), MONTHS, ClosedBooks.none()));
    assertEquals(5, march.postings());
    Closing other = ClosedBooks.none().closing(date("2026-03-01"), "February", MONTHS);
    other.add(RevenueSchedule.of(b(), MONTHS, ClosedBooks.none()));
    assertEquals(10, march.merge(other).postings());
    assertEquals(10, march.result().batches().get(0).postings().size());
  }

  @Test
  void the_digests_are_sha256_of_the_documented_canonical_text() {
    ClosedBooks books = close(ClosedBooks.none(), "2026-02-01", a());
    BooksBatch first = books.batches().get(0);
    // worked out from the canonical text of BooksBatch's Javadoc with another SHA-256 implementation
    ClosedBooks signed = ClosedBooks.of(resign(List.of(batch(first, "January close", first.postings(),
        first.previous(), first.digest()))));
    assertEquals(List.of("65ddfb417b6a7fa3abe3d76a50324f3dbc3056174da1c42d5c66b49f8db73877",
        "ba1ae1db72427c009401278c1e6eded76a0062fcf3ac2637fe1ad2388400e142",
        "45923ab91ee3c5274ddae7e17e9ad5921097a1f4ff0b00b069e9dd483f3cd0e8",
        "ed4c1a48c6c385fdf173b050a1728825474bb9bbadedab3c631689bd03e3cddd"),
        signed.batches().get(0).postings().stream().map(Posting::digest).toList());
    assertEquals("50be5fcbd82cb5c6cc1797f7f95266bc75a3fb5dee7f0d8e1895ef168f39c913",
        signed.batches().get(0).digest());
    Closing january = ClosedBooks.none().closing(date("2026-02-01"), "January close", MONTHS);
    january.add(RevenueSchedule.of(a(), MONTHS));
    assertEquals(signed, january.result(), "a close writes the same digests");
  }

  @Test
  void json_formatting_and_key_order_do_not_change_the_digests() throws Exception {
    ClosedBooks books = close(close(ClosedBooks.none(), "2026-02-01", a(), b()), "2026-03-01", a(), b());
    String compact = RevopsJson.mapper().writeValueAsString(books);
    JsonNode reordered = reverseKeys(JSON.readTree(compact));
    ClosedBooks back = JSON.treeToValue(reordered, ClosedBooks.class);
    assertEquals(books, back);
    assertTrue(compact.startsWith("{\"format\":\"revops-books/1\",\"batches\":["), compact.substring(0, 60));
  }

  private static JsonNode reverseKeys(JsonNode node) {
    if (node.isObject()) {
      ObjectNode out = JSON.createObjectNode();
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
      fields.addAll(node.properties());
      for (int i = fields.size() - 1; i >= 0; i--) {
        out.set(fields.get(i).getKey(), reverseKeys(fields.get(i).getValue()));
      }
      return out;
    }
    if (node.isArray()) {
      var out = JSON.createArrayNode();
      node.forEach(x -> out.add(reverseKeys(x)));
      return out;
    }
    return node;
  }

  // ---- what loading refuses

  /** Two closes of A and B: January (batch 1), then February (batch 2: A's and B's February revenue). */
  static List<BooksBatch> twoCloses() {
    return close(close(ClosedBooks.none(), "2026-02-01", a(), b()), "2026-03-01", a(), b()).batches();
  }

  static InvalidBooksException refused(List<BooksBatch> batches) {
    return assertThrows(InvalidBooksException.class, () -> ClosedBooks.of(batches));
  }

  static List<BooksBatch> withPostings(List<BooksBatch> batches, int batch, UnaryOperator<List<Posting>> edit) {
    List<BooksBatch> out = new ArrayList<>(batches);
    BooksBatch b = out.get(batch - 1);
    out.set(batch - 1, batch(b, b.note(), edit.apply(new ArrayList<>(b.postings())), b.previous(), b.digest()));
    return out;
  }

  static Posting withAmount(Posting p, Money amount) {
    return posting(p, p.period(), amount, p.digest());
  }

  /** A copy of a posting with another period, amount and digest (the builders set each field once). */
  static Posting posting(Posting p, String period, Money amount, String digest) {
    return new Posting.Builder().contract(p.contract()).kind(p.kind()).period(period).obligation(p.obligation())
        .source(p.source()).reference(p.reference()).amount(amount).digest(digest).build();
  }

  /** A copy of a batch with another note, postings, previous digest and digest. */
  static BooksBatch batch(BooksBatch b, String note, List<Posting> postings, String previous, String digest) {
    return new BooksBatch.Builder().sequence(b.sequence()).closedBefore(b.closedBefore()).note(note)
        .periodKind(b.periodKind()).fiscalYearStart(b.fiscalYearStart()).functionalCurrency(b.functionalCurrency())
        .previous(previous).addAllPostings(postings).addAllBalances(b.balances()).digest(digest).build();
  }

  @Test
  void an_edited_amount_is_refused_naming_its_batch_and_entry() {
    List<BooksBatch> books = twoCloses();
    assertEquals(List.of("A REVENUE 2026-02 Y BASE - USD 100.00", "B REVENUE 2026-02 SUP BASE - USD 50.00"),
        postings(books.get(1)));
    InvalidBooksException e = refused(withPostings(books, 2, ps -> {
      ps.set(1, withAmount(ps.get(1), usd("5.00")));
      return ps;
    }));
    assertEquals(2, e.batch());
    assertEquals(OptionalInt.of(2), e.entry());
    assertEquals("batch 2 (closed before 2026-03-01): entry 2 (B REVENUE 2026-02 SUP BASE USD 5.00) does not match "
        + "its digest: the entry was edited, or one before it inserted, removed or moved", e.getMessage());
  }

  @Test
  void a_duplicated_entry_is_refused_naming_the_copy() {
    InvalidBooksException e = refused(withPostings(twoCloses(), 1, ps -> {
      ps.add(3, ps.get(2));
      return ps;
    }));
    assertEquals(OptionalInt.of(4), e.entry());
    assertEquals("batch 1 (closed before 2026-02-01): entry 4 (A REVENUE 2026-01 Y BASE USD 100.00): repeats entry 3 "
        + "(the same contract, kind, period, obligation, source and reference); and the entry does not match its "
        + "digest (it was edited)", e.getMessage());
  }

  @Test
  void a_wrong_currency_is_refused_naming_the_contracts_currency() {
    InvalidBooksException e = refused(withPostings(twoCloses(), 2, ps -> {
      ps.set(0, withAmount(ps.get(0), Money.parse("EUR 100.00")));
      return ps;
    }));
    assertEquals("batch 2 (closed before 2026-03-01): entry 1 (A REVENUE 2026-02 Y BASE EUR 100.00): currency EUR is "
        + "not the contract's currency USD (booked in batch 1, entry 1); and the entry does not match its digest (it "
        + "was edited)", e.getMessage());
  }

  @Test
  void a_broken_chain_is_refused_where_it_breaks() {
    List<BooksBatch> books = twoCloses();
    // an entry removed from the middle of a batch: the next entry no longer follows
    InvalidBooksException removed = refused(withPostings(books, 1, ps -> {
      ps.remove(2);
      return ps;
    }));
    assertEquals(1, removed.batch());
    assertEquals(OptionalInt.of(3), removed.entry());
    // batch 1 rewritten and re-signed whole (a new note): batch 2 no longer follows it
    BooksBatch first = books.get(0);
    List<BooksBatch> rewritten = new ArrayList<>(resign(List.of(batch(first, "closed again", first.postings(),
        first.previous(), first.digest()))));
    rewritten.add(books.get(1));
    InvalidBooksException chain = refused(rewritten);
    assertEquals(2, chain.batch());
    assertEquals(OptionalInt.empty(), chain.entry());
    assertTrue(chain.getMessage().startsWith("batch 2 (closed before 2026-03-01): its previous digest "
        + books.get(0).digest().substring(0, 12) + "... is not batch 1's digest "), chain.getMessage());
    // a batch removed
    InvalidBooksException gone = refused(List.of(books.get(1)));
    assertEquals("batch 1 (closed before 2026-03-01): is numbered 2: a batch before it was removed, added or moved",
        gone.getMessage());
  }

  @Test
  void re_signed_books_are_still_held_to_every_invariant() {
    List<BooksBatch> books = twoCloses();
    // a forger who recomputes every digest still cannot post into a month another batch closed
    Posting first = books.get(1).postings().get(0);
    Posting january = posting(first, "2026-01", first.amount(), first.digest());
    InvalidBooksException outside = refused(resign(withPostings(books, 2, ps -> {
      ps.set(0, january);
      return ps;
    })));
    assertEquals("batch 2 (closed before 2026-03-01): entry 1 (A REVENUE 2026-01 Y BASE USD 100.00): period 2026-01 "
        + "is not one this batch closes (those ending after 2026-02-01 and on or before 2026-03-01)",
        outside.getMessage());
    // nor change an amount without the contract's balance showing it
    InvalidBooksException balance = refused(resign(withPostings(books, 2, ps -> {
      ps.set(0, withAmount(ps.get(0), usd("90.00")));
      return ps;
    })));
    assertEquals("batch 2 (closed before 2026-03-01): balance 1 (A REVENUE USD 200.00): the postings to date sum to "
        + "USD 190.00", balance.getMessage());
    // nor book a contract twice
    Posting booking = books.get(0).postings().get(0);
    InvalidBooksException twice = refused(resign(withPostings(books, 2, ps -> {
      ps.add(0, posting(booking, "2026-02", booking.amount(), booking.digest()));
      return ps;
    })));
    assertEquals("batch 2 (closed before 2026-03-01): entry 1 (A BOOKING 2026-02 USD 1200.00): books the contract a "
        + "second time (it was booked in batch 1, entry 1)", twice.getMessage());
  }

  @Test
  void books_of_another_format_are_refused() {
    ObjectNode tree = JSON.valueToTree(ClosedBooks.of(twoCloses()));
    tree.put("format", "revops-books/2");
    Exception e = assertThrows(Exception.class, () -> JSON.treeToValue(tree, ClosedBooks.class));
    assertTrue(e.getCause() instanceof InvalidBooksException, e.toString());
    assertEquals("the books are in format 'revops-books/2'; this release reads revops-books/1",
        e.getCause().getMessage());
  }

  // ---- closing

  @Test
  void closing_backwards_or_again_at_the_same_date_is_refused_in_one_line() {
    ClosedBooks books = close(ClosedBooks.none(), "2026-03-01", a());
    IllegalArgumentException back = assertThrows(IllegalArgumentException.class,
        () -> books.closing(date("2026-02-01"), "again", MONTHS));
    assertEquals("the books are closed before 2026-03-01; closing before 2026-02-01 would go backwards: a new close "
        + "must be after it", back.getMessage());
    IllegalArgumentException same = assertThrows(IllegalArgumentException.class,
        () -> books.closing(date("2026-03-01"), "again", MONTHS));
    assertEquals("the books are already closed before 2026-03-01: a new close must be after it", same.getMessage());
    IllegalArgumentException quarters = assertThrows(IllegalArgumentException.class,
        () -> books.closing(date("2026-07-01"), "Q2", RevenueOptions.of(Contracts.scope().periodKind(PeriodKind.QUARTER).build())));
    assertEquals("the books are kept in MONTH periods (fiscal year from JANUARY), functional currency none; these "
        + "options have QUARTER periods (fiscal year from JANUARY), functional currency none: report and close the "
        + "books with their own", quarters.getMessage());
    assertThrows(IllegalArgumentException.class, () -> books.closing(date("2026-04-01"), " ", MONTHS));
  }

  @Test
  void a_close_refuses_a_contract_twice_and_a_schedule_not_computed_against_the_books() {
    ClosedBooks books = close(ClosedBooks.none(), "2026-02-01", a());
    Closing march = books.closing(date("2026-03-01"), "February", MONTHS);
    march.add(RevenueSchedule.of(a(), MONTHS, books));
    assertThrows(IllegalArgumentException.class, () -> march.add(RevenueSchedule.of(a(), MONTHS, books)));
    Contract late = contract("A", usd("1200.00"), "2026-01-01", a().obligations().toArray(PerformanceObligation[]::new))
        .build();
    Closing other = books.closing(date("2026-03-01"), "February", MONTHS);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> other.add(RevenueSchedule.of(late, MONTHS)));
    assertEquals("the schedule of contract A was not computed against these books and their options: its billing in "
        + "2026-01 is USD 1200.00, the books posted USD 300.00", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> march.merge(march));
  }

  @Test
  void a_contract_missing_from_a_later_close_keeps_its_postings_and_its_months() {
    ClosedBooks february = close(ClosedBooks.none(), "2026-03-01", a(), b());
    ClosedBooks march = close(february, "2026-04-01", a());   // B is no longer in the input
    assertEquals(february.batches().get(0), march.batches().get(0));
    assertEquals(List.of("A REVENUE 2026-03 Y BASE - USD 100.00"), postings(march.batches().get(1)));
    assertEquals(List.of("A", "B"), List.copyOf(march.contracts()));
    ContractSchedule onlyInTheBooks = march.schedule("B");
    assertTrue(onlyInTheBooks.booksOnly());
    assertEquals(List.of("2026-01 0.00 600.00 600.00", "2026-02 50.00 0.00 550.00", "2026-03 0.00 0.00 550.00"),
        onlyInTheBooks.periods().stream().map(p -> p.period().label() + " " + p.recognized().getAmount() + " "
            + p.billed().getAmount() + " " + p.deferred().getAmount()).toList());
    assertEquals(usd("600.00"), onlyInTheBooks.finalPrice());   // the contract value the books hold
    // every report of the closed months is the same with B from the books as with B itself
    List<ContractSchedule> withB = List.of(RevenueSchedule.of(a(), MONTHS, february),
        RevenueSchedule.of(b(), MONTHS, february));
    List<ContractSchedule> fromBooks = List.of(RevenueSchedule.of(a(), MONTHS, march), march.schedule("B"));
    for (String m : List.of("2026-01", "2026-02")) {
      PeriodClose before = new PeriodClose(MONTHS, month(m));
      withB.forEach(before::add);
      PeriodClose after = new PeriodClose(MONTHS, month(m));
      fromBooks.forEach(after::add);
      assertEquals(before.result(), after.result(), m);
      RevenueBridge bridgeBefore = new RevenueBridge(MONTHS, month(m), 10);
      withB.forEach(bridgeBefore::add);
      RevenueBridge bridgeAfter = new RevenueBridge(MONTHS, month(m), 10);
      fromBooks.forEach(bridgeAfter::add);
      assertEquals(bridgeBefore.result(), bridgeAfter.result(), m);
    }
    // B comes back: its March (the licence 300 and support 50), closed at zero, is corrected in April
    ContractSchedule back = RevenueSchedule.of(b(), MONTHS, march);
    assertEquals(List.of("2026-04 SUP CORRECTION USD 50.00", "2026-04 LIC CORRECTION USD 300.00"),
        back.entries().stream().filter(e -> e.source() == RevenueSource.CORRECTION)
            .map(e -> e.period() + " " + e.obligationId() + " " + e.source() + " " + e.amount()).toList());
    assertEquals(usd("400.00"), back.row(month("2026-04")).orElseThrow().recognized());   // 350 + April's 50
  }

  @Test
  void a_late_price_change_leaves_closed_months_and_their_remaining_obligations_as_posted() {
    ClosedBooks books = close(ClosedBooks.none(), "2026-03-01", a());
    // USD 120 more from 15 February, caught up as if from the start: 110 a month
    Contract raised = contract("A", usd("1200.00"), "2026-01-01",
        BillingPlan.periodic(date("2026-01-01"), BillingInterval.QUARTERLY, 4, BillingTiming.IN_ADVANCE),
        a().obligations().toArray(PerformanceObligation[]::new))
        .addModifications(ContractModification.builder().id("UP").effective(Instant.parse("2026-02-15T00:00:00Z"))
            .kind(ContractModification.Kind.PRICE_CHANGE).treatment(Treatment.CUMULATIVE_CATCH_UP)
            .priceChange(usd("120.00")).build()).build();
    ContractSchedule s = RevenueSchedule.of(raised, MONTHS, books);
    SchedulePeriod feb = s.row(month("2026-02")).orElseThrow();
    assertEquals(usd("100.00"), feb.recognized());        // as posted (220 by February's end, had it been known)
    assertEquals(usd("1200.00"), feb.contractValue());    // as posted
    SchedulePeriod mar = s.row(month("2026-03")).orElseThrow();
    assertEquals(usd("130.00"), mar.recognized());        // 110 + the correction of 20
    assertEquals(usd("1320.00"), mar.contractValue());    // the price change corrected here
    PeriodClose close = new PeriodClose(MONTHS, month("2026-02"));
    close.add(s);
    assertEquals(usd("1000.00"), close.result().positions().get(0).remaining());   // 1,200 - 200, as at the close
    PeriodClose march = new PeriodClose(MONTHS, month("2026-03"));
    march.add(s);
    assertEquals(usd("990.00"), march.result().positions().get(0).remaining());    // 1,320 - 330
  }

  @Test
  void a_contract_that_reaches_the_books_after_its_booking_month_closed_is_booked_in_the_first_open_month() {
    ClosedBooks books = close(ClosedBooks.none(), "2026-03-01", a());
    Contract late = contract("C", usd("300.00"), "2026-02-10", line("S", usd("300.00"),
        days("2026-02-01", "2026-04-30"), RecognitionPattern.ratable(RatableConvention.MONTHLY_EVEN))).build();
    ContractSchedule s = RevenueSchedule.of(late, MONTHS, books);
    assertEquals(month("2026-03"), s.bookingPeriod());
    SchedulePeriod mar = s.periods().get(0);
    assertEquals("2026-03 300.00 200.00 300.00 300.00", mar.period() + " " + mar.booked().getAmount() + " "
        + mar.recognized().getAmount() + " " + mar.billed().getAmount() + " " + mar.contractValue().getAmount());
    PeriodClose feb = new PeriodClose(MONTHS, month("2026-02"));
    feb.add(RevenueSchedule.of(a(), MONTHS, books));
    feb.add(s);
    assertEquals(1, feb.result().positions().get(0).contracts());   // February's close is as it was: A alone
    RevenueBridge bridge = new RevenueBridge(MONTHS, month("2026-03"), 5);
    bridge.add(s);
    BridgeTotal t = bridge.result().totals().get(0);
    assertEquals(usd("300.00"), t.amount(BridgeReason.BOOKINGS));
    assertEquals(usd("200.00"), t.amount(BridgeReason.DEFERRED_TO_LATER_PERIODS));   // 300 - 100 recognized in March
    assertEquals(usd("100.00"), t.amount(BridgeReason.CORRECTIONS));                 // February's 100
    assertEquals(usd("200.00"), t.revenue());
  }

  @Test
  void books_kept_in_a_functional_currency_post_its_figures_and_keep_them_for_a_contract_gone() {
    RevenueOptions inUsd = Contracts.inDollars();
    Contract eu = Contracts.euros().build();
    Closing january = ClosedBooks.none().closing(date("2026-02-01"), "January", inUsd);
    january.add(RevenueSchedule.of(eu, inUsd));
    ClosedBooks books = january.result();
    assertEquals(List.of("EU BOOKING 2026-01 - - 2026-01-01 EUR 1000.00", "EU CONTRACT_VALUE 2026-01 - - - EUR 1000.00",
        "EU REVENUE 2026-01 S BASE - EUR 250.00", "EU BILLING 2026-01 - - - EUR 1000.00",
        "EU FUNCTIONAL_REVENUE 2026-01 - - - USD 275.00", "EU FUNCTIONAL_BILLING 2026-01 - - - USD 1100.00"),
        postings(books.batches().get(0)));
    FunctionalFigures kept = books.schedule("EU").periods().get(0).functional().orElseThrow();
    assertEquals(usd("275.00"), kept.recognized());
    assertEquals(usd("1100.00"), kept.billed());
    assertThrows(IllegalArgumentException.class, () -> books.checkOptions(MONTHS));
  }

  /** Recomputes every digest (as a forger would), keeping the balances as they are. */
  static List<BooksBatch> resign(List<BooksBatch> batches) {
    List<BooksBatch> out = new ArrayList<>();
    String previous = BooksBatch.NO_DIGEST;
    for (BooksBatch b : batches) {
      String d = CanonicalForm.sha256(CanonicalForm.header(b.sequence(), previous, b));
      List<Posting> ps = new ArrayList<>();
      for (Iterator<Posting> i = b.postings().iterator(); i.hasNext();) {
        Posting p = i.next();
        d = CanonicalForm.next(d, CanonicalForm.line(p));
        ps.add(posting(p, p.period(), p.amount(), d));
      }
      BooksBatch signed = batch(b, b.note(), ps, previous, CanonicalForm.batch(d, b.balances()));
      out.add(signed);
      previous = signed.digest();
    }
    return out;
  }
}
