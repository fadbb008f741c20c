package dev.revops.examples.cli;

import dev.revops.core.io.ImportReport;
import dev.revops.core.money.Money;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.forecast.model.ProbabilityModel;
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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The three reviews as readable tables. */
final class ReviewPrinter {
  private final PrintWriter out;
  private final ReviewOptions options;
  private final List<String> periods;

  /**
   * A printer.
   *
   * @param periods the period labels to show; empty for all
   */
  ReviewPrinter(PrintWriter out, ReviewOptions options, List<String> periods) {
    this.out = out;
    this.options = options;
    this.periods = periods;
  }

  private boolean shown(String period) {
    return periods.isEmpty() || periods.contains(period);
  }

  void header(PipelineDefinition def, ProbabilityModel model, ProbabilityModel reference, ReviewCommand.Inputs read,
      List<String> notes) {
    out.printf("Review %s -> %s: definition %s, probability %s, %s periods%s%n", options.previous().label(),
        options.latest().label(), def.ref(), model.ref(), options.periodKind().name().toLowerCase(Locale.ROOT)
            .replace('_', ' '), options.reportingCurrency().map(c -> ", amounts in " + c.getCurrencyCode()).orElse(""));
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
    for (Waterfall w : r.waterfalls()) {
      if (!shown(w.period().label())) {
        continue;
      }
      out.printf("Waterfall of %s (%s): open deals expected to close in it%n", w.period().label(),
          w.currency().getCurrencyCode());
      Table t = new Table(List.of("", "deals", "amount", "deals ", "weighted"));
      WaterfallFigures a = w.amount();
      WaterfallFigures g = w.weighted();
      t.row(List.of("start (" + options.previous().label() + ")", Table.count(a.startDeals()), Table.amount(a.start()),
          Table.count(g.startDeals()), Table.amount(g.start())));
      for (WaterfallStep s : WaterfallStep.values()) {
        t.row(List.of((s.adds() ? "+ " : "- ") + step(s), Table.count(a.deals(s)), Table.amount(a.amount(s)),
            Table.count(g.deals(s)), Table.amount(g.amount(s))));
      }
      t.row(List.of("= end (" + options.latest().label() + ")", Table.count(a.endDeals()), Table.amount(a.end()),
          Table.count(g.endDeals()), Table.amount(g.end())));
      t.print(out, "  ");
      out.println();
    }
    int hidden = (int) r.waterfalls().stream().filter(w -> !shown(w.period().label())).count();
    if (hidden > 0) {
      out.printf("(%d waterfalls of other periods: --periods all, or --format json)%n%n", hidden);
    }
    List<WaterfallMove> moves = r.largestMoves().stream().filter(m -> shown(m.period().label())).toList();
    if (!moves.isEmpty()) {
      out.println("Largest moves behind each step");
      Table t = new Table(List.of("step", "deal", "period", "amount", "weighted", "what changed"));
      moves.forEach(m -> t.row(List.of(step(m.step()), m.dealId(), m.period().label(), Table.amount(m.amount()),
          Table.amount(m.weighted()), m.detail())));
      t.print(out, "  ");
      out.println();
    }
    if (!r.stageMovements().isEmpty()) {
      out.println("Stage movements since " + options.previous().label());
      Table t = new Table(List.of("from", "to", "kind", "deals", "amount"));
      for (StageMovement m : r.stageMovements()) {
        t.row(List.of(m.from(), m.to(), m.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '),
            Table.count(m.deals()), amounts(m.amounts())));
      }
      t.print(out, "  ");
      out.println();
    }
    out.printf(Locale.ROOT, "Close-date slips across %d states: %,d deals slipped %,d times, %,d days in all%n",
        options.states().size(), r.dealsSlipped(), r.slipCount(), r.daysSlipped());
    if (!r.slips().isEmpty()) {
      Table t = new Table(List.of("deal", "slips", "days", "first expected", "now expected", "amount"));
      for (CloseDateSlip s : r.slips()) {
        t.row(List.of(s.dealId(), Table.count(s.slips()), Table.count(s.daysSlipped()), s.firstExpected().toString(),
            s.latestExpected().toString(), s.amount().map(Table::amount).orElse("-")));
      }
      t.print(out, "  ");
    }
    out.println();
    out.printf(Locale.ROOT, "Deals at risk in %s: %,d (%s); %,d open deals not judged for stalling (their stage has "
        + "no completed visits)%n", options.latest().label(), r.dealsAtRisk(),
        r.riskCounts().entrySet().stream().map(e -> reason(e.getKey().name()) + " " + e.getValue())
            .collect(Collectors.joining(", ")), r.notJudgedForStalling());
    if (!r.atRisk().isEmpty()) {
      Table t = new Table(List.of("deal", "owner", "stage", "amount", "expected close", "why"));
      for (DealAtRisk d : r.atRisk()) {
        t.row(List.of(d.dealId(), d.owner().orElse("-"), d.stageId(), d.amount().map(Table::amount).orElse("-"),
            d.expectedCloseDate().map(Object::toString).orElse("-"),
            d.flags().stream().map(f -> reason(f.reason().name()) + ": " + f.detail())
                .collect(Collectors.joining("; "))));
      }
      t.print(out, "  ");
    }
    out.println();
  }

  private static String step(WaterfallStep s) {
    return s.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String reason(String name) {
    return name.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String amounts(List<Money> amounts) {
    return amounts.isEmpty() ? "-" : amounts.stream().map(m -> amounts.size() == 1 ? Table.amount(m) : m.toString())
        .collect(Collectors.joining(", "));
  }

  // ---- Wednesday

  void wednesday(ForecastReconciliationResult r) {
    out.println("WEDNESDAY: FORECAST RECONCILIATION");
    String before = options.previous().label();
    String now = options.latest().label();
    for (ReconciliationRow row : r.rows()) {
      if (!shown(row.period().label())) {
        continue;
      }
      String group = row.group().isEmpty() ? "all deals" : PipelineCommand.group(row.group());
      if (!row.group().isEmpty()) {
        continue;
      }
      out.printf("%s, %s (%s)%n", row.period().label(), group, row.currency().getCurrencyCode());
      Table t = new Table(List.of("", before, now, "change"));
      ForecastFigures a = row.previous();
      ForecastFigures b = row.latest();
      money(t, "closed won", a.closedWon(), b.closedWon());
      money(t, "commit forecast", a.commitForecast(), b.commitForecast());
      money(t, "most likely forecast", a.mostLikelyForecast(), b.mostLikelyForecast());
      money(t, "best case forecast", a.bestCaseForecast(), b.bestCaseForecast());
      money(t, "open pipeline", a.openPipeline(), b.openPipeline());
      money(t, "weighted pipeline", a.weighted(), b.weighted());
      optionalMoney(t, "range expected", a.rangeExpected(), b.rangeExpected());
      optionalMoney(t, "range P10", a.rangeP10(), b.rangeP10());
      optionalMoney(t, "range P50", a.rangeP50(), b.rangeP50());
      optionalMoney(t, "range P90", a.rangeP90(), b.rangeP90());
      optionalMoney(t, "target", a.target(), b.target());
      optionalMoney(t, "gap (target - won)", a.gap(), b.gap());
      ratio(t, "coverage", a.coverage(), b.coverage(), Table::multiple);
      ratio(t, "needed win rate", a.neededWinRate(), b.neededWinRate(), Table::percent);
      t.print(out, "  ");
      if (!row.movers().isEmpty()) {
        out.printf(Locale.ROOT, "  What moved it: %,d deals, the largest:%n", row.dealsMoved());
        Table m = new Table(List.of("deal", "closed won", "commit", "best case", "weighted", "why"));
        for (ForecastMove f : row.movers()) {
          m.row(List.of(f.dealId(), Table.amount(f.closedWon()), Table.amount(f.commitForecast()),
              Table.amount(f.bestCaseForecast()), Table.amount(f.weighted()), f.reason()));
        }
        m.print(out, "    ");
      }
      out.println();
    }
    List<ReconciliationRow> groups = r.rows().stream().filter(x -> !x.group().isEmpty() && shown(x.period().label()))
        .toList();
    if (!groups.isEmpty()) {
      out.println("By " + options.groupBy().stream().map(d -> d.key()).collect(Collectors.joining(", ")));
      Table t = new Table(List.of("period", "group", "currency", "won", "commit " + before, "commit " + now,
          "weighted " + before, "weighted " + now, "target", "gap", "coverage", "moved"));
      for (ReconciliationRow x : groups) {
        t.row(List.of(x.period().label(), PipelineCommand.group(x.group()), x.currency().getCurrencyCode(),
            Table.amount(x.latest().closedWon()), Table.amount(x.previous().commitForecast()),
            Table.amount(x.latest().commitForecast()), Table.amount(x.previous().weighted()),
            Table.amount(x.latest().weighted()), x.latest().target().map(Table::amount).orElse("-"),
            x.latest().gap().map(Table::amount).orElse("-"), x.latest().coverage().map(Table::multiple).orElse("-"),
            Table.count(x.dealsMoved())));
      }
      t.print(out, "  ");
      out.println();
    }
    if (!r.targetsNotCompared().isEmpty()) {
      out.printf("%d targets are split by other dimensions than --group-by and were not compared.%n%n",
          r.targetsNotCompared().size());
    }
  }

  private static void money(Table t, String label, Money before, Money now) {
    t.row(List.of(label, Table.amount(before), Table.amount(now), Table.amount(now.minus(before))));
  }

  private static void optionalMoney(Table t, String label, Optional<Money> before, Optional<Money> now) {
    if (before.isEmpty() && now.isEmpty()) {
      return;
    }
    t.row(List.of(label, before.map(Table::amount).orElse("-"), now.map(Table::amount).orElse("-"),
        before.isPresent() && now.isPresent() ? Table.amount(now.get().minus(before.get())) : "-"));
  }

  private static void ratio(Table t, String label, Optional<BigDecimal> before, Optional<BigDecimal> now,
      Function<BigDecimal, String> format) {
    if (before.isEmpty() && now.isEmpty()) {
      return;
    }
    t.row(List.of(label, before.map(format).orElse("-"), now.map(format).orElse("-"), ""));
  }

  // ---- Friday

  void friday(ExecutionReviewResult r) {
    out.println("FRIDAY: EXECUTION REVIEW");
    String since = options.previous().label();
    out.printf(Locale.ROOT, "Closed since %s: won %,d (%s), lost %,d (%s)%n", since, r.wonDeals(),
        amounts(r.wonAmounts()), r.lostDeals(), amounts(r.lostAmounts()));
    if (!r.closed().isEmpty()) {
      Table t = new Table(List.of("deal", "outcome", "from stage", "closed", "owner", "amount"));
      for (ClosedDeal c : r.closed()) {
        t.row(List.of(c.dealId(), c.won() ? "won" : "lost", c.fromStage().orElse("(new)"), c.closedDate().toString(),
            c.owner().orElse("-"), c.amount().map(Table::amount).orElse("-")));
      }
      t.print(out, "  ");
    }
    out.println();
    out.printf(Locale.ROOT, "Slipped since %s: %,d open deals, %,d of them out of their %s, %,d days in all%n", since,
        r.slippedDeals(), r.slippedOutOfPeriod(), options.periodKind().name().toLowerCase(Locale.ROOT)
            .replace('_', ' '), r.daysSlipped());
    if (!r.slipped().isEmpty()) {
      Table t = new Table(List.of("deal", "days", "was expected", "now expected", "amount"));
      for (CloseDateSlip s : r.slipped()) {
        t.row(List.of(s.dealId(), Table.count(s.daysSlipped()), s.firstExpected().toString(),
            s.latestExpected().toString(), s.amount().map(Table::amount).orElse("-")));
      }
      t.print(out, "  ");
    }
    out.println();
    if (r.accuracy().isEmpty()) {
      out.println("Forecast accuracy: no " + options.periodKind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
          + " ended between the states (give --earlier states, or --period month).");
      out.println();
      return;
    }
    out.println("Forecast accuracy of ended periods (the forecast at the last state before the period ended vs won in "
        + "it; error = forecast - actual)");
    Table t = new Table(List.of("period", "forecast at", "won", "measure", "forecast", "error", "APE", "Brier",
        "deals scored"));
    for (PeriodAccuracy a : r.accuracy()) {
      boolean first = true;
      for (MeasureAccuracy m : a.measures()) {
        t.row(List.of(first ? a.period().label() : "", first ? a.forecastState().label() : "",
            first ? Table.amount(a.actual()) : "", reason(m.measure().name()), Table.amount(m.forecast()),
            Table.amount(m.error()), m.absolutePercentageError().map(Table::percent).orElse("-"),
            first ? a.brierScore().map(BigDecimal::toPlainString).orElse("-") : "",
            first ? Table.count(a.dealsScored()) : ""));
        first = false;
      }
    }
    t.print(out, "  ");
    out.println("  Across periods (WMAPE = sum |error| / sum won; bias = sum error / sum won)");
    Table s = new Table(List.of("measure", "currency", "periods", "won", "WMAPE", "bias"));
    for (AccuracySummary x : r.summary()) {
      s.row(List.of(reason(x.measure().name()), x.actual().getCurrencyCode(), Table.count(x.periods()),
          Table.amount(x.actual()), x.wmape().map(Table::percent).orElse("-"), x.bias().map(Table::percent).orElse("-")));
    }
    s.print(out, "  ");
    out.println();
  }
}
