package dev.revops.examples.cli;

import dev.revops.core.io.ImportReport;
import dev.revops.core.io.RecordImporter;
import dev.revops.core.money.CurrencyMismatchException;
import dev.revops.core.period.PeriodKind;
import dev.revops.core.scope.Scope;
import dev.revops.examples.sample.Bundled;
import dev.revops.forecast.conversion.ProbabilityModel;
import dev.revops.forecast.pipeline.Target;
import dev.revops.forecast.pipeline.TargetCsv;
import dev.revops.forecast.projection.PlanComparison;
import dev.revops.forecast.projection.PlanRow;
import dev.revops.forecast.projection.Projection;
import dev.revops.forecast.projection.ProjectionOptions;
import dev.revops.forecast.projection.ProjectionRecord;
import dev.revops.forecast.projection.ProjectionResult;
import dev.revops.forecast.projection.RevenueTemplates;
import dev.revops.forecast.review.DealSeries;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The revenue view of the Wednesday forecast reconciliation, beside its bookings view: the latest
 * state's open deals and the booked contracts projected into recognized revenue and cash per month
 * ({@link Projection}), set against monthly revenue targets ({@link PlanComparison}).
 */
final class RevenueView {
  private final Projection projection;
  private final List<Target> targets;
  private final Path contracts;
  private final boolean sample;
  private final List<String> notes;

  /** What the view found: the projection, the plan and the contracts read. */
  record Result(ProjectionResult projection, PlanComparison plan, Optional<ImportReport> contracts) {
    /** The JSON section: every figure the view shows. */
    Map<String, Object> json() {
      Map<String, Object> m = new LinkedHashMap<>();
      contracts.ifPresent(c -> m.put("contractsImport", c));
      m.put("againstPlan", plan);
      m.put("projection", projection);
      return m;
    }
  }

  private RevenueView(Projection projection, List<Target> targets, Path contracts, boolean sample,
      List<String> notes) {
    this.projection = projection;
    this.targets = targets;
    this.contracts = contracts;
    this.sample = sample;
    this.notes = notes;
  }

  /** The files a revenue view reads, as the options gave them. */
  record Files(boolean asked, Path revenueTargets, Path templates, Path contracts) {}

  /**
   * The view the options ask for: none unless asked ({@code --revenue}, or a revenue targets or
   * templates file); with the sample, its files stand in for those not given; otherwise both
   * revenue targets and templates are needed.
   */
  static Optional<RevenueView> of(Files files, DealInput input, Scope review, ProbabilityModel model,
      List<String> notes, PrintWriter err) {
    boolean asked = files.asked() || files.revenueTargets() != null || files.templates() != null;
    if (!asked) {
      return Optional.empty();
    }
    boolean sample = input.bundled();
    if (!sample && (files.revenueTargets() == null || files.templates() == null)) {
      throw new CliException("the revenue view needs --revenue-targets FILE and --templates FILE with --deals");
    }
    Scope monthly = Options.value(() -> Scope.builder().asOf(review.asOf()).zone(review.zone())
        .periodKind(PeriodKind.MONTH).fiscalCalendar(review.fiscalCalendar())
        .workingCalendar(review.workingCalendar()).reportingCurrency(review.reportingCurrency())
        .exchangeRates(review.exchangeRates()).addAllBasedOn(review.basedOn()).exampleLimit(review.exampleLimit())
        .build(), "--revenue-targets");
    RevenueTemplates templates = ProjectionInputs.templates(files.templates(), notes);
    Projection projection = new Projection(ProjectionOptions.of(monthly), model, templates);
    List<Target> targets = targets(input, files.revenueTargets(), monthly, notes, err);
    return Optional.of(new RevenueView(projection, targets, files.contracts(), sample, notes));
  }

  private static List<Target> targets(DealInput input, Path file, Scope scope, List<String> notes,
      PrintWriter err) {
    RecordImporter<Target> importer = file != null && file.toString().toLowerCase(Locale.ROOT).endsWith(".json")
        ? TargetCsv.jsonImporter() : TargetCsv.importer(scope.fiscalCalendar(), PeriodKind.MONTH,
        scope.reportingCurrency());
    List<Target> accepted = new ArrayList<>();
    ImportReport report = input.read(importer, file, Bundled::sampleRevenueTargets, Limits.upTo(Limits.TARGETS,
        accepted::size, accepted::add, file == null ? Bundled.SAMPLE_REVENUE_TARGETS : file, "revenue targets"), err,
        "revenue targets");
    Options.warnRejected(report, "revenue targets", notes);
    if (file == null) {
      notes.add("Revenue targets: " + Bundled.SAMPLE_REVENUE_TARGETS + ".");
    }
    return accepted;
  }

  /** Projects a deal as it is in the latest state (a deal not in it is not projected). */
  void add(DealSeries series) {
    try {
      series.latest().ifPresent(d -> projection.add(ProjectionRecord.openDeal(d)));
    } catch (CurrencyMismatchException e) {
      throw ProjectionInputs.mixedCurrencies(e);
    }
  }

  /** Adds the booked contracts and compares the projection with the targets. */
  Result finish() {
    Optional<ImportReport> read = Optional.empty();
    try {
      if (contracts != null || sample) {
        read = Optional.of(ProjectionInputs.contracts(contracts, c -> projection.add(ProjectionRecord.booked(c)),
            notes));
      }
    } catch (CurrencyMismatchException e) {
      throw ProjectionInputs.mixedCurrencies(e);
    }
    ProjectionResult result = projection.result();
    PlanComparison plan = Options.value(() -> PlanComparison.of(result, targets), "--revenue-targets");
    return new Result(result, plan, read);
  }

  /** Prints the view: per month, the target beside projected revenue (booked and pipeline), the gap and cash. */
  static void print(Output o, Result r) {
    PrintWriter out = o.text();
    out.println("WEDNESDAY: REVENUE AGAINST PLAN (the projection: booked contracts' schedules + open deals' "
        + "schedules x probability)");
    Table t = new Table("revenue-plan", Table.period("month"), Table.currency(), Table.figure("target", "target"),
        Table.figure("booked revenue", "bookedRevenue"), Table.figure("pipeline revenue", "pipelineRevenue"),
        Table.figure("projected revenue", "projectedRevenue"), Table.figure("gap", "gap"),
        Table.figure("projected cash", "projectedCash"));
    for (PlanRow x : r.plan().rows()) {
      t.row(x.period().label(), x.target().getCurrencyCode(), Table.amount(x.target()),
          Table.amount(x.bookedRevenue()), Table.amount(x.pipelineRevenue()), Table.amount(x.projectedRevenue()),
          Table.amount(x.gap()), Table.amount(x.projectedCash()));
    }
    o.print(t, "  ");
    out.printf(Locale.ROOT, "  projected as of %s under %s with %s: %,d open deals, %,d booked contracts "
        + "(gap = projected revenue - target)%n%n", r.projection().options().scope().asOfDate(),
        r.projection().templates(), r.projection().probabilityModel(), r.projection().openDeals(),
        r.projection().bookedContracts());
  }
}
