package dev.revops.examples.cli;

import dev.revops.core.io.ImportReport;
import dev.revops.core.money.Money;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.ForecastCategory;
import dev.revops.core.roster.CreditDate;
import dev.revops.forecast.calls.ManagerReviewResult;
import dev.revops.forecast.calls.ManagerRow;
import dev.revops.forecast.calls.TargetRollupRow;
import dev.revops.forecast.conversion.ProbabilityModel;
import dev.revops.forecast.review.CoveragePoint;
import dev.revops.forecast.review.CoverageTrendResult;
import dev.revops.forecast.review.AccuracySummary;
import dev.revops.forecast.review.ClosedDeal;
import dev.revops.forecast.review.CloseDateSlip;
import dev.revops.forecast.review.DealAtRisk;
import dev.revops.forecast.review.ExecutionReviewResult;
import dev.revops.forecast.review.ForecastFigures;
import dev.revops.forecast.review.ForecastMove;
import dev.revops.forecast.review.ForecastReconciliationResult;
import dev.revops.forecast.review.MeasureAccuracy;
import dev.revops.forecast.review.PeriodAccuracy;
import dev.revops.forecast.review.PipelineReviewResult;
import dev.revops.forecast.review.ReconciliationRow;
import dev.revops.forecast.review.ReviewOptions;
import dev.revops.forecast.review.StageMovement;
import dev.revops.forecast.review.Waterfall;
import dev.revops.forecast.review.WaterfallFigures;
import dev.revops.forecast.review.WaterfallMove;
import dev.revops.forecast.review.WaterfallStep;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The three reviews as tables (as text or CSV, see {@link Output}). */
final class ReviewPrinter {
  private final Output o;
  private final PrintWriter out;
  private final ReviewOptions options;
  private final List<String> periods;

  /**
   * A printer.
   *
   * @param periods the period labels to show; empty for all
   */
  ReviewPrinter(Output o, ReviewOptions options, List<String> periods) {
    this.o = o;
    this.out = o.text();
    this.options = options;
    this.periods = periods;
  }

  private boolean shown(String period) {
    return periods.isEmpty() || periods.contains(period);
  }

  void header(PipelineDefinition def, ProbabilityModel model, ProbabilityModel reference, ReviewCommand.Inputs read,
      List<String> notes) {
    out.printf("Review %s -> %s: definition %s, probability %s, %s periods%s%n", options.previous().label(),
        options.latest().label(), def.ref(), model.ref(), options.scope().periodKind().name()
            .toLowerCase(Locale.ROOT).replace('_', ' '), options.scope().reportingCurrency()
            .map(c -> ", amounts in " + c.getCurrencyCode()).orElse(""));
    for (int i = 0; i < options.states().size(); i++) {
      String source = options.states().get(i).source().orElse("");
      String counts = "";
      if (read.deals().size() == options.states().size()) {
        ImportReport r = read.deals().get(i);
        counts = String.format(Locale.ROOT, ": %,d rows, %,d accepted%s", r.rowsRead(), r.rowsAccepted(),
            r.rowsRejected() > 0 ? String.format(Locale.ROOT, ", %,d rejected (revops validate lists them)",
                r.rowsRejected()) : "");
      }
      out.printf("  %s  %s%s%n", options.states().get(i).label(), source, counts);
    }
    if (read.deals().size() == 1) {
      ImportReport r = read.deals().get(0);
      out.printf(Locale.ROOT, "  deals: %s: %,d rows, %,d accepted, %,d rejected%n", r.source().orElse("input"),
          r.rowsRead(), r.rowsAccepted(), r.rowsRejected());
    }
    read.transitions().ifPresent(t -> out.printf(Locale.ROOT, "  transitions: %s: %,d rows, %,d histories, %,d "
        + "rejected%n", t.source().orElse("input"), t.rowsRead(), t.recordsAccepted(), t.rowsRejected()));
    read.fieldChanges().ifPresent(f -> out.printf(Locale.ROOT, "  field changes: %s: %,d rows, %,d accepted%n",
        f.source().orElse("input"), f.rowsRead(), f.rowsAccepted()));
    notes.forEach(n -> out.println(n));
    out.println();
  }

  // ---- Monday

  void monday(PipelineReviewResult r) {
    out.println("MONDAY: PIPELINE REVIEW");
    out.printf(Locale.ROOT, "Deals in both states %,d; %s%n", r.inBoth(), PipelineCommand.exclusions(r.inOneState()));
    out.println();
    waterfalls(r);
    movements(r);
    slips(r);
    atRisk(r);
  }

  private void waterfalls(PipelineReviewResult r) {
    for (Waterfall w : r.waterfalls()) {
      if (!shown(w.period().label())) {
        continue;
      }
      out.printf("Waterfall of %s (%s): open deals expected to close in it%n", w.period().label(),
          w.currency().getCurrencyCode());
      Table t = new Table("pipeline-waterfall", Table.key("", "step"), Table.figure("deals", "deals"),
          Table.figure("amount", "amount"), Table.figure("deals ", "weightedDeals"),
          Table.figure("weighted", "weighted")).in(w.period().label());
      WaterfallFigures a = w.amount();
      WaterfallFigures g = w.weighted();
      t.row(new Cell("start (" + options.previous().label() + ")", "start", null), Table.count(a.startDeals()),
          Table.amount(a.start()), Table.count(g.startDeals()), Table.amount(g.start()));
      for (WaterfallStep s : WaterfallStep.values()) {
        t.row(new Cell((s.adds() ? "+ " : "- ") + step(s), s.name(), null), Table.count(a.deals(s)),
            Table.amount(a.amount(s)), Table.count(g.deals(s)), Table.amount(g.amount(s)));
      }
      t.row(new Cell("= end (" + options.latest().label() + ")", "end", null), Table.count(a.endDeals()),
          Table.amount(a.end()), Table.count(g.endDeals()), Table.amount(g.end()));
      o.print(t, "  ");
      out.println();
    }
    int hidden = (int) r.waterfalls().stream().filter(w -> !shown(w.period().label())).count();
    if (hidden > 0) {
      out.printf("(%d waterfalls of other periods: --periods all, or --format json)%n%n", hidden);
    }
    List<WaterfallMove> moves = r.largestMoves().stream().filter(m -> shown(m.period().label())).toList();
    if (!moves.isEmpty()) {
      out.println("Largest moves behind each step");
      Table t = new Table("largest-moves", Table.key("step"), Table.key("deal"), Table.period("period"),
          Table.figure("amount", "amount"), Table.figure("weighted", "weighted"),
          Table.figure("what changed", "detail"));
      moves.forEach(m -> t.row(new Cell(step(m.step()), m.step().name(), null), m.dealId(), m.period().label(),
          Table.amount(m.amount()), Table.amount(m.weighted()), Cell.text(m.detail())));
      o.print(t, "  ");
      out.println();
    }
  }

  private void movements(PipelineReviewResult r) {
    if (!r.stageMovements().isEmpty()) {
      out.println("Stage movements since " + options.previous().label());
      Table t = new Table("stage-movements", Table.key("from"), Table.key("to"), Table.key("kind"),
          Table.figure("deals", "deals"), Table.figure("amount", "amounts"));
      for (StageMovement m : r.stageMovements()) {
        t.row(m.from(), m.to(), new Cell(reason(m.kind().name()), m.kind().name(), null), Table.count(m.deals()),
            amounts(m.amounts()));
        if (m.amounts().size() > 1) {
          m.amounts().forEach(x -> o.figure("stage-movements", "", "from=" + m.from() + ";to=" + m.to() + ";kind="
              + m.kind().name(), x.getCurrencyCode(), "amounts", x.getAmount().toPlainString()));
        }
      }
      o.print(t, "  ");
      out.println();
    }
  }

  private void slips(PipelineReviewResult r) {
    out.printf(Locale.ROOT, "Close-date slips across %d states: %,d deals slipped %,d times, %,d days in all%n",
        options.states().size(), r.dealsSlipped(), r.slipCount(), r.daysSlipped());
    o.figure("slips", "", "", "", "dealsSlipped", Long.toString(r.dealsSlipped()));
    o.figure("slips", "", "", "", "slipCount", Long.toString(r.slipCount()));
    o.figure("slips", "", "", "", "daysSlipped", Long.toString(r.daysSlipped()));
    if (!r.slips().isEmpty()) {
      Table t = new Table("slips", Table.key("deal"), Table.figure("slips", "slips"),
          Table.figure("days", "daysSlipped"), Table.figure("first expected", "firstExpected"),
          Table.figure("now expected", "latestExpected"), Table.figure("amount", "amount"));
      for (CloseDateSlip s : r.slips()) {
        t.row(s.dealId(), Table.count(s.slips()), Table.count(s.daysSlipped()), Cell.text(s.firstExpected().toString()),
            Cell.text(s.latestExpected().toString()), Cell.of(s.amount(), Table::amount));
      }
      o.print(t, "  ");
    }
    out.println();
  }

  private void atRisk(PipelineReviewResult r) {
    out.printf(Locale.ROOT, "Deals at risk in %s: %,d (%s); %,d open deals not judged for stalling (their stage has "
        + "no completed visits)%n", options.latest().label(), r.dealsAtRisk(),
        r.riskCounts().entrySet().stream().map(e -> reason(e.getKey().name()) + " " + e.getValue())
            .collect(Collectors.joining(", ")), r.notJudgedForStalling());
    o.figure("at-risk", "", "", "", "dealsAtRisk", Long.toString(r.dealsAtRisk()));
    r.riskCounts().forEach((k, v) -> o.figure("at-risk", "", "reason=" + k.name(), "", "deals", Long.toString(v)));
    o.figure("at-risk", "", "", "", "notJudgedForStalling", Long.toString(r.notJudgedForStalling()));
    if (!r.atRisk().isEmpty()) {
      Table t = new Table("at-risk", Table.key("deal"), Table.figure("owner", "owner"), Table.key("stage"),
          Table.figure("amount", "amount"), Table.figure("expected close", "expectedCloseDate"),
          Table.figure("why", "flags"));
      for (DealAtRisk d : r.atRisk()) {
        t.row(d.dealId(), Cell.of(d.owner(), Cell::text), d.stageId(), Cell.of(d.amount(), Table::amount),
            Cell.of(d.expectedCloseDate().map(Object::toString), Cell::text),
            Cell.note(d.flags().stream().map(f -> reason(f.reason().name()) + ": " + f.detail())
                .collect(Collectors.joining("; "))));
      }
      o.print(t, "  ");
      // a record per flag, its reason in the group
      r.atRisk().forEach(d -> d.flags().forEach(f -> o.figure("at-risk", "", "deal=" + d.dealId() + ";stage="
          + d.stageId() + ";reason=" + f.reason().name(), "", "detail", f.detail())));
    }
    out.println();
  }

  private static String step(WaterfallStep s) {
    return s.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String reason(String name) {
    return name.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** One amount as a figure; several (in several currencies) as text, their figures given apart. */
  private static Cell amounts(List<Money> amounts) {
    if (amounts.size() == 1) {
      return Table.amount(amounts.get(0));
    }
    return Cell.note(amounts.isEmpty() ? "-" : amounts.stream().map(Money::toString).collect(Collectors.joining(", ")));
  }

  // ---- Wednesday

  void wednesday(ForecastReconciliationResult r) {
    out.println("WEDNESDAY: FORECAST RECONCILIATION");
    String before = options.previous().label();
    String now = options.latest().label();
    for (ReconciliationRow row : r.rows()) {
      if (shown(row.period().label()) && row.group().isEmpty()) {
        total(row, before, now);
      }
    }
    groups(r, before, now);
    if (!r.targetsNotCompared().isEmpty()) {
      out.printf("%d targets are split by other dimensions than --group-by and were not compared.%n%n",
          r.targetsNotCompared().size());
    }
  }

  /** A period's total: each figure in both states, and the deals that moved it. */
  private void total(ReconciliationRow row, String before, String now) {
    String period = row.period().label();
    out.printf("%s, %s (%s)%n", period, "all deals", row.currency().getCurrencyCode());
    Table t = new Table("forecast", Table.key("", "figure"), Table.figure(before, "previous"),
        Table.figure(now, "latest"), Table.figure("change", "change")).in(period);
    ForecastFigures a = row.previous();
    ForecastFigures b = row.latest();
    money(t, "closed won", "closedWon", a.closedWon(), b.closedWon());
    money(t, "commit forecast", "commitForecast", a.commitForecast(), b.commitForecast());
    money(t, "most likely forecast", "mostLikelyForecast", a.mostLikelyForecast(), b.mostLikelyForecast());
    money(t, "best case forecast", "bestCaseForecast", a.bestCaseForecast(), b.bestCaseForecast());
    money(t, "open pipeline", "openPipeline", a.openPipeline(), b.openPipeline());
    money(t, "weighted pipeline", "weighted", a.weighted(), b.weighted());
    optionalMoney(t, "range expected", "rangeExpected", a.rangeExpected(), b.rangeExpected());
    optionalMoney(t, "range P10", "rangeP10", a.rangeP10(), b.rangeP10());
    optionalMoney(t, "range P50", "rangeP50", a.rangeP50(), b.rangeP50());
    optionalMoney(t, "range P90", "rangeP90", a.rangeP90(), b.rangeP90());
    optionalMoney(t, "target", "target", a.target(), b.target());
    optionalMoney(t, "gap (target - won)", "gap", a.gap(), b.gap());
    ratio(t, "coverage", "coverage", a.coverage(), b.coverage(), Table::multiple);
    ratio(t, "needed win rate", "neededWinRate", a.neededWinRate(), b.neededWinRate(), Table::percent);
    o.print(t, "  ");
    if (!row.movers().isEmpty()) {
      out.printf(Locale.ROOT, "  What moved it: %,d deals, the largest:%n", row.dealsMoved());
      o.figure("forecast", period, "", row.currency().getCurrencyCode(), "dealsMoved",
          Long.toString(row.dealsMoved()));
      Table m = new Table("forecast-movers", Table.key("deal"), Table.figure("closed won", "closedWon"),
          Table.figure("commit", "commitForecast"), Table.figure("best case", "bestCaseForecast"),
          Table.figure("weighted", "weighted"), Table.figure("why", "reason")).in(period);
      for (ForecastMove f : row.movers()) {
        m.row(f.dealId(), Table.amount(f.closedWon()), Table.amount(f.commitForecast()),
            Table.amount(f.bestCaseForecast()), Table.amount(f.weighted()), Cell.text(f.reason()));
      }
      o.print(m, "    ");
    }
    out.println();
  }

  /** The groups' rows, in one table. */
  private void groups(ForecastReconciliationResult r, String before, String now) {
    List<ReconciliationRow> groups = r.rows().stream().filter(x -> !x.group().isEmpty() && shown(x.period().label()))
        .toList();
    if (!groups.isEmpty()) {
      out.println("By " + options.groupBy().stream().map(d -> d.key()).collect(Collectors.joining(", ")));
      Table t = new Table("forecast-groups", Table.period("period"), Table.group("group"), Table.currency(),
          Table.figure("won", "latestClosedWon"), Table.figure("commit " + before, "previousCommitForecast"),
          Table.figure("commit " + now, "latestCommitForecast"), Table.figure("weighted " + before, "previousWeighted"),
          Table.figure("weighted " + now, "latestWeighted"), Table.figure("target", "latestTarget"),
          Table.figure("gap", "latestGap"), Table.figure("coverage", "latestCoverage"),
          Table.figure("moved", "dealsMoved"));
      for (ReconciliationRow x : groups) {
        t.row(x.period().label(), PipelineCommand.group(x.group()), x.currency().getCurrencyCode(),
            Table.amount(x.latest().closedWon()), Table.amount(x.previous().commitForecast()),
            Table.amount(x.latest().commitForecast()), Table.amount(x.previous().weighted()),
            Table.amount(x.latest().weighted()), Cell.of(x.latest().target(), Table::amount),
            Cell.of(x.latest().gap(), Table::amount), Cell.of(x.latest().coverage(), Table::multiple),
            Table.count(x.dealsMoved()));
      }
      o.print(t, "  ");
      out.println();
    }
  }

  /**
   * The changes the reconciliation table shows ({@link ReconciliationRow#changes()}), per row, for
   * the JSON output: {@code {period, group, currency, changes: {closedWon: "USD -20.00", ...}}}.
   */
  static List<Map<String, Object>> changes(ForecastReconciliationResult r) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (ReconciliationRow row : r.rows()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("period", row.period().label());
      entry.put("group", row.group());
      entry.put("currency", row.currency().getCurrencyCode());
      entry.put("changes", row.changes());
      out.add(entry);
    }
    return out;
  }

  private static void money(Table t, String label, String name, Money before, Money now) {
    t.row(new Cell(label, name, null), Table.amount(before), Table.amount(now), Table.amount(now.minus(before)));
  }

  private static void optionalMoney(Table t, String label, String name, Optional<Money> before, Optional<Money> now) {
    if (before.isEmpty() && now.isEmpty()) {
      return;
    }
    t.row(new Cell(label, name, null), Cell.of(before, Table::amount), Cell.of(now, Table::amount),
        before.isPresent() && now.isPresent() ? Table.amount(now.get().minus(before.get())) : Cell.NONE);
  }

  private static void ratio(Table t, String label, String name, Optional<BigDecimal> before, Optional<BigDecimal> now,
      Function<BigDecimal, Cell> format) {
    if (before.isEmpty() && now.isEmpty()) {
      return;
    }
    t.row(new Cell(label, name, null), Cell.of(before, format), Cell.of(now, format), Cell.note(""));
  }

  // ---- Wednesday, per manager and the coverage trend (with --by-manager, --coverage-trend)

  /** The review per manager: one table of every manager's figures and gaps, then the target roll-up. */
  void managers(ManagerReviewResult r) {
    String cur = r.currency().getCurrencyCode();
    out.printf("Wednesday per manager: %s %s (%s), deals credited on the %s, probability %s, range seed %d%n",
        r.period(), category(r.category()), cur, r.creditDate() == CreditDate.AS_OF ? "as-of date" : "close date",
        r.probabilityModel(), r.rangeSettings().seed());
    Table t = new Table("manager-review", Table.key("manager", "manager"), Table.key("level", "level"),
        Table.figure("target", "target"), Table.figure("call", "call"), Table.figure("without adj.", "withoutAdjustments"),
        Table.figure("adjusted", "adjusted"), Table.figure("system", "systemForecast"), Table.figure("P10", "p10"),
        Table.figure("P50", "p50"), Table.figure("P90", "p90"), Table.figure("target-call", "targetMinusCall"),
        Table.figure("call-system", "callMinusSystem"), Table.figure("adjusted-call", "adjustedMinusCall"))
        .in(r.period());
    for (ManagerRow m : r.rows()) {
      t.row(m.person(), m.level().orElse("-"), Cell.of(m.target(), Table::amount), Cell.of(m.call(), Table::amount),
          Table.amount(m.withoutAdjustments()), Table.amount(m.adjusted()), Table.amount(m.systemForecast()),
          Cell.of(m.p10(), Table::amount), Cell.of(m.p50(), Table::amount), Cell.of(m.p90(), Table::amount),
          Cell.of(m.targetMinusCall(), Table::amount), Cell.of(m.callMinusSystem(), Table::amount),
          Cell.of(m.adjustedMinusCall(), Table::amount));
    }
    o.print(t, "  ");
    out.printf(Locale.ROOT, "  system = closed won + weighted pipeline; calls used %,d; deals counted %,d; %s%n",
        r.callsUsed(), r.provenance().counted(), PipelineCommand.exclusions(r.provenance().excluded()));
    out.println();
    targets(r);
  }

  /** The targets rolled up the roster: own, rolled up, the team target set directly and the difference. */
  private void targets(ManagerReviewResult r) {
    if (r.targets().rows().isEmpty()) {
      return;
    }
    out.printf("Targets up the roster of %s: a person's roll-up is their own target plus everyone's below; a team "
        + "target set directly stands beside it%n", r.targets().rosterDay());
    Table t = new Table("target-rollup", Table.period("period"), Table.key("person", "person"),
        Table.key("level", "level"), Table.key("reports to", "reportsTo"), Table.currency(), Table.figure("own", "own"),
        Table.figure("rolled up", "rolledUp"), Table.figure("team target", "teamTarget"),
        Table.figure("difference", "difference"));
    for (TargetRollupRow row : r.targets().rows()) {
      if (shown(row.period().label())) {
        t.row(row.period().label(), row.person(), row.level().orElse("-"), row.reportsTo().orElse("-"),
            row.rolledUp().getCurrencyCode(), Table.amount(row.own()), Table.amount(row.rolledUp()),
            Cell.of(row.teamTarget(), Table::amount), Cell.of(row.difference(), Table::amount));
      }
    }
    o.print(t, "  ");
    out.printf(Locale.ROOT, "  targets counted %,d; %s%n%n", r.targets().provenance().counted(),
        PipelineCommand.exclusions(r.targets().provenance().excluded()));
  }

  private static String category(ForecastCategory c) {
    return c.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** The coverage trend: each state's coverage of its period at its week; the latest week's comparison. */
  void coverage(CoverageTrendResult r) {
    out.println("Coverage trend: open and weighted pipeline over what remains of the period's target, at each "
        + "state's week of its period");
    Table t = new Table("coverage-trend", Table.key("state", "state"), Table.period("period"),
        Table.key("week", "week"), Table.currency(), Table.figure("closed won", "closedWon"),
        Table.figure("open", "openPipeline"), Table.figure("weighted", "weightedPipeline"),
        Table.figure("target", "target"), Table.figure("remaining", "remaining"), Table.figure("coverage", "coverage"),
        Table.figure("weighted cov.", "weightedCoverage"));
    for (CoveragePoint p : r.points()) {
      t.row(p.state(), p.period().label(), Integer.toString(p.week()), p.openPipeline().getCurrencyCode(),
          Table.amount(p.closedWon()), Table.amount(p.openPipeline()), Table.amount(p.weightedPipeline()),
          Cell.of(p.target(), Table::amount), Cell.of(p.remaining(), Table::amount),
          Cell.of(p.coverage(), Table::multiple), Cell.of(p.weightedCoverage(), Table::multiple));
    }
    o.print(t, "  ");
    String same = r.sameWeek().stream().map(p -> p.period().label() + " " + p.coverage().map(c -> c.setScale(2,
        java.math.RoundingMode.HALF_EVEN).toPlainString() + "x").orElse("-")).collect(Collectors.joining(", "));
    out.printf("  Week %d of each period: %s%n%n", r.latestWeek(), same.isEmpty() ? "-" : same);
  }

  // ---- Friday

  void friday(ExecutionReviewResult r) {
    out.println("FRIDAY: EXECUTION REVIEW");
    String since = options.previous().label();
    out.printf(Locale.ROOT, "Closed since %s: won %,d (%s), lost %,d (%s)%n", since, r.wonDeals(),
        amounts(r.wonAmounts()).text(), r.lostDeals(), amounts(r.lostAmounts()).text());
    o.figure("closed", "", "outcome=won", "", "deals", Long.toString(r.wonDeals()));
    r.wonAmounts().forEach(m -> o.figure("closed", "", "outcome=won", m.getCurrencyCode(), "amount",
        m.getAmount().toPlainString()));
    o.figure("closed", "", "outcome=lost", "", "deals", Long.toString(r.lostDeals()));
    r.lostAmounts().forEach(m -> o.figure("closed", "", "outcome=lost", m.getCurrencyCode(), "amount",
        m.getAmount().toPlainString()));
    if (!r.closed().isEmpty()) {
      Table t = new Table("closed-deals", Table.key("deal"), Table.figure("outcome", "outcome"),
          Table.figure("from stage", "fromStage"), Table.figure("closed", "closedDate"), Table.figure("owner", "owner"),
          Table.figure("amount", "amount"));
      for (ClosedDeal c : r.closed()) {
        t.row(c.dealId(), Cell.text(c.won() ? "won" : "lost"), c.fromStage().map(Cell::text).orElse(Cell.note("(new)")),
            Cell.text(c.closedDate().toString()), Cell.of(c.owner(), Cell::text), Cell.of(c.amount(), Table::amount));
      }
      o.print(t, "  ");
    }
    out.println();
    out.printf(Locale.ROOT, "Slipped since %s: %,d open deals, %,d of them out of their %s, %,d days in all%n", since,
        r.slippedDeals(), r.slippedOutOfPeriod(), options.scope().periodKind().name().toLowerCase(Locale.ROOT)
            .replace('_', ' '), r.daysSlipped());
    o.figure("slipped", "", "", "", "slippedDeals", Long.toString(r.slippedDeals()));
    o.figure("slipped", "", "", "", "slippedOutOfPeriod", Long.toString(r.slippedOutOfPeriod()));
    o.figure("slipped", "", "", "", "daysSlipped", Long.toString(r.daysSlipped()));
    if (!r.slipped().isEmpty()) {
      Table t = new Table("slipped", Table.key("deal"), Table.figure("days", "daysSlipped"),
          Table.figure("was expected", "firstExpected"), Table.figure("now expected", "latestExpected"),
          Table.figure("amount", "amount"));
      for (CloseDateSlip s : r.slipped()) {
        t.row(s.dealId(), Table.count(s.daysSlipped()), Cell.text(s.firstExpected().toString()),
            Cell.text(s.latestExpected().toString()), Cell.of(s.amount(), Table::amount));
      }
      o.print(t, "  ");
    }
    out.println();
    if (r.accuracy().isEmpty()) {
      out.println("Forecast accuracy: no " + options.scope().periodKind().name().toLowerCase(Locale.ROOT)
          .replace('_', ' ')
          + " ended between the states (give --earlier states, or --period month).");
      out.println();
      return;
    }
    accuracy(r);
  }

  private void accuracy(ExecutionReviewResult r) {
    out.println("Forecast accuracy of ended periods (the forecast at the last state before the period ended vs won in "
        + "it; error = forecast - actual)");
    Table t = new Table("accuracy", Table.period("period"), Table.key("forecast at", "forecastAt"),
        Table.figure("won", "actual"), Table.key("measure"), Table.figure("forecast", "forecast"),
        Table.figure("error", "error"), Table.figure("APE", "absolutePercentageError"),
        Table.figure("Brier", "brierScore"), Table.figure("deals scored", "dealsScored"));
    for (PeriodAccuracy a : r.accuracy()) {
      boolean first = true;
      for (MeasureAccuracy m : a.measures()) {
        // the period and its state are repeated in the CSV; the text shows them on the first row
        t.row(new Cell(first ? a.period().label() : "", a.period().label(), null),
            new Cell(first ? a.forecastState().label() : "", a.forecastState().label(), null),
            first ? Table.amount(a.actual()) : Cell.note(""), new Cell(reason(m.measure().name()), m.measure().name(), null),
            Table.amount(m.forecast()), Table.amount(m.error()), Cell.of(m.absolutePercentageError(), Table::percent),
            first ? Cell.of(a.brierScore(), Cell::number) : Cell.note(""),
            first ? Table.count(a.dealsScored()) : Cell.note(""));
        first = false;
      }
    }
    o.print(t, "  ");
    out.println("  Across periods (WMAPE = sum |error| / sum won; bias = sum error / sum won)");
    Table s = new Table("accuracy-summary", Table.key("measure"), Table.currency(), Table.figure("periods", "periods"),
        Table.figure("won", "actual"), Table.figure("WMAPE", "wmape"), Table.figure("bias", "bias"));
    for (AccuracySummary x : r.summary()) {
      s.row(new Cell(reason(x.measure().name()), x.measure().name(), null), x.actual().getCurrencyCode(),
          Table.count(x.periods()), Table.amount(x.actual()), Cell.of(x.wmape(), Table::percent),
          Cell.of(x.bias(), Table::percent));
    }
    o.print(s, "  ");
    out.println();
  }
}
