package dev.revops.forecast.revenue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The books example of the README ("The books"), as written there. */
class ReadmeBooksTest {
  @Test
  void the_readme_books_example_runs_as_written() {
    RevenueOptions options = Contracts.months();
    Contract a = ClosedBooksTest.a();
    List<Contract> contracts = List.of(a, ClosedBooksTest.b(), Contract.builder().id("C-9").customer("Acme")
        .currency(Money.currency("USD")).bookingDate(LocalDate.parse("2026-05-01"))
        .transactionPrice(Money.parse("USD 100.00")).addAllObligations(a.obligations())
        .billing(BillingPlan.upFront(LocalDate.parse("2026-05-01"))).build());
    Contract lateContract = Contract.builder().id("A").customer("Acme").currency(Money.currency("USD"))
        .bookingDate(a.bookingDate()).transactionPrice(a.transactionPrice()).addAllObligations(a.obligations())
        .billing(a.billing()).addModifications(ContractModification.builder().id("UP")
            .effective(Instant.parse("2026-06-01T00:00:00Z")).kind(ContractModification.Kind.PRICE_CHANGE)
            .treatment(Treatment.CUMULATIVE_CATCH_UP).priceChange(Money.parse("USD 120.00")).build()).build();

    ClosedBooks books = ClosedBooks.none();      // or read from JSON: verified as it is read
    Closing june = books.closing(LocalDate.parse("2026-07-01"), "June close, approved by the controller", options);
    for (Contract c : contracts) {
      june.add(RevenueSchedule.of(c, options, books));
    }
    ClosedBooks closed = june.result();          // one more batch; books.digest() vouches for all of them
    ContractSchedule late = RevenueSchedule.of(lateContract, options, closed);   // June as posted, the rest in July
    ContractSchedule gone = closed.schedule("C-9");   // a contract in the books, not in this input

    // June was 100; the price change from 1 June makes January to June 660: 60 corrected in July, plus July's 110
    assertEquals(Money.parse("USD 100.00"), late.row(RevenueReportsTest.month("2026-06")).orElseThrow().recognized());
    assertEquals(Money.parse("USD 170.00"), late.row(RevenueReportsTest.month("2026-07")).orElseThrow().recognized());
    assertTrue(gone.booksOnly());
    assertEquals(Money.parse("USD 100.00"), gone.finalPrice());
  }
}
