package dev.revops.forecast.calls;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.metric.Provenance;
import dev.revops.core.money.Money;
import dev.revops.core.pipeline.ForecastCategory;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * What {@link HierarchyRollup} gives: a row per period, person, level, manager and currency, sorted,
 * and the provenance (deals counted, excluded by reason).
 *
 * <pre>{@code
 * HierarchyResult r = rollup.result();
 * r.total("2026-Q3", "bo", ForecastCategory.COMMIT, usd);   // bo's commit, his reports' included
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHierarchyResult.class)
public abstract class HierarchyResult {

  /** Only the generated implementation extends this class. */
  HierarchyResult() {}

  /**
   * The rows, by period, person, level, manager and currency.
   *
   * @return the rows
   */
  public abstract List<HierarchyRow> rows();

  /**
   * Where the rows come from.
   *
   * @return the provenance
   */
  public abstract Provenance provenance();

  /**
   * A person's figure of a category in a period, over all their rows: their own deals only.
   *
   * @param period the period's label
   * @param person the person
   * @param category the forecast category
   * @param currency the currency
   * @return the sum; zero if the person has no row
   */
  public Money own(String period, String person, ForecastCategory category, Currency currency) {
    return sum(rowsOf(period, person, currency).map(r -> r.own().amount(category)), currency);
  }

  /**
   * A person's figure of a category in a period, over all their rows: their own deals and their
   * reports'.
   *
   * @param period the period's label
   * @param person the person
   * @param category the forecast category
   * @param currency the currency
   * @return the sum; zero if the person has no row
   */
  public Money total(String period, String person, ForecastCategory category, Currency currency) {
    return sum(rowsOf(period, person, currency).map(r -> r.total().amount(category)), currency);
  }

  /**
   * A person's rows in a period and currency.
   *
   * @param period the period's label
   * @param person the person
   * @param currency the currency
   * @return the rows, possibly several if the person moved
   */
  public Stream<HierarchyRow> rowsOf(String period, String person, Currency currency) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(currency, "currency");
    return rows().stream().filter(r -> r.period().label().equals(period) && r.person().equals(person)
        && r.own().won().getCurrency().equals(currency));
  }

  private static Money sum(Stream<Money> amounts, Currency currency) {
    return amounts.reduce(Money.zero(currency), Money::plus);
  }

  static HierarchyResult of(List<HierarchyRow> rows, Provenance provenance) {
    return ImmutableHierarchyResult.builder().addAllRows(rows).provenance(provenance).build();
  }
}
