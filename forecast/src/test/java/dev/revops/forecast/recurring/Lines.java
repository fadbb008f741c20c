package dev.revops.forecast.recurring;

import dev.revops.core.money.Money;
import dev.revops.core.scope.Scope;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Short ways to write lines and histories in tests: dates are midnight UTC, amounts "USD 100.00". */
final class Lines {
  private Lines() {}

  static Instant at(String date) {
    return LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** A line from a date, open-ended. */
  static MrrLine line(String id, String customer, String monthly, String start) {
    return MrrLine.builder().id(id).customer(customer).monthly(Money.parse(monthly)).start(at(start)).build();
  }

  /** A line from a date until a date (exclusive). */
  static MrrLine line(String id, String customer, String monthly, String start, String end) {
    return MrrLine.builder().id(id).customer(customer).monthly(Money.parse(monthly)).start(at(start)).end(at(end))
        .build();
  }

  /** The histories of some lines, one per customer. */
  static List<CustomerHistory> histories(MrrLine... lines) {
    Map<String, List<MrrLine>> by = Arrays.stream(lines).collect(Collectors.groupingBy(MrrLine::customer,
        TreeMap::new, Collectors.toList()));
    List<CustomerHistory> out = new ArrayList<>();
    by.forEach((c, ls) -> out.add(CustomerHistory.of(c, ls)));
    return out;
  }

  /** Monthly options from a date, as of a date, in UTC. */
  static RecurringOptions monthly(String from, String asOf, String... groupBy) {
    return RecurringOptions.builder().scope(Scope.asOf(LocalDate.parse(asOf))).from(LocalDate.parse(from))
        .addGroupBy(groupBy).build();
  }

  static Money usd(String amount) {
    return Money.parse("USD " + amount);
  }
}
