package dev.revops.examples.sample;

import dev.revops.core.money.Money;
import dev.revops.core.money.Rounding;
import dev.revops.core.pipeline.ForecastCategory;
import dev.revops.forecast.calls.HierarchyResult;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The sample's inputs of the Wednesday review per manager: {@code calls-2026-q4.csv} (each rep's
 * and manager's 2026-Q4 Commit call submitted on 2026-09-30, within 25% of their team's Commit then,
 * rounded to hundreds; the two managers also called a week earlier, which the later call supersedes)
 * and {@code team-targets.csv} (2026-Q4 targets set directly on morgan, quinn and americas, beside
 * the reps' own targets of {@code targets.csv}). Deterministic: the same deals and seed give the
 * same bytes.
 */
final class SampleManagers {
  private static final List<String> REPS = List.of("avery", "blake", "casey", "devon", "emery", "finley", "harper",
      "jordan");
  private static final List<String> MANAGERS = List.of("morgan", "quinn");

  /** morgan's team target equals his reps' 4 x 137,500; quinn's is 50,000 short; americas asks 50,000 more. */
  static final String TEAM_TARGETS = "period,owner,amount,currency\n"
      + "2026-Q4,americas,600000,USD\n"
      + "2026-Q4,morgan,550000,USD\n"
      + "2026-Q4,quinn,500000,USD\n";

  private SampleManagers() {}

  /** The two files by name. */
  static Map<String, String> files(String dealsCsv, String ratesCsv, long seed) {
    HierarchyResult rollup = SampleCalls.rollup(dealsCsv, ratesCsv);
    Map<String, String> m = new LinkedHashMap<>();
    m.put("calls-2026-q4.csv", calls(rollup, new Random(seed ^ 0x2026_0930L)));
    m.put("team-targets.csv", TEAM_TARGETS);
    return m;
  }

  private static String calls(HierarchyResult rollup, Random rng) {
    StringBuilder b = new StringBuilder("caller,period,category,amount,currency,submitted_at\n");
    for (String manager : MANAGERS) {
      line(b, rollup, manager, rng, "2026-09-23T16:00:00Z");
    }
    for (String caller : REPS) {
      line(b, rollup, caller, rng, "2026-09-30T16:00:00Z");
    }
    for (String manager : MANAGERS) {
      line(b, rollup, manager, rng, "2026-09-30T17:00:00Z");
    }
    return b.toString();
  }

  private static void line(StringBuilder b, HierarchyResult rollup, String caller, Random rng, String at) {
    Money commit = rollup.total("2026-Q4", caller, ForecastCategory.COMMIT, Money.currency("USD"));
    BigDecimal factor = BigDecimal.valueOf(1 + 0.25 * (2 * rng.nextDouble() - 1)).setScale(4, Rounding.RATIO);
    BigDecimal amount = commit.getAmount().multiply(factor).setScale(-2, Rounding.MONEY).setScale(2, Rounding.MONEY);
    b.append(caller).append(",2026-Q4,Commit,").append(amount.toPlainString()).append(",USD,").append(at)
        .append('\n');
  }
}
