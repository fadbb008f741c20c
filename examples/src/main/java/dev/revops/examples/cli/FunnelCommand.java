package dev.revops.examples.cli;

import dev.revops.core.lead.LifecycleHistory;
import dev.revops.core.lead.LifecycleChange;
import dev.revops.core.lead.LeadJourney;
import dev.revops.core.io.ImportOptions;
import dev.revops.core.io.ImportReport;
import dev.revops.core.io.JsonRecordImporter;
import dev.revops.core.io.ImportFormatException;
import dev.revops.core.lead.LeadFunnel;
import dev.revops.core.lead.LifecycleDefinition;
import dev.revops.core.lead.SkippedStages;
import dev.revops.core.scope.Scope;
import dev.revops.examples.sample.Bundled;
import dev.revops.forecast.funnel.ConversionRule;
import dev.revops.forecast.funnel.Funnel;
import dev.revops.forecast.funnel.FunnelOptions;
import dev.revops.forecast.funnel.FunnelResult;
import dev.revops.forecast.funnel.LeadDimension;
import dev.revops.handoff.Handoff;
import dev.revops.handoff.lead.LeadHandoffOptions;
import dev.revops.handoff.lead.LeadHandoffRecord;
import dev.revops.handoff.lead.LeadHandoffResult;
import dev.revops.handoff.lead.LeadHandoffs;
import dev.revops.handoff.protocol.HandoffMap;
import dev.revops.handoff.protocol.HandoffProtocol;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code revops funnel}: the lead funnel: entries into each lifecycle step, conversion between
 * steps and to won deals by the cohort and the period rule side by side, time to convert, and the
 * MQL-to-SAL handoff joined to conversion.
 */
@Command(name = "funnel", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "The lead funnel: how many leads entered each lifecycle step (HubSpot's default lifecycle unless "
            + "--lifecycle), and their conversion to the next step and to the last (won deals), by two named rules "
            + "side by side: the cohort rule (the leads that entered a step, followed forward: converted of "
            + "resolved and of all, the unresolved counted) and the period rule (conversions of a period over "
            + "entries of the same period: it may exceed 100%%; months unless --period). Time to convert is "
            + "estimated by Kaplan-Meier, the "
            + "leads not converted yet censored, so recent cohorts are not understated. With handoffs, the "
            + "MQL-to-SAL handoff of each lead is judged against its protocol and joined to conversion.",
        "Without --leads it runs on the bundled sample leads, as of 2026-10-01."},
    footer = {"", "Examples:",
        "  revops funnel",
        "  revops funnel --group-by source --window 90 --by-period",
        "  revops funnel --leads contacts.csv --lead-layout hubspot-contacts --steps MQL,SQL,customer",
        "  revops funnel --leads leads.csv --lead-layout salesforce-leads --deals opportunities.csv "
            + "--deal-layout salesforce-opportunities",
        "  revops funnel --leads olist_marketing_qualified_leads_dataset.csv --lead-layout olist-mqls \\",
        "      --deals olist_closed_deals_dataset.csv --steps MQL,won --group-by source --as-of 2019-01-01"})
final class FunnelCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  LeadInput input;

  @Mixin
  PeriodInput periods;

  @Option(names = "--as-of", paramLabel = "DATE|latest",
      description = "The date the leads are seen from, at its start in --zone; latest: the latest day a lead was "
          + "created or changed lifecycle stage, in --zone (default: today; 2026-10-01 for the sample).")
  AsOfDate asOf;

  @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "UTC",
      description = "The zone of dates, periods and entry months (default: ${DEFAULT-VALUE}).")
  String zone;

  @Option(names = "--steps", paramLabel = "STEP", split = ",",
      description = "The funnel's steps, in order: lifecycle stages (id, name or alias: MQL, SQL), deal (converted "
          + "into a deal) and won (the deal won). Default: every funnel stage, deal and won.")
  List<String> steps = new ArrayList<>();

  @Option(names = "--passed-through",
      description = "Count a skipped lifecycle stage as entered when a lead reaches a later step.")
  boolean passedThrough;

  @Option(names = "--group-by", paramLabel = "DIMENSION", split = ",",
      description = "Group by source, campaign, owner (sdr), segment, entryMonth and/or attributes.<name>.")
  List<String> groupBy = new ArrayList<>();

  @Option(names = "--rules", paramLabel = "RULE", split = ",", defaultValue = "cohort,period",
      description = "The conversion rules to compute: cohort, period (default: ${DEFAULT-VALUE}).")
  List<ConversionRule> rules;

  @Option(names = "--window", paramLabel = "DAYS",
      description = "Cohort rule: a conversion counts only within DAYS days of entering the step; a lead whose "
          + "window ran out is resolved as not converted. Default: no window.")
  Integer window;

  @Option(names = "--horizons", paramLabel = "DAYS", split = ",", defaultValue = "30,90,180",
      description = "Time to convert: the estimated share converted within these days (default: ${DEFAULT-VALUE}).")
  List<Integer> horizons;

  @Option(names = "--by-period", description = "Also show the cohort rule per entry period.")
  boolean byPeriod;

  @Option(names = "--handoffs", paramLabel = "FILE",
      description = "Lead handoffs: JSON Lines (one handoff per line, naming its leadId). Default: the bundled "
          + "sample's, for the sample.")
  Path handoffs;

  @Option(names = "--map", paramLabel = "NAME|FILE", defaultValue = Bundled.HANDOFF_MAP,
      description = "The handoff map (JSON): b2b-handoffs (bundled) or a file (default: ${DEFAULT-VALUE}).")
  String map;

  @Option(names = "--protocol", paramLabel = "ID", defaultValue = "mql-to-sal",
      description = "The lead-level protocol judged (default: ${DEFAULT-VALUE}).")
  String protocol;

  @Option(names = "--handoff-from", paramLabel = "STEP", defaultValue = "MQL",
      description = "The step whose entry triggers the handoff (default: ${DEFAULT-VALUE}).")
  String handoffFrom;

  @Option(names = "--handoff-to", paramLabel = "STEP",
      description = "The step the handoff comparison converts to (default: the funnel's last step).")
  String handoffTo;

  @Mixin
  FormatOption output;

  /** The latest day, in the zone, a lead was created or changed lifecycle stage. */
  static Optional<LocalDate> latestDay(List<LeadJourney> journeys, ZoneId zone) {
    Instant latest = null;
    for (LeadJourney j : journeys) {
      latest = later(latest, j.lead().createdAt());
      for (LifecycleChange c : j.history().map(LifecycleHistory::changes).orElse(List.of())) {
        latest = later(latest, c.at());
      }
    }
    return Optional.ofNullable(latest).map(i -> LocalDate.ofInstant(i, zone));
  }

  private static Instant later(Instant a, Instant b) {
    return a == null || b.isAfter(a) ? b : a;
  }

  @Override
  public Integer call() {
    ZoneId zoneId = Options.value(() -> ZoneId.of(zone), "--zone");
    boolean sample = input.bundled();
    LifecycleDefinition lifecycle = input.lifecycle();
    // the leads are held for the funnel anyway: read them first, so that "latest" needs no second pass
    LeadInput.Read read = input.read(lifecycle, zoneId, 3);
    Optional<LocalDate> latest = latestDay(read.journeys(), zoneId);
    LocalDate day = asOf == null ? Options.asOf(null, sample) : asOf.date().orElseGet(() -> latest.orElseThrow(
        () -> new CliException("--as-of latest: no lead has a created or lifecycle date to take it from")));
    Instant when = day.atStartOfDay(zoneId).toInstant();
    LeadFunnel funnel = Options.value(() -> funnel(lifecycle), "--steps");
    Scope scope = Options.value(() -> Scope.builder().asOf(when).zone(zoneId).periodKind(periods.kind("month"))
        .fiscalCalendar(periods.calendar()).exampleLimit(5).build(), "options");
    FunnelOptions options = Options.value(() -> FunnelOptions.builder().scope(scope).funnel(funnel)
        .addAllGroupBy(groupBy.stream().map(g -> LeadDimension.parse(g.strip())).toList()).addAllRules(rules)
        .window(Optional.ofNullable(window).map(d -> days(d, "--window"))).addAllHorizonsDays(horizons).build(),
        "--group-by, --rules, --window or --horizons");
    FunnelResult result = new Funnel(options).addAll(read.journeys()).result();
    List<String> notes = new ArrayList<>();
    Optional<ImportReport> handoffReport = Optional.empty();
    Optional<LeadHandoffResult> handoffResult = Optional.empty();
    if (handoffs != null || sample) {
      Map<String, List<Handoff>> byLead = new HashMap<>();
      handoffReport = Optional.of(readHandoffs(byLead, notes));
      LeadHandoffs judged = new LeadHandoffs(handoffOptions(scope, funnel, lifecycle, options));
      read.journeys().forEach(j -> judged.add(LeadHandoffRecord.of(j, byLead.getOrDefault(j.leadId(), List.of()))));
      handoffResult = Optional.of(judged.result());
    }
    Output o = new Output(output.format, spec.commandLine().getOut());
    o.asOf(scope.asOf(), scope.zone(), latest);
    Map<String, Object> json = new LinkedHashMap<>(read.reports());
    handoffReport.ifPresent(r -> json.put("handoffs", r));
    json.put("unmatched", read.join().unmatched());
    json.put("notes", notes);
    json.put("funnel", result);
    handoffResult.ifPresent(h -> json.put("leadHandoffs", h));
    o.json(json);
    FunnelPrinter.print(o, new FunnelPrinter.Results(lifecycle, read, handoffReport, result, handoffResult, notes,
        byPeriod));
    o.flush();
    return 0;
  }

  private LeadHandoffOptions handoffOptions(Scope scope, LeadFunnel funnel, LifecycleDefinition lifecycle,
      FunnelOptions options) {
    HandoffMap handoffMap = map.equals(Bundled.HANDOFF_MAP) ? Bundled.handoffMap()
        : Json.read(Path.of(map), HandoffMap.class);
    HandoffProtocol p = handoffMap.find(protocol).orElseThrow(() -> new CliException("--protocol " + protocol
        + " is not in handoff map " + handoffMap.ref() + " (it has " + handoffMap.protocols().stream()
        .map(HandoffProtocol::id).collect(Collectors.joining(", ")) + ")"));
    return Options.value(() -> LeadHandoffOptions.builder().scope(scope).funnel(funnel).protocol(p)
        .fromStep(LeadFunnel.stepId(lifecycle, handoffFrom))
        .toStep(handoffTo == null ? funnel.steps().get(funnel.steps().size() - 1).id()
            : LeadFunnel.stepId(lifecycle, handoffTo))
        .window(options.window()).build(), "--handoff-from or --handoff-to");
  }

  private LeadFunnel funnel(LifecycleDefinition lifecycle) {
    LeadFunnel.Builder b = LeadFunnel.builder().lifecycle(lifecycle)
        .skippedStages(passedThrough ? SkippedStages.PASSED_THROUGH : SkippedStages.NOT_ENTERED);
    steps.forEach(s -> b.addStepIds(LeadFunnel.stepId(lifecycle, s)));
    return b.build();
  }

  private static Duration days(int n, String option) {
    if (n < 1) {
      throw new CliException(option + " must be at least 1 day, was " + n);
    }
    return Duration.ofDays(n);
  }

  /** Reads the handoffs by lead; a handoff naming no lead is counted in a note. */
  private ImportReport readHandoffs(Map<String, List<Handoff>> byLead, List<String> notes) {
    long[] withoutLead = {0};
    int[] held = {0};
    ImportReport report = readHandoffs(Limits.upTo(Limits.HANDOFFS, () -> held[0], (Handoff h) -> h.leadId()
        .ifPresentOrElse(l -> {
          byLead.computeIfAbsent(l, k -> new ArrayList<>()).add(h);
          held[0]++;
        }, () -> withoutLead[0]++), handoffs == null ? Bundled.SAMPLE_LEAD_HANDOFFS : handoffs, "handoffs"));
    if (withoutLead[0] > 0) {
      notes.add(String.format(Locale.ROOT, "%,d handoffs name no lead: not lead-level, not judged here "
          + "(revops handoffs judges them).", withoutLead[0]));
    }
    return report;
  }

  private ImportReport readHandoffs(java.util.function.Consumer<Handoff> sink) {
    String source = handoffs == null ? Bundled.SAMPLE_LEAD_HANDOFFS : handoffs.toString();
    JsonRecordImporter<Handoff> importer = JsonRecordImporter.of("handoffs", "handoff", Handoff.class, Handoff::id)
        .withOptions(ImportOptions.builder().source(source).maxExamplesPerReason(3).build());
    try (Reader in = handoffs == null ? Bundled.sampleLeadHandoffs() : Inputs.open(handoffs, input.encoding)) {
      return importer.read(in, sink, r -> { });
    } catch (ImportFormatException e) {
      throw new CliException(source + " cannot be imported: " + e.getMessage(), e);
    } catch (IOException e) {
      throw Inputs.unreadable(handoffs, e);
    }
  }
}
