package dev.revops.examples.cli;

import dev.revops.core.io.ImportReport;
import dev.revops.core.io.RecordImporter;
import dev.revops.core.period.Period;
import dev.revops.core.pipeline.ForecastCategory;
import dev.revops.core.roster.RosterImport;
import dev.revops.core.scope.Scope;
import dev.revops.examples.sample.Bundled;
import dev.revops.forecast.calls.CallOptions;
import dev.revops.forecast.calls.ForecastAdjustment;
import dev.revops.forecast.calls.ForecastCall;
import dev.revops.forecast.calls.ManagerReview;
import dev.revops.forecast.calls.ManagerReviewOptions;
import dev.revops.forecast.calls.RosterTarget;
import dev.revops.forecast.calls.TargetCovers;
import dev.revops.forecast.conversion.ProbabilityModel;
import dev.revops.forecast.pipeline.Target;
import dev.revops.forecast.pipeline.TargetCsv;
import dev.revops.forecast.review.ReviewOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options of {@code revops review}'s Wednesday review per manager and coverage trend, and how
 * their inputs are read: the roster, calls, adjustments and team targets (the bundled sample's by
 * default on the sample).
 */
final class ManagerInput {
  @Option(names = "--by-manager",
      description = "Add the Wednesday review per manager: target, call, adjusted, system forecast, P10-P90 and gaps, with "
          + "--roster FILE (deals credited on the as-of date unless --credit says otherwise). On the bundled sample "
          + "it uses the sample's roster, calls, adjustments and team targets.")
  boolean byManager;

  /** The command's roster options (read once there), set by {@link #use}. */
  private RosterInput team;

  /** The roster file (review's --roster), set by {@link #use}. */
  private Path roster;

  @Option(names = "--calls", paramLabel = "FILE",
      description = "Forecast calls for the review per manager: CSV caller,period,category,amount,currency,"
          + "submitted_at.")
  Path calls;

  @Option(names = "--adjustments", paramLabel = "FILE",
      description = "Adjustments for the review per manager: CSV adjuster,subject,period,category,amount,currency,at.")
  Path adjustments;

  @Option(names = "--team-targets", paramLabel = "FILE",
      description = "Targets set directly on managers or levels for their whole team: CSV period,owner,amount,currency "
          + "(or JSON). Shown beside the roll-up of --targets' per-owner targets, with the difference.")
  Path teamTargets;

  @Option(names = "--manager-level", paramLabel = "LEVEL",
      description = "Show the people at this roster level (default: every person with reports).")
  String level;

  /** The credit day (review's --credit; as-of when not given), set by {@link #use}. */
  private String credit = "as-of";

  @Option(names = "--category", paramLabel = "CATEGORY", defaultValue = "commit",
      description = "The forecast category called and adjusted (default: ${DEFAULT-VALUE}).")
  String category;

  @Option(names = "--forecast-period", paramLabel = "LABEL",
      description = "The period reviewed per manager (default: the latest state's).")
  String forecastPeriod;

  @Option(names = "--coverage-trend",
      description = "Add the coverage trend: each state's pipeline coverage of its period at its week, against the "
          + "same week of earlier periods (give states on those weeks with --earlier).")
  boolean coverageTrend;

  /**
   * Takes the command's one {@code --roster} and {@code --credit} (shared with its grouping): the
   * review per manager credits deals on the as-of date unless {@code --credit} says otherwise.
   *
   * @param team the command's roster options
   */
  void use(RosterInput team) {
    this.team = team;
    roster = team.roster;
    credit = team.credit == null ? "as-of" : team.credit.strip();
    team.creditReadElsewhere = byManager;
  }

  /** Whether the review per manager is asked for. */
  boolean wanted() {
    return byManager;
  }

  /** What was read for the review per manager, as its JSON shows it, and the accumulator to feed. */
  record Read(ManagerReview review, RosterImport roster, Map<String, ImportReport> imports) {
    /** The roster's import report and levels, and the other inputs' import reports, for the JSON output. */
    Map<String, Object> json() {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("report", roster.report());
      r.put("levels", roster.roster().levels());
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("roster", r);
      m.putAll(imports);
      return m;
    }
  }

  /**
   * Reads the roster, calls, adjustments and team targets and builds the review per manager of the
   * period reviewed.
   */
  Read read(DealInput input, ReviewOptions options, ProbabilityModel model, List<Target> goals,
      CurrencyInput.Conversion conversion, List<String> notes, PrintWriter err) {
    boolean sample = input.bundled();
    Currency currency = check(input, conversion);
    Scope scope = options.scope();
    // the roster the command's grouping read, not read again; the sample's without --roster
    RosterImport team = this.team.read(input.encoding, notes).orElseGet(() -> CallInputs.roster(null, input, notes));
    Map<String, ImportReport> imports = new LinkedHashMap<>();
    List<ForecastCall> called = new ArrayList<>();
    if (calls != null || sample) {
      imports.put("calls", CallInputs.calls(input, calls, Bundled::sampleCalls, Bundled.SAMPLE_CALLS, scope,
          conversion.currency(), called, notes, err));
    }
    if (calls == null && sample) {
      imports.put("callsQ4", CallInputs.calls(input, null, Bundled::sampleCallsQ4, Bundled.SAMPLE_CALLS_Q4, scope,
          conversion.currency(), called, notes, err));
    }
    List<ForecastAdjustment> adjusted = new ArrayList<>();
    if (adjustments != null || sample) {
      imports.put("adjustments", CallInputs.adjustments(input, adjustments, scope, conversion.currency(), adjusted,
          notes, err));
    }
    List<RosterTarget> targets = new ArrayList<>(personal(goals, TargetCovers.OWN));
    if (teamTargets != null || sample) {
      List<Target> teamRows = new ArrayList<>();
      imports.put("teamTargets", teamTargets(input, options, conversion, teamRows, notes, err));
      List<RosterTarget> personTeam = personal(teamRows, TargetCovers.TEAM);
      if (personTeam.size() < teamRows.size()) {
        notes.add(String.format(Locale.ROOT, "Team targets: %,d rows are not split by owner alone and are not used.",
            teamRows.size() - personTeam.size()));
      }
      targets.addAll(personTeam);
    }
    ManagerReviewOptions.Builder b = ManagerReviewOptions.builder().period(period(scope, options))
        .callOptions(Options.value(() -> CallOptions.builder().scope(scope).roster(team.roster())
            .creditDate(CallInputs.creditDate(credit)).build(), "options"))
        .category(Options.value(() -> ForecastCategory.parse(category), "--category")).currency(currency)
        .addAllTargets(targets).addAllCalls(called).addAllAdjustments(adjusted);
    Optional.ofNullable(level).ifPresent(b::level);
    ManagerReviewOptions o = Options.value(b::build, "--manager-level");
    return new Read(Options.value(() -> new ManagerReview(o, model), "--forecast-period"), team, imports);
  }

  /**
   * Refuses, before anything is read, a review per manager without a roster (other than on the
   * sample) or without one currency; returns the currency.
   */
  Currency check(DealInput input, CurrencyInput.Conversion conversion) {
    if (roster == null && !input.bundled()) {
      throw new CliException("--by-manager needs --roster FILE (the sales hierarchy the deals roll up)");
    }
    return conversion.currency().orElseThrow(() -> new CliException(
        "--by-manager needs --currency (every manager's figures are in one currency)"));
  }

  private String period(Scope scope, ReviewOptions options) {
    if (forecastPeriod == null) {
      return scope.periodOf(options.dateOf(options.states().size() - 1)).label();
    }
    Period p = Options.value(() -> scope.fiscalCalendar().parse(scope.periodKind(), forecastPeriod),
        "--forecast-period");
    return p.label();
  }

  private ImportReport teamTargets(DealInput input, ReviewOptions options, CurrencyInput.Conversion conversion,
      List<Target> into, List<String> notes, PrintWriter err) {
    Scope scope = options.scope();
    RecordImporter<Target> importer = teamTargets != null
        && teamTargets.toString().toLowerCase(Locale.ROOT).endsWith(".json") ? TargetCsv.jsonImporter()
        : TargetCsv.importer(scope.fiscalCalendar(), scope.periodKind(), conversion.currency());
    ImportReport report = input.read(importer, teamTargets, Bundled::sampleTeamTargets, Limits.upTo(Limits.TARGETS,
        into::size, into::add, teamTargets == null ? Bundled.SAMPLE_TEAM_TARGETS : teamTargets, "team targets"),
        err, "team targets");
    Options.warnRejected(report, "team targets", notes);
    return report;
  }

  /** The per-owner targets as people's targets; the others (whole pipeline, other splits) are not. */
  private static List<RosterTarget> personal(List<Target> targets, TargetCovers covers) {
    List<RosterTarget> out = new ArrayList<>();
    for (Target t : targets) {
      if (t.group().keySet().equals(java.util.Set.of("owner"))) {
        out.add(RosterTarget.of(t, covers));
      }
    }
    return out;
  }
}
