package dev.revops.forecast.recurring;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.money.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * One customer's recurring revenue through time: all of its {@link MrrLine}s, in a canonical order
 * (start, end, id). The input of every movement, retention and cohort accumulator, which each take
 * a customer once.
 *
 * <p>The customer's attributes are those of its latest line (latest start, then greatest id): the
 * segment or owner a customer has now.
 *
 * <pre>{@code
 * CustomerHistory h = CustomerHistory.of("cus_7", List.of(gold, silver));
 * h.mrrAt(Instant.parse("2026-02-01T00:00:00Z"), Money.currency("USD"));   // USD 226.67
 * h.activities();   // NEW 166.67, EXPANSION 60.00, ...
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCustomerHistory.class)
@JsonDeserialize(as = ImmutableCustomerHistory.class)
public abstract class CustomerHistory {
  /** Only the generated implementation extends this class, so every instance is validated. */
  CustomerHistory() {}

  /**
   * The customer.
   *
   * @return its id
   */
  public abstract String customer();

  /**
   * The customer's lines.
   *
   * @return at least one line, all of this customer, unique ids, in canonical order
   */
  public abstract List<MrrLine> lines();

  /**
   * A customer's history from its lines, in any order.
   *
   * @param customer the customer
   * @param lines its lines
   * @return the history
   * @throws dev.revops.core.InvalidValueException if a line is another customer's, ids repeat, or
   *     there is no line
   */
  public static CustomerHistory of(String customer, List<MrrLine> lines) {
    Objects.requireNonNull(lines, "lines");
    return new Builder().customer(customer).addAllLines(lines.stream().sorted(MrrLine.ORDER).toList()).build();
  }

  /** Builds histories (for JSON; use {@link #of}). */
  static final class Builder extends ImmutableCustomerHistory.Builder {
    Builder() {}
  }

  /**
   * The customer's attributes: those of its latest line.
   *
   * @return attribute name to value
   */
  public SortedMap<String, String> attributes() {
    return lines().stream().max(Comparator.comparing(MrrLine::start).thenComparing(MrrLine::id))
        .map(l -> (SortedMap<String, String>) new TreeMap<>(l.attributes())).orElseGet(TreeMap::new);
  }

  /**
   * The currencies the customer pays in.
   *
   * @return the currencies, by code
   */
  public Set<Currency> currencies() {
    Set<Currency> out = new TreeSet<>(Comparator.comparing(Currency::getCurrencyCode));
    lines().forEach(l -> out.add(l.monthly().getCurrency()));
    return out;
  }

  /**
   * The customer's MRR in a currency at an instant: the sum of the lines in force then.
   *
   * @param instant the instant
   * @param currency the currency
   * @return the MRR, zero when nothing is in force
   */
  public Money mrrAt(Instant instant, Currency currency) {
    Objects.requireNonNull(instant, "instant");
    Money sum = Money.zero(Objects.requireNonNull(currency, "currency"));
    for (MrrLine l : lines()) {
      if (l.monthly().getCurrency().equals(currency) && l.activeAt(instant)) {
        sum = sum.plus(l.monthly());
      }
    }
    return sum;
  }

  /**
   * Every change of the customer's MRR, one per currency and instant, classified one by one: the
   * first revenue ever is {@code NEW}, revenue after a time without is {@code REACTIVATION}, a rise
   * {@code EXPANSION}, a fall to a positive amount {@code CONTRACTION}, a fall to zero {@code CHURN}.
   * Lines that start and stop at the same instant are netted there; an instant where they cancel
   * out is no change.
   *
   * <p>Example (ChartMogul's Syncalytics): four Gold yearly plans ($2,000) is NEW 166.67, two Silver
   * monthly plans a few days later EXPANSION 60.00, cancelling them CONTRACTION 60.00, the Gold
   * plan ending CHURN 166.67, three Gold monthly plans later REACTIVATION 150.00.
   *
   * @return the changes, by currency code, then instant
   */
  public List<MrrActivity> activities() {
    List<MrrActivity> out = new ArrayList<>();
    for (Currency c : currencies()) {
      Timeline t = Timeline.of(lines().stream().filter(l -> l.monthly().getCurrency().equals(c)).toList());
      long before = 0;
      boolean paid = false;
      for (int i = 0; i < t.size(); i++) {
        long after = t.after(i);
        MovementKind kind = before == 0 ? (paid ? MovementKind.REACTIVATION : MovementKind.NEW)
            : after == 0 ? MovementKind.CHURN : after > before ? MovementKind.EXPANSION : MovementKind.CONTRACTION;
        out.add(MrrActivity.of(customer(), t.instant(i), kind, Money.ofMinor(c, Math.abs(after - before)),
            Money.ofMinor(c, after)));
        paid = true;
        before = after;
      }
    }
    return out;
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("history of customer " + customer());
    v.text("customer", customer());
    v.check(!lines().isEmpty(), "lines", 0, "must have at least one line");
    Set<String> ids = new HashSet<>();
    for (MrrLine l : lines()) {
      v.check(l.customer().equals(customer()), "lines", l.id(), "must all be the customer's", "line of " + l.customer());
      v.check(ids.add(l.id()), "lines", l.id(), "must have unique ids");
    }
    for (int i = 1; i < lines().size(); i++) {
      v.check(MrrLine.ORDER.compare(lines().get(i - 1), lines().get(i)) <= 0, "lines", lines().get(i).id(),
          "must be in canonical order (start, end, id); build with CustomerHistory.of");
    }
    v.throwIfInvalid();
  }
}
