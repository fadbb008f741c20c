package dev.revops.examples.cli;

import dev.revops.core.deal.Deal;
import dev.revops.core.money.Money;
import dev.revops.core.period.WorkingCalendar;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.forecast.velocity.AgingDeal;
import dev.revops.forecast.velocity.DayCount;
import dev.revops.forecast.velocity.DealTimes;
import dev.revops.forecast.velocity.DurationSummary;
import dev.revops.forecast.velocity.SalesVelocity;
import dev.revops.forecast.velocity.SalesVelocityResult;
import dev.revops.forecast.velocity.SalesVelocityRow;
import dev.revops.forecast.velocity.StageTime;
import dev.revops.forecast.velocity.StageVelocity;
import dev.revops.forecast.velocity.StageVelocityResult;
import dev.revops.forecast.velocity.StageVelocityRow;
import dev.revops.forecast.velocity.VelocityOptions;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code revops velocity}: time in stage, survival, aging and sales velocity from deals and their histories. */
@Command(name = "velocity", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "How long deals really stay in each stage (completed visits, and a Kaplan-Meier estimate that also uses "
            + "the visits still open), which open deals are aging, and sales velocity.",
        "Without --deals and --transitions it runs on the bundled sample."},
    footer = {"", "Examples:",
        "  revops velocity",
        "  revops velocity --group-by segment --lookback 365 --business-days",
        "  revops velocity --deals deals.csv --transitions transitions.csv --format csv",
        "  revops velocity --deal D00042"})
final class VelocityCommand implements Callable<Integer> {

  enum Format { TABLE, JSON, CSV }

  @Spec
  CommandSpec spec;

  @Mixin
  DealInput input;

  @Mixin
  HistoryInput histories;

  @Mixin
  CurrencyInput money;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "The date histories are seen from (default: today; the sample's 2026-10-01 for the sample).")
  LocalDate asOf;

  @Option(names = "--group-by", paramLabel = "DIMENSION", split = ",",
      description = "Group by owner, segment, source and/or product (comma-separated).")
  List<String> groupBy = new ArrayList<>();

  @Option(names = "--lookback", paramLabel = "DAYS",
      description = "Count stage visits entered, and deals closed, in the last DAYS days only.")
  Integer lookback;

  @Option(names = "--business-days", description = "Count working days (Monday to Friday, minus --holidays).")
  boolean businessDays;

  @Option(names = "--holidays", paramLabel = "FILE", description = "Holidays, one yyyy-MM-dd date per line.")
  Path holidays;

  @Option(names = "--aging-percentile", paramLabel = "P", defaultValue = "90",
      description = "Open deals in their stage longer than this percentile of its completed visits are aging "
          + "(default: ${DEFAULT-VALUE}).")
  int agingPercentile;

  @Option(names = "--aging-list", paramLabel = "N", defaultValue = "20",
      description = "How many aging deals to list, longest first (default: ${DEFAULT-VALUE}).")
  int agingList;

  @Option(names = "--qualified-stage", paramLabel = "STAGE",
      description = "Sales velocity counts deals that reached this stage (or later) as opportunities. Default: all.")
  String qualifiedStage;

  @Option(names = "--deal", paramLabel = "ID", description = "Also show one deal's time in each stage.")
  String deal;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table, json or csv (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PipelineDefinition def = input.definition();
    boolean sample = input.bundled() && histories.transitions == null;
    LocalDate day = Options.asOf(asOf, sample);
    List<String> notes = new ArrayList<>();
    if (agingPercentile < 1 || agingPercentile > 99) {
      throw new CliException("--aging-percentile must be between 1 and 99, was " + agingPercentile);
    }
    WorkingCalendar calendar = WorkingCalendar.builder().zone(def.timeZone())
        .addAllHolidays(holidays == null ? List.of() : Options.holidays(holidays)).build();
    VelocityOptions.Builder b = VelocityOptions.builder().asOf(day).addAllGroupBy(Options.dimensions(groupBy,
            "--group-by")).dayCount(businessDays ? DayCount.BUSINESS : DayCount.CALENDAR).calendar(calendar)
        .agingPercentile(BigDecimal.valueOf(agingPercentile, 2)).addBasedOn(def.ref());
    if (lookback != null) {
      if (lookback < 1) {
        throw new CliException("--lookback must be at least 1 day, was " + lookback);
      }
      b.since(day.minusDays(lookback));
    }
    if (qualifiedStage != null) {
      b.qualifiedStage(Options.value(() -> def.resolve(qualifiedStage), "--qualified-stage"));
    }
    CurrencyInput.Conversion conversion = money.resolve(sample, input.encoding, notes);
    b.reportingCurrency(conversion.currency()).exchangeRates(conversion.rates());
    VelocityOptions options = Options.value(b::build, "options");
    StageVelocity stages = new StageVelocity(options);
    SalesVelocity sales = new SalesVelocity(options);
    AtomicReference<Optional<DealTimes>> times = new AtomicReference<>(Optional.empty());
    HistoryInput.Read read = histories.read(input, (history, d) -> {
      if (history != null) {
        stages.add(history, d);
        if (deal != null && history.dealId().equals(deal)) {
          times.set(Optional.of(DealTimes.of(history, options)));
        }
      }
      if (d != null) {
        sales.add(d, history);
      }
    }, true, err);
    StageVelocityResult sv = stages.result();
    SalesVelocityResult sr = sales.result();
    if (deal != null && times.get().isEmpty()) {
      notes.add("Deal " + deal + " has no stage history in the transitions.");
    }
    switch (format) {
      case JSON:
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("deals", read.deals());
        json.put("transitions", read.histories());
        json.put("stageVelocity", sv);
        json.put("salesVelocity", sr);
        times.get().ifPresent(t -> json.put("deal", t));
        Json.print(out, json);
        break;
      case CSV:
        csv(out, sv, sr);
        break;
      default:
        table(out, def, read, sv, sr, times.get(), notes);
    }
    out.flush();
    return 0;
  }

  private void table(PrintWriter out, PipelineDefinition def, HistoryInput.Read read, StageVelocityResult sv,
      SalesVelocityResult sr, Optional<DealTimes> times, List<String> notes) {
    VelocityOptions o = sv.options();
    out.printf(Locale.ROOT, "Velocity as of %s: definition %s, %s days%s%n", o.asOf(), def.ref(),
        o.dayCount() == DayCount.BUSINESS ? "business" : "calendar",
        o.since().map(s -> ", visits entered and deals closed since " + s).orElse(""));
    out.printf(Locale.ROOT, "Deals: %s: %,d rows, %,d accepted; transitions: %s: %,d rows, %,d histories "
            + "(%,d without a deal record)%n", read.deals().source().orElse("input"), read.deals().rowsRead(),
        read.deals().rowsAccepted(), read.histories().source().orElse("input"), read.histories().rowsRead(),
        read.histories().recordsAccepted(), read.unmatched());
    if (read.deals().rowsRejected() + read.histories().rowsRejected() > 0) {
      out.printf(Locale.ROOT, "  %,d deal rows and %,d transition rows rejected (revops validate lists them)%n",
          read.deals().rowsRejected(), read.histories().rowsRejected());
    }
    notes.forEach(out::println);
    out.println();
    out.println("Time in stage, in days (completed visits; Kaplan-Meier also counts the visits still open)");
    List<String> header = new ArrayList<>();
    o.groupBy().forEach(d -> header.add(d.key()));
    header.addAll(List.of("stage", "entered", "forward", "back", "lost", "open", "mean", "median", "p75", "p90",
        "KM median", "KM p75", "KM p90"));
    Table t = new Table(header);
    for (StageVelocityRow r : sv.stages()) {
      List<String> row = new ArrayList<>();
      o.groupBy().forEach(d -> row.add(r.group().get(d.key())));
      Optional<DurationSummary> c = r.completed();
      row.addAll(List.of(r.stageId(), Table.count(r.entered()), Table.count(r.exitedForward()),
          Table.count(r.exitedBackward()), Table.count(r.exitedToLost()), Table.count(r.stillOpen()),
          c.map(x -> x.meanDays().toPlainString()).orElse("-"), c.map(x -> x.medianDays().toPlainString()).orElse("-"),
          c.map(x -> x.p75Days().toPlainString()).orElse("-"), c.map(x -> x.p90Days().toPlainString()).orElse("-"),
          r.survival().medianDays().map(BigDecimal::toPlainString).orElse("-"),
          r.survival().p75Days().map(BigDecimal::toPlainString).orElse("-"),
          r.survival().p90Days().map(BigDecimal::toPlainString).orElse("-")));
      t.row(row);
    }
    t.print(out, "  ");
    out.printf(Locale.ROOT, "  counted %,d histories; excluded: %s%n", sv.counted(),
        PipelineCommand.exclusions(sv.excluded()));
    out.println();
    out.printf(Locale.ROOT, "Aging: %,d open deals in their stage longer than the %d%s percentile of its completed "
            + "visits%s%n", sv.aging().size(), agingPercentile, suffix(agingPercentile),
        sv.notJudgedForAging() > 0 ? String.format(Locale.ROOT, " (%,d not judged: no completed visit to compare)",
            sv.notJudgedForAging()) : "");
    if (!sv.aging().isEmpty()) {
      List<String> ah = new ArrayList<>(List.of("deal"));
      o.groupBy().forEach(d -> ah.add(d.key()));
      ah.addAll(List.of("stage", "days in stage", "threshold"));
      Table a = new Table(ah);
      for (AgingDeal x : sv.aging().subList(0, Math.min(agingList, sv.aging().size()))) {
        List<String> row = new ArrayList<>(List.of(x.dealId()));
        o.groupBy().forEach(d -> row.add(x.group().get(d.key())));
        row.addAll(List.of(x.stageId(), x.daysInStage().toPlainString(), x.thresholdDays().toPlainString()));
        a.row(row);
      }
      a.print(out, "  ");
      if (sv.aging().size() > agingList) {
        out.printf(Locale.ROOT, "  ... and %,d more (--aging-list N, or --format json)%n", sv.aging().size() - agingList);
      }
    }
    out.println();
    out.println("Sales velocity = opportunities x win rate x average won amount / average days to win");
    List<String> sh = new ArrayList<>();
    o.groupBy().forEach(d -> sh.add(d.key()));
    sh.addAll(List.of("opportunities", "won", "lost", "win rate", "avg won", "avg cycle days", "velocity per day"));
    Table s = new Table(sh);
    List<SalesVelocityRow> rows = new ArrayList<>(sr.groups());
    rows.add(sr.overall());
    for (SalesVelocityRow r : rows) {
      List<String> row = new ArrayList<>();
      o.groupBy().forEach(d -> row.add(r.group().isEmpty() ? "(all)" : r.group().get(d.key())));
      row.addAll(List.of(Table.count(r.opportunities()), Table.count(r.won()), Table.count(r.lost()),
          r.winRate().map(Table::percent).orElse("-"), r.averageWonAmount().map(Money::toString).orElse("-"),
          r.averageCycleDays().map(BigDecimal::toPlainString).orElse("-"),
          r.velocityPerDay().map(Money::toString).orElse(r.missing().map(m -> "- (" + m + ")").orElse("-"))));
      s.row(row);
    }
    s.print(out, "  ");
    out.printf(Locale.ROOT, "  counted %,d deals; excluded: %s%n", sr.counted(), PipelineCommand.exclusions(sr.excluded()));
    times.ifPresent(dt -> {
      out.println();
      out.printf("Deal %s%s%n", dt.dealId(), dt.cycleDays().map(c -> ": sales cycle " + c.toPlainString() + " days")
          .orElse(""));
      Table d = new Table(List.of("stage", "visits", "latest days", "cumulative days", "now"));
      for (StageTime st : dt.stages()) {
        d.row(List.of(st.stageId(), Table.count(st.visits()), st.latestDays().toPlainString(),
            st.cumulativeDays().toPlainString(), st.current() ? "current" : ""));
      }
      d.print(out, "  ");
    });
  }

  private static String suffix(int n) {
    return n % 10 == 1 && n != 11 ? "st" : n % 10 == 2 && n != 12 ? "nd" : n % 10 == 3 && n != 13 ? "rd" : "th";
  }

  private static void csv(PrintWriter out, StageVelocityResult sv, SalesVelocityResult sr) {
    out.println("section,group,stage,measure,value");
    for (StageVelocityRow r : sv.stages()) {
      String g = PipelineCommand.group(r.group());
      Map<String, String> m = new LinkedHashMap<>();
      m.put("entered", Long.toString(r.entered()));
      m.put("exitedForward", Long.toString(r.exitedForward()));
      m.put("exitedBackward", Long.toString(r.exitedBackward()));
      m.put("exitedToLost", Long.toString(r.exitedToLost()));
      m.put("stillOpen", Long.toString(r.stillOpen()));
      r.completed().ifPresent(c -> {
        m.put("meanDays", c.meanDays().toPlainString());
        m.put("medianDays", c.medianDays().toPlainString());
        m.put("p75Days", c.p75Days().toPlainString());
        m.put("p90Days", c.p90Days().toPlainString());
      });
      r.survival().medianDays().ifPresent(x -> m.put("survivalMedianDays", x.toPlainString()));
      r.survival().p75Days().ifPresent(x -> m.put("survivalP75Days", x.toPlainString()));
      r.survival().p90Days().ifPresent(x -> m.put("survivalP90Days", x.toPlainString()));
      m.forEach((k, v) -> out.printf("stage,%s,%s,%s,%s%n", quote(g), r.stageId(), k, v));
    }
    for (AgingDeal a : sv.aging()) {
      out.printf("aging,%s,%s,%s,%s%n", quote(PipelineCommand.group(a.group())), a.stageId(), a.dealId(),
          a.daysInStage().toPlainString());
    }
    List<SalesVelocityRow> rows = new ArrayList<>(sr.groups());
    rows.add(sr.overall());
    for (SalesVelocityRow r : rows) {
      String g = quote(PipelineCommand.group(r.group()));
      out.printf("sales,%s,,opportunities,%d%n", g, r.opportunities());
      out.printf("sales,%s,,won,%d%n", g, r.won());
      out.printf("sales,%s,,lost,%d%n", g, r.lost());
      r.winRate().ifPresent(x -> out.printf("sales,%s,,winRate,%s%n", g, x.toPlainString()));
      r.averageWonAmount().ifPresent(x -> out.printf("sales,%s,,averageWonAmount,%s%n", g, x));
      r.averageCycleDays().ifPresent(x -> out.printf("sales,%s,,averageCycleDays,%s%n", g, x.toPlainString()));
      r.velocityPerDay().ifPresent(x -> out.printf("sales,%s,,velocityPerDay,%s%n", g, x));
    }
  }

  private static String quote(String s) {
    return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
