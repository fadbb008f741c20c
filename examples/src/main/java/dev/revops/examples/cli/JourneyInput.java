package dev.revops.examples.cli;

import dev.revops.core.io.ImportOptions;
import dev.revops.core.io.ImportReport;
import dev.revops.core.io.JsonRecordImporter;
import dev.revops.core.io.RecordImporter;
import dev.revops.core.lead.LeadColumns;
import dev.revops.core.lead.LeadCsvImporter;
import dev.revops.core.lead.LeadJourney;
import dev.revops.core.lead.LifecycleDefinition;
import dev.revops.core.metric.Exclusion;
import dev.revops.core.touch.DealJourney;
import dev.revops.core.touch.JourneyJoin;
import dev.revops.core.touch.Touch;
import dev.revops.core.touch.TouchImport;
import dev.revops.examples.sample.Bundled;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options that say where the touches and leads of attribution come from, and their join with
 * the deals (and their transitions) into one journey per deal. Without {@code --deals}, the bundled
 * sample is read: its deals, transitions, leads and touches.
 */
final class JourneyInput {
  /** The most touches or leads held. */
  static final int MAX_RECORDS = 5_000_000;

  @Option(names = "--touches", paramLabel = "FILE",
      description = "Touches: CSV touch_id,lead_id,deal_id,touched_at,channel,campaign,kind (other columns are "
          + "attributes), or JSON Lines (.jsonl). Default: the bundled sample's, with the bundled deals.")
  Path touches;

  @Option(names = "--leads", paramLabel = "FILE",
      description = "Leads (their creation is the lead-creation milestone): CSV in the gen-leads layout or JSON Lines "
          + "of lead journeys (.jsonl). Default: the bundled sample's, with the bundled deals; none otherwise.")
  Path leads;

  /** What reading found: the import reports by input, the journeys, what joined nothing. */
  record Read(Map<String, ImportReport> reports, List<DealJourney> journeys, List<Exclusion> unmatched) {}

  /** Reads deals, transitions, leads and touches, and joins them. */
  Read read(DealInput deals, HistoryInput history, ZoneId zone, int examples, PrintWriter err, List<String> notes) {
    boolean sample = deals.bundled();
    if (touches == null && !sample) {
      throw new CliException("--touches FILE is required with --deals (the touches credited)");
    }
    JourneyJoin join = new JourneyJoin(zone, examples);
    Map<String, ImportReport> reports = new LinkedHashMap<>();
    int[] dealsHeld = new int[1];
    reports.put("deals", deals.read(Limits.upTo(MAX_RECORDS, () -> dealsHeld[0], d -> {
      dealsHeld[0]++;
      join.addDeal(d);
    }, deals.bundled() ? Bundled.SAMPLE_DEALS : deals.deals, "deals"), examples, err));
    if (sample || history.transitions != null) {
      reports.put("transitions", history.stream(deals, join::addHistory, err));
    }
    int[] held = new int[1];
    if (leads != null || sample) {
      RecordImporter<LeadJourney> importer = isJson(leads)
          ? JsonRecordImporter.of("leads", "lead", LeadJourney.class, LeadJourney::leadId)
              .withOptions(options(leads, Bundled.SAMPLE_LEADS, examples))
          : LeadCsvImporter.of(LifecycleDefinition.hubspotDefault(), LeadColumns.genLeads())
              .withOptions(options(leads, Bundled.SAMPLE_LEADS, examples));
      reports.put("leads", deals.read(importer, leads, Bundled::sampleLeads, Limits.upTo(MAX_RECORDS, () -> held[0],
          l -> {
            held[0]++;
            join.addLead(l);
          }, leads == null ? Bundled.SAMPLE_LEADS : leads, "leads"), err, "leads"));
    }
    held[0] = 0;
    ImportOptions touchOptions = options(touches, Bundled.SAMPLE_TOUCHES, examples);
    RecordImporter<Touch> importer = isJson(touches) ? TouchImport.json().withOptions(touchOptions)
        : TouchImport.csv(zone).withOptions(touchOptions);
    reports.put("touches", deals.read(importer, touches, Bundled::sampleTouches, Limits.upTo(MAX_RECORDS,
        () -> held[0], t -> {
          held[0]++;
          join.addTouch(t);
        }, touches == null ? Bundled.SAMPLE_TOUCHES : touches, "touches"), err, "touches"));
    reports.forEach((what, report) -> Options.warnRejected(report, what, notes));
    List<DealJourney> journeys = join.journeys();
    return new Read(reports, journeys, join.unmatched());
  }

  private static boolean isJson(Path file) {
    if (file == null) {
      return false;
    }
    String name = file.toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".jsonl") || name.endsWith(".json") || name.endsWith(".jsonl.gz");
  }

  private static ImportOptions options(Path file, String bundledName, int examples) {
    return ImportOptions.builder().source(file == null ? bundledName : file.toString()).maxExamplesPerReason(examples)
        .build();
  }
}
