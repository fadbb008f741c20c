package dev.revops.core.io;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.money.Money;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * A reference table joined to deals by key, part of a {@link ColumnMapping}: the deal's
 * {@link #on()} field (its owner, say) is looked up in the table's {@link #key()} column, and the
 * matching row's columns become attributes of the deal. Optionally the row's {@link #price()}
 * becomes the amount of an open deal that has none (a list price): a won or lost deal's amount is
 * what was booked and is never filled from a list.
 *
 * <p>A join applies only when the importer is given its table ({@link DealCsvImporter#withTable});
 * the import report says, per join, how many deals matched, how many had no row in the table,
 * and how many amounts came from the list.
 *
 * <pre>{@code
 * ReferenceJoin teams = ReferenceJoin.builder().table("sales_teams").on("owner").key("sales_agent")
 *     .putAttributes("manager", "manager").putAttributes("regionalOffice", "regional_office").build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReferenceJoin.class)
@JsonDeserialize(as = ImmutableReferenceJoin.class)
public abstract class ReferenceJoin {
  /** The deal fields a join may look up. */
  static final List<String> KEY_FIELDS = List.of("owner", "account", "product", "segment", "source");

  /** Only the generated implementation extends this class, so every instance is validated. */
  ReferenceJoin() {}

  /**
   * The table's name, by which the importer is given it.
   *
   * @return for example {@code "sales_teams"}
   */
  public abstract String table();

  /**
   * The deal field whose value is the key: {@code owner}, {@code account}, {@code product},
   * {@code segment} or {@code source}.
   *
   * @return the field
   */
  public abstract String on();

  /**
   * The table's key column (each key at most once in the table).
   *
   * @return the column's header
   */
  public abstract String key();

  /**
   * The table's columns kept as deal attributes: attribute name to column header. A blank cell
   * leaves the attribute absent.
   *
   * @return the attribute columns
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> attributes();

  /**
   * The table's column of unit prices (plain decimals) that price open deals without an amount.
   *
   * @return the column's header, when the join prices deals
   */
  public abstract Optional<String> price();

  /**
   * The currency of {@link #price()} (required with it: a price list names its currency).
   *
   * @return an ISO 4217 code
   */
  public abstract Optional<String> priceCurrency();

  /**
   * How keys are compared.
   *
   * @return {@link KeyMatch#EXACT} by default
   */
  @Value.Default
  public KeyMatch match() {
    return KeyMatch.EXACT;
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds joins. */
  public static final class Builder extends ImmutableReferenceJoin.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("reference join " + table());
    v.text("table", table());
    v.text("key", key());
    v.check(KEY_FIELDS.contains(on()), "on", on(), "must be one of " + String.join(", ", KEY_FIELDS));
    attributes().forEach((name, column) -> {
      v.text("attributes", name);
      v.text("attributes." + name, column);
    });
    v.check(price().isPresent() == priceCurrency().isPresent(), "priceCurrency", priceCurrency().orElse("(none)"),
        "must be given with price, and only with it");
    priceCurrency().ifPresent(c -> {
      try {
        Money.currency(c);
      } catch (IllegalArgumentException e) {
        v.check(false, "priceCurrency", c, "must be an ISO 4217 currency code with a minor unit");
      }
    });
    v.throwIfInvalid();
  }
}
