package dev.revops.forecast.recurring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.aggregate.AccumulatorContract;
import dev.revops.core.money.Money;
import dev.revops.core.scope.Scope;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The invariants of movements over any generated history: the identity per row, one movement per
 * customer and period, rows adding up to totals, each closing the next opening, and the accumulator
 * contract (any split merged in any order equals one pass).
 */
class MovementProperties implements AccumulatorContract<CustomerHistory, MovementsResult, MrrMovements> {
  /** Monthly from January to an as-of inside July (so the last month is incomplete), by segment and product. */
  static final RecurringOptions GROUPED = RecurringOptions.builder()
      .scope(Scope.builder().asOf(LocalDate.parse("2026-07-17"), ZoneId.of("Europe/Paris")).build())
      .from(LocalDate.parse("2026-01-01")).addGroupBy("segment", "product").build();

  @Override
  public MrrMovements empty() {
    return new MrrMovements(GROUPED);
  }

  @Provide
  Arbitrary<List<CustomerHistory>> records() {
    return RecurringArbitraryProvider.histories();
  }

  static MovementsResult run(RecurringOptions options, List<CustomerHistory> histories) {
    MrrMovements m = new MrrMovements(options);
    histories.forEach(m::add);
    return m.result();
  }

  @Property(tries = 200)
  void the_mrr_identity_holds_exactly_on_every_row_and_total(@ForAll("records") List<CustomerHistory> histories) {
    MovementsResult r = run(GROUPED, histories);
    for (MovementRow row : r.rows()) {
      identity(row);
    }
    for (MovementRow row : r.totals()) {
      identity(row);
    }
  }

  private static void identity(MovementRow row) {
    Money movements = row.newBusiness().plus(row.reactivation()).plus(row.expansion()).minus(row.contraction())
        .minus(row.churn());
    assertEquals(row.closing().minus(row.opening()), movements, row.toString());
    assertEquals(row.customersAtClose(), row.customersAtOpen() + row.newCustomers() + row.reactivatedCustomers()
        - row.churnedCustomers());
  }

  @Property(tries = 200)
  void each_customer_is_in_exactly_one_movement_per_period_and_the_rows_are_their_sums(
      @ForAll("records") List<CustomerHistory> histories) {
    MrrMovements m = new MrrMovements(GROUPED);
    Map<String, long[]> fromCustomers = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (CustomerHistory h : histories) {
      for (CustomerMovement c : m.classify(h)) {
        String unit = c.customer() + "|" + c.closing().getCurrencyCode() + "|" + c.group() + "|" + c.period().label();
        assertTrue(seen.add(unit), "one movement per customer, currency, product and period: " + unit);
        long[] sums = fromCustomers.computeIfAbsent(c.period().label() + "|" + c.closing().getCurrencyCode() + "|"
            + c.group(), k -> new long[MovementKind.values().length + 2]);
        sums[c.kind().ordinal()] += c.amount().getAmountMinor();
        sums[MovementKind.values().length] += c.opening().getAmountMinor();
        sums[MovementKind.values().length + 1] += 1;
        if (c.kind() == MovementKind.UNCHANGED) {
          assertTrue(c.amount().isZero() && c.opening().equals(c.closing()), "unchanged is the same at both ends");
        } else {
          assertTrue(c.amount().isPositive(), "a movement moves: " + c);
        }
      }
      m.add(h);
    }
    MovementsResult r = m.result();
    for (MovementRow row : r.rows()) {
      long[] s = fromCustomers.get(row.period().label() + "|" + row.currency().getCurrencyCode() + "|" + row.group());
      assertEquals(row.newBusiness().getAmountMinor(), s[MovementKind.NEW.ordinal()]);
      assertEquals(row.reactivation().getAmountMinor(), s[MovementKind.REACTIVATION.ordinal()]);
      assertEquals(row.expansion().getAmountMinor(), s[MovementKind.EXPANSION.ordinal()]);
      assertEquals(row.contraction().getAmountMinor(), s[MovementKind.CONTRACTION.ordinal()]);
      assertEquals(row.churn().getAmountMinor(), s[MovementKind.CHURN.ordinal()]);
      assertEquals(row.opening().getAmountMinor(), s[MovementKind.values().length]);
      long customers = row.newCustomers() + row.reactivatedCustomers() + row.expandedCustomers()
          + row.contractedCustomers() + row.churnedCustomers() + row.unchangedCustomers() + row.inAndOutCustomers();
      assertEquals(s[MovementKind.values().length + 1], customers, "each customer in exactly one kind");
    }
  }

  @Property(tries = 150)
  void groups_add_up_to_totals_and_each_closing_is_the_next_opening(@ForAll("records") List<CustomerHistory> histories) {
    MovementsResult r = run(GROUPED, histories);
    Map<String, Money[]> sums = new HashMap<>();
    for (MovementRow row : r.rows()) {
      Money[] s = sums.computeIfAbsent(row.period().label() + row.currency(), k -> new Money[] {
          Money.zero(row.currency()), Money.zero(row.currency())});
      s[0] = s[0].plus(row.opening());
      s[1] = s[1].plus(row.closing());
    }
    for (MovementRow t : r.totals()) {
      Money[] s = sums.get(t.period().label() + t.currency());
      assertEquals(t.opening(), s[0]);
      assertEquals(t.closing(), s[1]);
    }
    Map<String, Money> closings = new HashMap<>();
    for (MovementRow t : r.totals()) {
      Money previous = closings.get(t.currency() + "@" + t.period().start());
      if (previous != null) {
        assertEquals(previous, t.opening(), "closing of the month before is this opening");
      }
      closings.put(t.currency() + "@" + t.period().end(), t.closing());
    }
  }
}
