package dev.revops.examples.cli;

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
import dev.revops.forecast.pipeline.Dimension;
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
        "Without --deals and --transitions it runs on the bundled sample."},
    footer = {"", "Examples:",
        "  revops conversion",
        "  revops conversion --group-by segment --half-life 180 --save-model markov.json",
        "  revops conversion --evaluate --split-date 2026-06-01",
        "  revops pipeline --probability markov.json"})
final class ConversionCommand implements Callable<Integer> {

  enum Format { TABLE, JSON, CSV }

  @Spec
  CommandSpec spec;

  @Mixin
  DealInput input;

  @Mixin
  HistoryInput histories;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "Learn from deals closed before this date (default: today; 2026-10-01 for the sample).")
  LocalDate asOf;

  @Option(names = "--lookback", paramLabel = "DAYS", description = "Learn from deals closed in the last DAYS days only.")
  Integer lookback;

  @Option(names = "--half-life", paramLabel = "DAYS", description = "Weigh a deal closed DAYS days ago half as much.")
  Integer halfLife;

  @Option(names = "--prior-strength", paramLabel = "K", defaultValue = "10",
      description = "Smooth each probability toward its stage default with K pseudo-deals (default: ${DEFAULT-VALUE}).")
  BigDecimal priorStrength;

  @Option(names = {"--group-by", "--segment-by"}, paramLabel = "DIMENSION",
      description = "A model per segment, source or product (falling back below --min-deals).")
  String segmentBy;

  @Option(names = "--min-deals", paramLabel = "N", defaultValue = "30",
      description = "Closed deals a segment needs for its own estimates (default: ${DEFAULT-VALUE}).")
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
    if (evaluate && splitDate == null) {
      throw new CliException("--evaluate needs --split-date");
    }
    if (!List.of("markov", "share", "naive-bayes", "odoo-pls").contains(method.toLowerCase(Locale.ROOT))) {
      throw new CliException("--method '" + method + "' must be markov, share, naive-bayes or odoo-pls");
    }
    Optional<Dimension> segment = Optional.ofNullable(segmentBy).map(s -> Options.value(() -> Dimension.parse(s),
        "--group-by"));
    List<Dimension> nbFeatures = Options.dimensions(features, "--features");
    ConversionOptions options = options(day, segment);
    TransitionCounts counts = new TransitionCounts(options, def);
    NaiveBayesCounts naiveBayes = Options.value(() -> new NaiveBayesCounts(options, def, nbFeatures), "--features");
    OdooLeadScoringCounts odoo = new OdooLeadScoringCounts(options, def, nbFeatures.stream().map(Dimension::key)
        .toList(), Optional.empty());
    HoldOut holdOut = !evaluate ? null : Options.value(() -> new HoldOut(def, options(splitDate, segment), day,
        nbFeatures), "--split-date");
    long[] dealless = {0};
    HistoryInput.Read read = histories.read(input, (history, deal) -> {
      counts.add(history, deal);
      if (deal == null) {
        dealless[0]++;
        return;
      }
      naiveBayes.add(history, deal);
      odoo.add(history, deal);
      if (holdOut != null) {
        holdOut.add(history, deal);
      }
    }, false, err);
    StageProbabilityModel markov = counts.fit(ConversionMethod.MARKOV);
    StageProbabilityModel share = counts.fit(ConversionMethod.SHARE);
    NaiveBayesModel nb = naiveBayes.fit(BigDecimal.ONE);
    Optional<ModelComparison> comparison = Optional.ofNullable(holdOut).map(HoldOut::result);
    if (saveModel != null) {
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
          Json.write(saveModel, odoo.fit());
          break;
        default:
          throw new CliException("--method '" + method + "' must be markov, share, naive-bayes or odoo-pls");
      }
    }
    switch (format) {
      case JSON:
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("deals", read.deals());
        json.put("transitions", read.histories());
        json.put("excluded", counts.excluded());
        json.put("markov", markov);
        json.put("share", share);
        json.put("naiveBayes", nb);
        json.put("odooLeadScoring", odoo.fit());
        comparison.ifPresent(c -> json.put("evaluation", c));
        Json.print(out, json);
        break;
      case CSV:
        csv(out, markov, share, comparison);
        break;
      default:
        table(out, def, read, counts, markov, share, nb, comparison, dealless[0]);
    }
    out.flush();
    return 0;
  }

  private ConversionOptions options(LocalDate day, Optional<Dimension> segment) {
    ConversionOptions.Builder b = ConversionOptions.builder().asOf(day).priorStrength(priorStrength)
        .halfLifeDays(Optional.ofNullable(halfLife)).segmentBy(segment).minDeals(minDeals)
        .zone(input.definition().timeZone());
    if (lookback != null) {
      if (lookback < 1) {
        throw new CliException("--lookback must be at least 1 day, was " + lookback);
      }
      b.since(day.minusDays(lookback));
    }
    return Options.value(b::build, "options");
  }

  private void table(PrintWriter out, PipelineDefinition def, HistoryInput.Read read, TransitionCounts counts,
      StageProbabilityModel markov, StageProbabilityModel share, NaiveBayesModel nb, Optional<ModelComparison> comparison,
      long dealless) {
    ConversionOptions o = markov.options();
    out.printf(Locale.ROOT, "Conversion learned from %,d deals closed before %s%s: definition %s%s, prior strength %s%n",
        markov.closedDeals(), o.asOf(), o.since().map(s -> " and since " + s).orElse(""), def.ref(),
        o.halfLifeDays().map(h -> ", half-life " + h + " days").orElse(""), o.priorStrength().toPlainString());
    out.printf(Locale.ROOT, "Deals: %,d accepted of %,d; transitions: %,d histories of %,d rows; excluded: %s%n",
        read.deals().rowsAccepted(), read.deals().rowsRead(), read.histories().recordsAccepted(),
        read.histories().rowsRead(), PipelineCommand.exclusions(counts.excluded()));
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
        + "smoothed, with %s%% intervals%n", o.intervalLevel().movePointRight(2).stripTrailingZeros().toPlainString());
    Table t = new Table(List.of("stage", "default", "markov", "interval", "raw", "share", "interval", "raw", "deals"));
    for (int i = 0; i < markov.stages().size(); i++) {
      StageEstimate m = markov.stages().get(i);
      StageEstimate s = share.stages().get(i);
      t.row(List.of(m.stageId(), pct(m.prior()), pct(m.probability()), interval(m), m.raw().map(this::pct).orElse("-"),
          pct(s.probability()), interval(s), s.raw().map(this::pct).orElse("-"), Table.count(m.sampleSize())));
    }
    t.print(out, "  ");
    if (!markov.segments().isEmpty()) {
      out.println();
      out.printf("By %s (Markov; a segment below %d closed deals uses the overall estimates)%n",
          o.segmentBy().get().key(), o.minDeals());
      List<String> header = new ArrayList<>(List.of(o.segmentBy().get().key(), "deals"));
      def.openStages().forEach(st -> header.add(st.id()));
      Table seg = new Table(header);
      for (SegmentEstimates s : markov.segments()) {
        List<String> row = new ArrayList<>(List.of(s.value(), Table.count(s.closedDeals())));
        for (Stage st : def.openStages()) {
          row.add(s.fallback() ? "(overall)" : s.stages().stream().filter(e -> e.stageId().equals(st.id()))
              .findFirst().map(e -> pct(e.probability())).orElse("-"));
        }
        seg.row(row);
      }
      seg.print(out, "  ");
    }
    out.println();
    out.printf(Locale.ROOT, "Naive Bayes over stage%s: learned from %s won and %s lost deals%n",
        nb.features().isEmpty() ? "" : ", " + String.join(", ", nb.features().stream().map(Dimension::key).toList()),
        Table.count(nb.won()), Table.count(nb.lost()));
    comparison.ifPresent(c -> {
      out.println();
      out.printf(Locale.ROOT, "Hold-out: fitted on %,d deals closed before %s, scored on %,d deals open then and "
          + "closed before %s (lower is better)%n", c.trainingDeals(), c.splitDate(), c.testDeals(), c.asOf());
      Table s = new Table(List.of("model", "deals", "won", "Brier score", "log loss"));
      for (CalibrationScore sc : c.scores()) {
        s.row(List.of(sc.model().id().split(":")[0], Table.count(sc.deals()), Table.count(sc.won()),
            sc.brierScore().map(BigDecimal::toPlainString).orElse("-"),
            sc.logLoss().map(BigDecimal::toPlainString).orElse("-")));
      }
      s.print(out, "  ");
      out.println("  Reliability (predicted vs observed win share, deals per bin):");
      List<String> header = new ArrayList<>(List.of("model"));
      c.scores().get(0).reliability().forEach(b -> header.add(b.from().toPlainString() + "-" + b.to().toPlainString()));
      Table r = new Table(header);
      for (CalibrationScore sc : c.scores()) {
        List<String> row = new ArrayList<>(List.of(sc.model().id().split(":")[0]));
        for (ReliabilityBin b : sc.reliability()) {
          row.add(b.deals() == 0 ? "-" : b.meanPredicted().get().toPlainString() + "/"
              + b.observedWinShare().get().toPlainString() + " (" + b.deals() + ")");
        }
        r.row(row);
      }
      r.print(out, "  ");
    });
  }

  private String pct(dev.revops.core.probability.Probability p) {
    return Table.percent(p.toBigDecimal());
  }

  private String interval(StageEstimate e) {
    return pct(e.lower()) + "-" + pct(e.upper());
  }

  private static void csv(PrintWriter out, StageProbabilityModel markov, StageProbabilityModel share,
      Optional<ModelComparison> comparison) {
    out.println("model,segment,stage,measure,value");
    for (StageProbabilityModel m : List.of(markov, share)) {
      String name = m.method().name().toLowerCase(Locale.ROOT);
      m.stages().forEach(e -> estimate(out, name, "", e));
      for (SegmentEstimates s : m.segments()) {
        out.printf("%s,%s,,fallback,%s%n", name, s.value(), s.fallback());
        s.stages().forEach(e -> estimate(out, name, s.value(), e));
      }
    }
    comparison.ifPresent(c -> c.scores().forEach(sc -> {
      String name = sc.model().id().split(":")[0];
      sc.brierScore().ifPresent(b -> out.printf("%s,,,brierScore,%s%n", name, b.toPlainString()));
      sc.logLoss().ifPresent(b -> out.printf("%s,,,logLoss,%s%n", name, b.toPlainString()));
    }));
  }

  private static void estimate(PrintWriter out, String model, String segment, StageEstimate e) {
    out.printf("%s,%s,%s,probability,%s%n", model, segment, e.stageId(), e.probability());
    out.printf("%s,%s,%s,lower,%s%n", model, segment, e.stageId(), e.lower());
    out.printf("%s,%s,%s,upper,%s%n", model, segment, e.stageId(), e.upper());
    e.raw().ifPresent(r -> out.printf("%s,%s,%s,raw,%s%n", model, segment, e.stageId(), r));
    out.printf("%s,%s,%s,sampleSize,%d%n", model, segment, e.stageId(), e.sampleSize());
  }
}
