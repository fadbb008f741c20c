package dev.revops.forecast.recurring;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.money.Money;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * One recurring item of a customer: a monthly amount in force from an instant (inclusive) until an
 * instant (exclusive) or for good. A customer's monthly recurring revenue (MRR) at any instant is
 * the sum of its lines in force then, per currency.
 *
 * <p>Lines come from a subscription (one line per subscription), or from a contract's recurring
 * obligation (one line per stretch of the obligation with one monthly amount, see
 * {@link ContractMrr}). {@link #product()} names the plan or product, for grouping by product;
 * {@link #attributes()} are the customer's attributes (segment, owner...) as the source wrote them.
 *
 * <p>JSON: {@code {"id": "sub_1", "customer": "cus_7", "monthly": "USD 166.67", "start":
 * "2026-01-15T00:00:00Z", "end": "2027-01-15T00:00:00Z", "product": "Gold", "attributes":
 * {"segment": "SMB"}}}.
 *
 * <pre>{@code
 * MrrLine gold = MrrLine.builder().id("sub_1").customer("cus_7").monthly(Money.parse("USD 166.67"))
 *     .start(Instant.parse("2026-01-15T00:00:00Z")).product("Gold").putAttributes("segment", "SMB")
 *     .build();
 * gold.activeAt(Instant.parse("2026-03-01T00:00:00Z"));   // true: no end
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMrrLine.class)
@JsonDeserialize(as = ImmutableMrrLine.class)
public abstract class MrrLine {
  /** Lines in a canonical order: start, end (open last), id, then the rest of the text form. */
  static final Comparator<MrrLine> ORDER = Comparator.comparing(MrrLine::start)
      .thenComparing(l -> l.end().orElse(Instant.MAX)).thenComparing(MrrLine::id)
      .thenComparing(MrrLine::toString);

  /** Only the generated implementation extends this class, so every instance is validated. */
  MrrLine() {}

  /**
   * The line's id, unique among all lines (a subscription id, or contract/obligation#stretch).
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The customer the revenue comes from.
   *
   * @return the customer's id
   */
  public abstract String customer();

  /**
   * The monthly amount while the line is in force.
   *
   * @return a positive amount; its currency is the line's currency
   */
  public abstract Money monthly();

  /**
   * The first instant the line is in force.
   *
   * @return the start, inclusive
   */
  public abstract Instant start();

  /**
   * The instant the line stops.
   *
   * @return the end, exclusive and after the start; empty while the line runs on
   */
  public abstract Optional<Instant> end();

  /**
   * The plan or product the line is for.
   *
   * @return its name, if known
   */
  public abstract Optional<String> product();

  /**
   * The customer's attributes as this line's source wrote them (segment, owner, region...).
   *
   * @return attribute name to value, sorted by name
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> attributes();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds lines. */
  public static final class Builder extends ImmutableMrrLine.Builder {
    Builder() {}
  }

  /**
   * Whether the line is in force at an instant.
   *
   * @param instant an instant
   * @return true when {@code start <= instant < end}
   */
  public boolean activeAt(Instant instant) {
    return !instant.isBefore(start()) && end().map(instant::isBefore).orElse(true);
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("MRR line " + id());
    v.text("id", id());
    v.text("customer", customer());
    v.text("product", product());
    v.check(monthly().isPositive(), "monthly", monthly(), "must be positive (a line without revenue is not recurring revenue)");
    end().ifPresent(e -> v.check(e.isAfter(start()), "end", e, "must be after start", "start is " + start()));
    attributes().forEach((k, a) -> {
      v.text("attributes", k);
      v.text("attributes." + k, a);
      v.check(!RecurringOptions.BUILT_IN_DIMENSIONS.contains(k), "attributes", k,
          "must not be named like a built-in dimension (" + String.join(", ", RecurringOptions.BUILT_IN_DIMENSIONS)
              + ")");
    });
    v.throwIfInvalid();
  }
}
