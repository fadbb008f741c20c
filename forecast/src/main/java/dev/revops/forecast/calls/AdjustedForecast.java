package dev.revops.forecast.calls;

import dev.revops.core.metric.ExclusionTally;
import dev.revops.core.metric.Provenance;
import dev.revops.core.money.Money;
import dev.revops.core.pipeline.ForecastCategory;
import dev.revops.core.scope.Scope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Manager and owner adjustments layered on the hierarchy roll-up, as Salesforce Collaborative
 * Forecasts layer them: adjustments never change deals or the numbers without adjustments; a
 * person's adjusted number is their own adjustment if they made one, else their own deals plus each
 * report's number as they see it, which is their adjustment of that report if they made one, else
 * the report's own adjusted number. So a manager's adjusted number includes the adjusted numbers of
 * their reports, and an adjustment by a manager is seen by that manager and everyone above, never by
 * the report.
 *
 * <p>The latest adjustment (by {@code at}) of each adjuster and subject on or before the scope's
 * as-of instant counts. A person who reported to more than one manager within the period (or was at
 * the top on some of its days) passes each manager only the deals credited under them, unadjusted,
 * unless that manager adjusted them.
 *
 * <pre>{@code
 * // west <- bo <- {ana, al}; commit: ana 100, al 50, bo 20; bo adjusts ana to 80
 * AdjustedResult r = AdjustedForecast.of(rollup, "2026-Q3", ForecastCategory.COMMIT, usd, adjustments, scope);
 * r.row("bo").get().withoutAdjustments();   // USD 170.00
 * r.row("bo").get().adjusted();             // USD 150.00
 * r.row("ana").get().adjusted();            // USD 100.00: ana's own view is not changed by bo
 * }</pre>
 */
public final class AdjustedForecast {
  private record Pair(String adjuster, String subject) {}

  private final Currency currency;
  private final Map<String, Money> own = new TreeMap<>();
  private final Map<String, Money> total = new TreeMap<>();
  private final Map<String, Optional<String>> level = new HashMap<>();
  private final Map<String, Set<String>> parents = new HashMap<>();
  private final Map<Pair, Money> contribution = new HashMap<>();
  private final Map<Pair, ForecastAdjustment> latest = new HashMap<>();
  private final Map<String, Money> adjusted = new HashMap<>();
  private final Set<String> inProgress = new java.util.HashSet<>();

  private AdjustedForecast(Currency currency) {
    this.currency = currency;
  }

  /**
   * The forecast per person without and with adjustments.
   *
   * @param rollup the hierarchy roll-up
   * @param period the period's label
   * @param category the forecast category adjusted (its cumulative figure, see {@link CallFigures})
   * @param currency the currency of the figures and adjustments
   * @param adjustments every adjustment; those of other periods, categories or currencies are excluded
   * @param scope its as-of instant (later adjustments are excluded) and example limit
   * @return a row per person, and the provenance
   */
  public static AdjustedResult of(HierarchyResult rollup, String period, ForecastCategory category,
      Currency currency, List<ForecastAdjustment> adjustments, Scope scope) {
    Objects.requireNonNull(rollup, "rollup");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(adjustments, "adjustments");
    Objects.requireNonNull(scope, "scope");
    AdjustedForecast f = new AdjustedForecast(Objects.requireNonNull(currency, "currency"));
    rollup.rows().stream().filter(r -> r.period().label().equals(period) && r.own().won().getCurrency()
        .equals(currency)).forEach(r -> f.take(r, category));
    ExclusionTally excluded = new ExclusionTally(scope.exampleLimit());
    long counted = f.choose(adjustments, period, category, scope, excluded);
    List<AdjustedRow> rows = new ArrayList<>();
    for (String p : f.own.keySet()) {
      Optional<Money> ownerAdj = Optional.ofNullable(f.latest.get(new Pair(p, p))).map(ForecastAdjustment::amount);
      Optional<Money> managerAdj = f.parents.get(p).stream().map(m -> f.latest.get(new Pair(m, p)))
          .filter(Objects::nonNull).map(ForecastAdjustment::amount).findFirst();
      rows.add(ImmutableAdjustedRow.builder().person(p).level(f.level.get(p)).ownDeals(f.own.get(p))
          .withoutAdjustments(f.total.get(p)).adjusted(f.adjusted(p)).ownerAdjustment(ownerAdj)
          .managerAdjustment(managerAdj).build());
    }
    return ImmutableAdjustedResult.builder().period(period).category(category).addAllRows(rows)
        .provenance(Provenance.of(CallMetrics.ADJUSTED_FORECAST, scope, counted, excluded)).build();
  }

  private void take(HierarchyRow r, ForecastCategory category) {
    String p = r.person();
    own.merge(p, r.own().amount(category), Money::plus);
    total.merge(p, r.total().amount(category), Money::plus);
    level.merge(p, r.level(), (a, b) -> a.isPresent() ? a : b);
    // "" stands for the top: a person at the top on some days passes no one their whole number
    parents.computeIfAbsent(p, x -> new TreeSet<>()).add(r.reportsTo().orElse(""));
    r.reportsTo().ifPresent(m -> contribution.merge(new Pair(m, p), r.total().amount(category), Money::plus));
  }

  /** Keeps the latest valid adjustment of each adjuster and subject; returns how many count. */
  private long choose(List<ForecastAdjustment> adjustments, String period, ForecastCategory category, Scope scope,
      ExclusionTally excluded) {
    List<ForecastAdjustment> sorted = new ArrayList<>(adjustments);
    sorted.sort(Comparator.comparing(ForecastAdjustment::at));
    for (ForecastAdjustment a : sorted) {
      String id = a.adjuster() + "->" + a.subject() + "@" + a.at();
      if (!a.period().equals(period) || a.category() != category || !a.amount().getCurrency().equals(currency)) {
        excluded.add("other-period-category-or-currency", id);
      } else if (a.at().isAfter(scope.asOf())) {
        excluded.add("after-as-of", id);
      } else if (!own.containsKey(a.subject())) {
        excluded.add("subject-not-in-rollup", id);
      } else if (!a.isOwnerAdjustment() && !parents.get(a.subject()).contains(a.adjuster())) {
        excluded.add("adjuster-not-the-subjects-manager", id);
      } else {
        ForecastAdjustment before = latest.put(new Pair(a.adjuster(), a.subject()), a);
        if (before != null) {
          excluded.add("superseded", before.adjuster() + "->" + before.subject() + "@" + before.at());
        }
      }
    }
    return latest.size();
  }

  private Money adjusted(String p) {
    Money known = adjusted.get(p);
    if (known != null) {
      return known;
    }
    ForecastAdjustment mine = latest.get(new Pair(p, p));
    Money sum = own.get(p);
    if (mine != null) {
      sum = mine.amount();
    } else {
      inProgress.add(p);
      for (Map.Entry<Pair, Money> e : contribution.entrySet()) {
        if (e.getKey().adjuster().equals(p)) {
          sum = sum.plus(seen(p, e.getKey().subject(), e.getValue()));
        }
      }
      inProgress.remove(p);
    }
    adjusted.put(p, sum);
    return sum;
  }

  /**
   * A report's number as their manager sees it. A report who was under anyone else (or at the top) on
   * some day of the period passes only the unadjusted deals credited under this manager. The roster
   * has no cycle on any day, so reports under one manager all period never lead back to them; the
   * in-progress check only guards that.
   */
  private Money seen(String manager, String report, Money unadjustedUnder) {
    ForecastAdjustment byManager = latest.get(new Pair(manager, report));
    if (byManager != null) {
      return byManager.amount();
    }
    return parents.get(report).size() == 1 && !inProgress.contains(report) ? adjusted(report) : unadjustedUnder;
  }
}
