package dev.revops.examples.cli;

import dev.revops.core.io.ImportReport;
import dev.revops.core.scope.Scope;
import dev.revops.forecast.winloss.WinLoss;
import dev.revops.forecast.winloss.WinLossResult;
import dev.revops.forecast.conversion.OdooLeadScoringModel;
import dev.revops.forecast.conversion.TransitionTable;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.Stage;
import dev.revops.forecast.conversion.CalibrationScore;
import dev.revops.forecast.conversion.ConversionMethod;
import dev.revops.forecast.conversion.ConversionOptions;
import dev.revops.forecast.conversion.HoldOut;
import dev.revops.forecast.conversion.ModelComparison;
import dev.revops.forecast.conversion.NaiveBayesCounts;
import dev.revops.forecast.conversion.NaiveBayesModel;
import dev.revops.forecast.conversion.OdooLeadScoringCounts;
import dev.revops.forecast.conversion.ReliabilityBin;
import dev.revops.forecast.conversion.SegmentEstimates;
import dev.revops.forecast.conversion.StageEstimate;
import dev.revops.forecast.conversion.StageProbabilityModel;
import dev.revops.forecast.conversion.TransitionCounts;
import dev.revops.core.dimension.Dimension;
import dev.revops.core.dimension.OpenDimension;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code revops conversion}: stage probabilities learned from history, and how good they are. */
@Command(name = "conversion", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Learns P(win | stage) from the closed deals' histories (an absorbing Markov chain, and the share of deals "
            + "through each stage that were won), smoothed toward the stage defaults, with intervals and sample "
            + "sizes; and a naive-Bayes scorer. --evaluate compares them with the stage defaults on a hold-out.",
        "With --deals and no --transitions (a single-snapshot export), or with --deals-only, it reports the win rate "
            + "by any grouping from the deals alone (won, lost, open, average won deal, sales cycle) and names the "
            + "figures that need stage histories.",
        "Without --deals and --transitions it runs on the bundled sample."},
    footer = {"", "Examples:",
        "  revops conversion",
        "  revops conversion --deals sales_pipeline.csv --layout maven-crm --as-of 2017-12-31 --group-by product",
        "  revops conversion --deals sales_pipeline.csv --layout maven-crm --as-of 2017-12-31 \\",
        "      --roster sales_teams.csv --group-by level:manager",
        "  revops conversion --group-by segment --half-life 180 --save-model markov.json",
        "  revops conversion --roster roster.csv --group-by level:manager",
        "  revops conversion --evaluate --split-date 2026-06-01",
        "  revops pipeline --probability markov.json"})
final class ConversionCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  DealInput input;

  @Mixin
  HistoryInput histories;

  @Option(names = "--as-of", paramLabel = "DATE|latest",
      description = "Learn from deals closed before this date; " + AsOfDate.HELP + " (default: today; 2026-10-01 "
          + "for the sample).")
  AsOfDate asOf;

  @Option(names = "--lookback", paramLabel = "DAYS", description = "Learn from deals closed in the last DAYS days only "
      + "(1 to 36,500).")
  Integer lookback;

  @Option(names = "--half-life", paramLabel = "DAYS", description = "Weigh a deal closed DAYS days ago half as much "
      + "(1 to 36,500).")
  Integer halfLife;

  @Option(names = "--prior-strength", paramLabel = "K", defaultValue = "10",
      description = "Smooth each probability toward its stage default with K pseudo-deals, 0 to 1,000,000 with at most "
          + "9 decimals (default: ${DEFAULT-VALUE}).")
  BigDecimal priorStrength;

  @Option(names = {"--group-by", "--segment-by"}, paramLabel = "DIMENSION",
      description = "With stage histories: a model per value of one dimension (falling back below --min-deals): "
          + "owner, segment, source, product, stage, period, account, attribute:NAME or level:NAME of the --roster. "
          + "From the deals alone: the win rate grouped by owner, segment, source, product, stage, period, account, "
          + "attribute:NAME and/or level:NAME of the --roster (comma-separated).")
  String segmentBy;

  @Mixin
  RosterInput team;

  @Option(names = "--deals-only", description = "Report only what the deals alone give (win rate by --group-by), "
      + "even where stage histories are at hand (as with --deals and no --transitions).")
  boolean dealsOnly;

  @Option(names = "--min-deals", paramLabel = "N", defaultValue = "30",
      description = "Closed deals a segment needs for its own estimates, 0 or more (default: ${DEFAULT-VALUE}).")
  int minDeals;

  @Option(names = "--features", paramLabel = "DIMENSION", split = ",", defaultValue = "segment,source,product",
      description = "Naive-Bayes features besides the stage (default: ${DEFAULT-VALUE}).")
  List<String> features;

  @Option(names = "--method", paramLabel = "METHOD", defaultValue = "markov",
      description = "The model --save-model writes: markov, share, naive-bayes or odoo-pls (Odoo's predictive lead "
          + "scoring over the stage and --features, exactly) (default: ${DEFAULT-VALUE}).")
  String method;

  @Option(names = "--save-model", paramLabel = "FILE",
      description = "Write the fitted model as JSON, for revops pipeline --probability FILE or a CRM integration.")
  Path saveModel;

  @Option(names = "--evaluate", description = "Compare the models on a hold-out (needs --split-date).")
  boolean evaluate;

  @Option(names = "--split-date", paramLabel = "DATE",
      description = "Fit on deals closed before this date; score deals open at it that closed before --as-of.")
  LocalDate splitDate;

  @Mixin
  FormatOption output;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PipelineDefinition def = input.definition();
    boolean sample = input.bundled() && histories.transitions == null;
    LocalDate day = input.asOf(asOf, sample);
    checkOptions();
    if (dealsOnly || (!input.bundled() && histories.transitions == null)) {
      return dealsOnly(def, day);
    }
    List<String> notes = new ArrayList<>();
    Optional<OpenDimension> segment = segment(notes);
    List<Dimension> nbFeatures = Options.dimensions(features, "--features");
    ConversionOptions options = options(day, segment);
    TransitionCounts counts = new TransitionCounts(options, def);
    NaiveBayesCounts naiveBayes = Options.value(() -> new NaiveBayesCounts(options, def, nbFeatures), "--features");
    OdooLeadScoringCounts odoo = new OdooLeadScoringCounts(options, def, nbFeatures.stream().map(Dimension::key)
        .toList(), Optional.empty());
    HoldOut holdOut = !evaluate ? null : Options.value(() -> new HoldOut(def, options(splitDate, segment), day,
        nbFeatures), "--split-date");
    long[] dealless = {0};
    HistoryInput.Read read = histories.records(input, record -> {
      counts.add(record);
      if (record.deal().isEmpty()) {
        dealless[0]++;
        return;
      }
      naiveBayes.add(record);
      odoo.add(record);
      if (holdOut != null) {
        holdOut.add(record);
      }
    }, false, err);
    TransitionTable moves = counts.result();
    StageProbabilityModel markov = StageProbabilityModel.fit(moves, ConversionMethod.MARKOV);
    StageProbabilityModel share = StageProbabilityModel.fit(moves, ConversionMethod.SHARE);
    NaiveBayesModel nb = NaiveBayesModel.fit(naiveBayes.result(), BigDecimal.ONE);
    OdooLeadScoringModel odooModel = OdooLeadScoringModel.fit(odoo.result());
    Optional<ModelComparison> comparison = Optional.ofNullable(holdOut).map(HoldOut::result);
    save(markov, share, nb, odooModel);
    Output o = new Output(output.format, out);
    o.asOf(options.scope().asOf(), options.scope().zone(), input.latestDate());
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("deals", read.deals());
    team.json().ifPresent(r -> json.put("roster", r));
    if (!notes.isEmpty()) {
      json.put("notes", notes);
    }
    json.put("transitions", read.histories());
    json.put("historiesWithoutDeal", dealless[0]);
    json.put("excluded", moves.excluded());
    json.put("reopenings", moves.reopenings());
    json.put("markov", markov);
    json.put("share", share);
    json.put("naiveBayes", nb);
    json.put("odooLeadScoring", odooModel);
    comparison.ifPresent(c -> json.put("evaluation", c));
    o.json(json);
    if (!o.isJson()) {
      print(o, def, read, moves, markov, share, nb, comparison, dealless[0], notes);
    }
    o.flush();
    return 0;
  }

  /** What conversion needs stage histories for. */
  static final List<String> NEEDS_HISTORIES = List.of("P(win | stage) (Markov and the share of deals through each "
      + "stage)", "naive-Bayes and Odoo scoring over the stage", "--evaluate", "--save-model");

  /** The win rate by any grouping from the deals alone: no stage history read. */
  private Integer dealsOnly(PipelineDefinition def, LocalDate day) {
    for (Map.Entry<String, Boolean> o : Map.of("--evaluate", evaluate, "--save-model", saveModel != null,
        "--lookback", lookback != null, "--half-life", halfLife != null).entrySet()) {
      if (o.getValue()) {
        throw new CliException(o.getKey() + " needs --transitions (stage histories); from the deals alone "
            + "conversion reports the win rate by --group-by");
      }
    }
    List<String> notes = new ArrayList<>();
    team.read(input.encoding, notes);
    List<String> names = segmentBy == null ? List.of() : List.of(segmentBy.split(","));
    WinLoss winLoss = new WinLoss(WinLossCommand.options(day, def, team.dimensions(names, "--group-by"), team));
    ImportReport report = input.read(winLoss::add, 3, spec.commandLine().getErr());
    Options.warnRejected(report, "deals", notes);
    WinLossResult r = winLoss.result();
    Output o = new Output(output.format, spec.commandLine().getOut());
    o.asOf(r.options().scope().asOf(), r.options().scope().zone(), input.latestDate());
    o.json(WinLossCommand.dealsOnlyJson(report, notes, NEEDS_HISTORIES, r, team));
    PrintWriter text = o.text();
    text.printf(Locale.ROOT, "Win rate as of %s from the deals alone (no stage history): definition %s%n",
        r.options().scope().asOfDate(), def.ref());
    WinLossCommand.printInputs(text, report, team, notes);
    WinLossCommand.printTable(o, r);
    WinLossCommand.printNeedsHistories(text, NEEDS_HISTORIES);
    o.flush();
    return 0;
  }

  /**
   * The one dimension the models are segmented by, read against the roster when --roster is given:
   * a deal field, account, attribute:NAME or level:NAME.
   */
  private Optional<OpenDimension> segment(List<String> notes) {
    team.read(input.encoding, notes);
    if (segmentBy == null) {
      return Optional.empty();
    }
    List<OpenDimension> dimensions = team.dimensions(List.of(segmentBy.split(",")), "--group-by");
    if (dimensions.size() != 1) {
      throw new CliException("--group-by: with stage histories the models are segmented by one dimension (a model "
          + "per value), not " + dimensions.size() + " ('" + segmentBy + "')");
    }
    return Optional.of(dimensions.get(0));
  }

  private void checkOptions() {
    Limits.check("--min-deals", minDeals, 0, Integer.MAX_VALUE);
    Limits.check("--prior-strength", priorStrength, Limits.PRIOR_STRENGTH, Limits.PRIOR_DECIMALS);
    if (halfLife != null) {
      Limits.check("--half-life", halfLife, 1, Limits.DAYS);
    }
    if (evaluate && splitDate == null) {
      throw new CliException("--evaluate needs --split-date");
    }
    if (!List.of("markov", "share", "naive-bayes", "odoo-pls").contains(method.toLowerCase(Locale.ROOT))) {
      throw new CliException("--method '" + method + "' must be markov, share, naive-bayes or odoo-pls");
    }
  }

  private void save(StageProbabilityModel markov, StageProbabilityModel share, NaiveBayesModel nb,
      OdooLeadScoringModel odooModel) {
    if (saveModel == null) {
      return;
    }
    switch (method.toLowerCase(Locale.ROOT)) {
      case "markov":
        Json.write(saveModel, markov);
        break;
      case "share":
        Json.write(saveModel, share);
        break;
      case "naive-bayes":
        Json.write(saveModel, nb);
        break;
      case "odoo-pls":
        Json.write(saveModel, odooModel);
        break;
      default:
        throw new CliException("--method '" + method + "' must be markov, share, naive-bayes or odoo-pls");
    }
  }

  private ConversionOptions options(LocalDate day, Optional<OpenDimension> segment) {
    Scope scope = Scope.builder().asOf(day, input.definition().timeZone()).build();
    ConversionOptions.Builder b = ConversionOptions.builder().scope(scope).priorStrength(priorStrength)
        .halfLifeDays(Optional.ofNullable(halfLife)).segmentBy(segment).minDeals(minDeals)
        .roster(team.roster()).creditDate(team.creditDate());
    if (lookback != null) {
      b.since(day.minusDays(Limits.check("--lookback", lookback, 1, Limits.DAYS)));
    }
    return Options.value(b::build, "options");
  }

  private void print(Output o, PipelineDefinition def, HistoryInput.Read read, TransitionTable counts,
      StageProbabilityModel markov, StageProbabilityModel share, NaiveBayesModel nb, Optional<ModelComparison> comparison,
      long dealless, List<String> notes) {
    PrintWriter out = o.text();
    ConversionOptions opts = markov.options();
    out.printf(Locale.ROOT, "Conversion learned from %,d deals closed before %s%s: definition %s%s, prior strength %s%n",
        markov.closedDeals(), opts.scope().asOfDate(), opts.since().map(s -> " and since " + s).orElse(""), def.ref(),
        opts.halfLifeDays().map(h -> ", half-life " + h + " days").orElse(""), opts.priorStrength().toPlainString());
    out.printf(Locale.ROOT, "Deals: %,d accepted of %,d; transitions: %,d histories of %,d rows; excluded: %s%n",
        read.deals().rowsAccepted(), read.deals().rowsRead(), read.histories().recordsAccepted(),
        read.histories().rowsRead(), PipelineCommand.exclusions(counts.excluded()));
    team.line().ifPresent(out::println);
    notes.forEach(out::println);
    if (counts.reopenings() > 0) {
      out.printf(Locale.ROOT, "  %,d moves out of won or lost stages (reopenings) are not part of the chain%n",
          counts.reopenings());
    }
    if (dealless > 0) {
      out.printf(Locale.ROOT, "  %,d histories have no deal record: they teach the overall chain, not a segment's or "
          + "naive Bayes%n", dealless);
    }
    out.println();
    out.printf(Locale.ROOT, "P(win | stage): stage default, Markov chain and share of closed deals through the stage, "
        + "smoothed, with %s%% intervals%n", opts.intervalLevel().movePointRight(2).stripTrailingZeros().toPlainString());
    Table t = new Table("p-win", Table.key("stage"), Table.figure("default", "prior"),
        Table.figure("markov", "markovProbability"), Table.figure("interval", "markovInterval"),
        Table.hidden("markovLower"), Table.hidden("markovUpper"), Table.figure("raw", "markovRaw"),
        Table.figure("share", "shareProbability"), Table.figure("interval", "shareInterval"),
        Table.hidden("shareLower"), Table.hidden("shareUpper"), Table.figure("raw", "shareRaw"),
        Table.figure("deals", "sampleSize"));
    for (int i = 0; i < markov.stages().size(); i++) {
      StageEstimate m = markov.stages().get(i);
      StageEstimate s = share.stages().get(i);
      t.row(m.stageId(), pct(m.prior()), pct(m.probability()), interval(m), pct(m.lower()), pct(m.upper()),
          Cell.of(m.raw(), this::pct), pct(s.probability()), interval(s), pct(s.lower()), pct(s.upper()),
          Cell.of(s.raw(), this::pct), Table.count(m.sampleSize()));
    }
    o.print(t, "  ");
    printSegments(o, def, markov);
    out.println();
    out.printf(Locale.ROOT, "Naive Bayes over stage%s: learned from %s won and %s lost deals%n",
        nb.features().isEmpty() ? "" : ", " + String.join(", ", nb.features().stream().map(Dimension::key).toList()),
        Table.count(nb.won()).text(), Table.count(nb.lost()).text());
    o.figure("naive-bayes", "", "", "", "won", nb.won().toPlainString());
    o.figure("naive-bayes", "", "", "", "lost", nb.lost().toPlainString());
    comparison.ifPresent(c -> evaluation(o, c));
  }

  private void printSegments(Output o, PipelineDefinition def, StageProbabilityModel markov) {
    if (markov.segments().isEmpty()) {
      return;
    }
    PrintWriter out = o.text();
    ConversionOptions opts = markov.options();
    out.println();
    out.printf("By %s (Markov; a segment below %d closed deals uses the overall estimates)%n",
        opts.segmentBy().get().key(), opts.minDeals());
    List<Table.Column> header = new ArrayList<>(List.of(Table.key(opts.segmentBy().get().key()),
        Table.figure("deals", "closedDeals")));
    def.openStages().forEach(st -> header.add(Table.figure(st.id(), st.id())));
    Table seg = new Table("segment", header);
    for (SegmentEstimates s : markov.segments()) {
      List<Object> row = new ArrayList<>(List.of(s.value(), Table.count(s.closedDeals())));
      for (Stage st : def.openStages()) {
        row.add(s.fallback() ? Cell.note("(overall)") : s.stages().stream().filter(e -> e.stageId().equals(st.id()))
            .findFirst().map(e -> pct(e.probability())).orElse(Cell.NONE));
      }
      seg.row(row);
    }
    o.print(seg, "  ");
  }

  private static void evaluation(Output o, ModelComparison c) {
    PrintWriter out = o.text();
    out.println();
    out.printf(Locale.ROOT, "Hold-out: fitted on %,d deals closed before %s, scored on %,d deals open then and "
        + "closed before %s (lower is better)%n", c.trainingDeals(), c.splitDate(), c.testDeals(), c.asOf());
    o.figure("hold-out", "", "", "", "trainingDeals", Long.toString(c.trainingDeals()));
    o.figure("hold-out", "", "", "", "testDeals", Long.toString(c.testDeals()));
    Table s = new Table("hold-out", Table.key("model"), Table.figure("deals", "deals"), Table.figure("won", "won"),
        Table.figure("Brier score", "brierScore"), Table.figure("log loss", "logLoss"));
    for (CalibrationScore sc : c.scores()) {
      s.row(sc.model().id().split(":")[0], Table.count(sc.deals()), Table.count(sc.won()),
          Cell.of(sc.brierScore(), Cell::number), Cell.of(sc.logLoss(), Cell::number));
    }
    o.print(s, "  ");
    out.println("  Reliability (predicted vs observed win share, deals per bin):");
    List<Table.Column> header = new ArrayList<>(List.of(Table.key("model")));
    for (ReliabilityBin b : c.scores().get(0).reliability()) {
      String bin = b.from().toPlainString() + "-" + b.to().toPlainString();
      header.add(Table.figure(bin, bin + " meanPredicted"));
      header.add(Table.hidden(bin + " observedWinShare"));
      header.add(Table.hidden(bin + " deals"));
    }
    Table r = new Table("reliability", header);
    for (CalibrationScore sc : c.scores()) {
      List<Object> row = new ArrayList<>(List.of(sc.model().id().split(":")[0]));
      for (ReliabilityBin b : sc.reliability()) {
        if (b.deals() == 0) {
          row.addAll(List.of(Cell.NONE, Cell.NONE, Table.count(0)));
          continue;
        }
        String predicted = b.meanPredicted().get().toPlainString();
        String observed = b.observedWinShare().get().toPlainString();
        row.add(new Cell(predicted + "/" + observed + " (" + b.deals() + ")", predicted, null));
        row.add(Cell.number(b.observedWinShare().get()));
        row.add(Table.count(b.deals()));
      }
      r.row(row);
    }
    o.print(r, "  ");
  }

  private Cell pct(dev.revops.core.probability.Probability p) {
    return Table.percent(p.toBigDecimal());
  }

  private Cell interval(StageEstimate e) {
    return Cell.note(pct(e.lower()).text() + "-" + pct(e.upper()).text());
  }
}
