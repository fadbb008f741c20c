package dev.revops.examples.sample;

import dev.revops.core.deal.Deal;
import dev.revops.core.io.ColumnMapping;
import dev.revops.core.io.DealCsvImporter;
import dev.revops.core.io.ExchangeRateCsv;
import dev.revops.core.money.Money;
import dev.revops.core.money.Rounding;
import dev.revops.core.period.PeriodKind;
import dev.revops.core.pipeline.ForecastCategory;
import dev.revops.core.roster.Roster;
import dev.revops.core.roster.RosterCsv;
import dev.revops.core.io.ImportOptions;
import dev.revops.core.scope.Scope;
import dev.revops.forecast.calls.CallOptions;
import dev.revops.forecast.calls.HierarchyResult;
import dev.revops.forecast.calls.HierarchyRollup;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The sample's sales hierarchy and forecast calls: {@code roster.csv} (two regions, two managers,
 * the eight owners; on 2026-07-01 devon moves from morgan's team to quinn's and harper the other
 * way), {@code calls.csv} (each rep's and manager's Commit call for the three ended quarters of 2026,
 * in week 1 and week 5, scattered around what their team went on to win, in USD) and
 * {@code adjustments.csv} (managers adjusting a report's Commit for 2026-Q4, an owner adjusting
 * their own). Deterministic: the same deals and seed give the same bytes.
 */
final class SampleCalls {
  static final String ROSTER = "person,manager,level,from,to\n"
      + "americas,,region,,\n"
      + "emea,,region,,\n"
      + "morgan,americas,manager,,\n"
      + "quinn,emea,manager,,\n"
      + "avery,morgan,rep,,\n"
      + "blake,morgan,rep,,\n"
      + "casey,morgan,rep,,\n"
      + "devon,morgan,rep,,2026-07-01\n"
      + "devon,quinn,rep,2026-07-01,\n"
      + "emery,quinn,rep,,\n"
      + "finley,quinn,rep,,\n"
      + "harper,quinn,rep,,2026-07-01\n"
      + "harper,morgan,rep,2026-07-01,\n"
      + "jordan,quinn,rep,,\n";
  private static final List<String> CALLERS = List.of("avery", "blake", "casey", "devon", "emery", "finley",
      "harper", "jordan", "morgan", "quinn");
  private static final List<String> ENDED = List.of("2026-Q1", "2026-Q2", "2026-Q3");

  private SampleCalls() {}

  /** The three files by name. */
  static Map<String, String> files(String dealsCsv, String ratesCsv, long seed) {
    HierarchyResult rollup = rollup(dealsCsv, ratesCsv);
    Map<String, String> m = new LinkedHashMap<>();
    m.put("roster.csv", ROSTER);
    m.put("calls.csv", calls(rollup, new Random(seed ^ 0x2026_0701L)));
    m.put("adjustments.csv", adjustments(rollup));
    return m;
  }

  static HierarchyResult rollup(String dealsCsv, String ratesCsv) {
    try {
      Roster roster = RosterCsv.read(new StringReader(ROSTER), ImportOptions.defaults()).roster();
      Scope scope = Scope.builder().asOf(SampleGenerator.AS_OF, ZoneOffset.UTC).periodKind(PeriodKind.QUARTER)
          .reportingCurrency(Money.currency("USD"))
          .exchangeRates(ExchangeRateCsv.table(ExchangeRateCsv.readAll(new StringReader(ratesCsv)))).build();
      List<Deal> deals = DealCsvImporter.of(Bundled.definition("gen-deals"), ColumnMapping.genDeals())
          .readAll(new StringReader(dealsCsv)).accepted();
      return new HierarchyRollup(CallOptions.builder().scope(scope).roster(roster).build()).addAll(deals).result();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Week-1 calls within 40% of what was won, week-5 calls within 15%, rounded to thousands. */
  private static String calls(HierarchyResult rollup, Random rng) {
    StringBuilder b = new StringBuilder("caller,period,category,amount,currency,submitted_at\n");
    for (String period : ENDED) {
      LocalDate start = LocalDate.parse(period.substring(0, 4) + "-" + String.format(Locale.ROOT, "%02d",
          3 * (period.charAt(6) - '1') + 1) + "-01");
      for (String caller : CALLERS) {
        Money won = rollup.total(period, caller, ForecastCategory.CLOSED, Money.currency("USD"));
        line(b, caller, period, won, 0.40, rng, start.plusDays(3));
        line(b, caller, period, won, 0.15, rng, start.plusDays(31));
      }
    }
    return b.toString();
  }

  private static void line(StringBuilder b, String caller, String period, Money won, double spread, Random rng,
      LocalDate day) {
    BigDecimal factor = BigDecimal.valueOf(1 + spread * (2 * rng.nextDouble() - 1)).setScale(4, Rounding.RATIO);
    BigDecimal amount = won.getAmount().multiply(factor).setScale(-3, Rounding.MONEY).setScale(2, Rounding.MONEY);
    b.append(caller).append(',').append(period).append(",Commit,").append(amount.toPlainString()).append(",USD,")
        .append(day).append("T16:00:00Z\n");
  }

  /**
   * morgan cuts avery's 2026-Q4 Commit by a fifth, quinn raises emery's by a tenth, and the first other
   * rep with a Commit raises their own by a fifth.
   */
  private static String adjustments(HierarchyResult rollup) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"morgan", "avery", "0.80", "2026-09-30T09:00:00Z"});
    rows.add(new String[] {"quinn", "emery", "1.10", "2026-09-30T10:00:00Z"});
    CALLERS.stream().filter(c -> !List.of("avery", "emery", "morgan", "quinn").contains(c))
        .filter(c -> rollup.total("2026-Q4", c, ForecastCategory.COMMIT, Money.currency("USD")).isPositive())
        .findFirst().ifPresent(c -> rows.add(new String[] {c, c, "1.20", "2026-09-30T11:00:00Z"}));
    StringBuilder b = new StringBuilder("adjuster,subject,period,category,amount,currency,at\n");
    for (String[] r : rows) {
      Money commit = rollup.total("2026-Q4", r[1], ForecastCategory.COMMIT, Money.currency("USD"));
      BigDecimal amount = commit.getAmount().multiply(new BigDecimal(r[2])).setScale(-2, Rounding.MONEY)
          .setScale(2, Rounding.MONEY);
      b.append(r[0]).append(',').append(r[1]).append(",2026-Q4,Commit,").append(amount.toPlainString())
          .append(",USD,").append(r[3]).append('\n');
    }
    return b.toString();
  }
}
