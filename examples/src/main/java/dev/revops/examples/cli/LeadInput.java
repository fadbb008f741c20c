package dev.revops.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.revops.core.InvalidValueException;
import dev.revops.core.deal.Deal;
import dev.revops.core.io.DealCsvImporter;
import dev.revops.core.io.DealJsonLinesImporter;
import dev.revops.core.io.ImportFormatException;
import dev.revops.core.io.ImportOptions;
import dev.revops.core.io.ImportReport;
import dev.revops.core.io.JsonRecordImporter;
import dev.revops.core.io.RecordImporter;
import dev.revops.core.json.RevopsJson;
import dev.revops.core.lead.DealLink;
import dev.revops.core.lead.DealLinkColumns;
import dev.revops.core.lead.DealLinkCsvImporter;
import dev.revops.core.lead.LeadColumns;
import dev.revops.core.lead.LeadCsvImporter;
import dev.revops.core.lead.LeadJoin;
import dev.revops.core.lead.LeadJourney;
import dev.revops.core.lead.LifecycleChangeColumns;
import dev.revops.core.lead.LifecycleChangeCsvImporter;
import dev.revops.core.lead.LifecycleDefinition;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.examples.sample.Bundled;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/**
 * The options that say where leads, their lifecycle changes and their deals come from, and the
 * join of the three into one journey per lead. Without {@code --leads}, the bundled sample is read.
 */
final class LeadInput {
  static final String BUNDLED_LIFECYCLE = "hubspot-lifecycle";
  static final List<String> LINK_LAYOUTS = List.of("deal-links", "olist-closed-deals");

  @Option(names = "--leads", paramLabel = "FILE",
      description = "Leads: CSV (one row per lead) or JSON Lines of lead journeys (.jsonl). Default: the bundled sample.")
  Path leads;

  @Option(names = "--lead-layout", paramLabel = "NAME|FILE",
      description = "Leads layout: gen-leads, hubspot-contacts, salesforce-leads, olist-mqls, or a JSON mapping file. "
          + "Default: detected from the header (a file without one, as the Olist MQLs, needs it).")
  String leadLayout;

  @Option(names = "--lifecycle-changes", paramLabel = "FILE",
      description = "Lifecycle changes CSV (one row per change, a lead's rows together); it replaces the history a "
          + "leads file derives. Default: the bundled sample's, for the sample.")
  Path changes;

  @Option(names = "--change-layout", paramLabel = "NAME|FILE", defaultValue = "gen-leads",
      description = "Lifecycle changes layout: gen-leads, account-engagement-lifecycle-history or a JSON mapping file "
          + "(default: ${DEFAULT-VALUE}).")
  String changeLayout;

  @Option(names = "--deals", paramLabel = "FILE",
      description = "The deals the leads became: converted leads (deal-links, olist-closed-deals) or a deals export "
          + "(gen-deals, maven-crm, salesforce-opportunities, hubspot-deals, jsonl) whose outcomes complete the links "
          + "of the leads file. Default: the bundled sample's, for the sample.")
  Path deals;

  @Option(names = "--deal-layout", paramLabel = "NAME|FILE",
      description = "Deals layout: deal-links, olist-closed-deals, a deals layout, or a JSON deal-link mapping file. "
          + "Default: detected from the header.")
  String dealLayout;

  @Option(names = "--definition", paramLabel = "NAME|FILE",
      description = "Pipeline definition of a deals export (default: the bundled one that goes with its layout).")
  String definition;

  @Option(names = "--lifecycle", paramLabel = "NAME|FILE", defaultValue = BUNDLED_LIFECYCLE,
      description = "Lifecycle definition: hubspot-lifecycle (HubSpot's defaults, bundled) or a JSON file "
          + "(default: ${DEFAULT-VALUE}).")
  String lifecycle;

  @Option(names = "--date-pattern", paramLabel = "PATTERN",
      description = "Dates of the leads file in a non-ISO locale, for example M/d/yyyy.")
  String datePattern;

  @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
      description = "Encoding of the input files (default: ${DEFAULT-VALUE}).")
  Charset encoding;

  /** What reading found: the import reports by input, and what matched no lead. */
  record Read(Map<String, ImportReport> reports, List<LeadJourney> journeys, LeadJoin join) {}

  boolean bundled() {
    return leads == null;
  }

  LifecycleDefinition lifecycle() {
    if (lifecycle.equals(BUNDLED_LIFECYCLE)) {
      return LifecycleDefinition.hubspotDefault();
    }
    return readJson(Path.of(lifecycle), LifecycleDefinition.class, "lifecycle definition", "--lifecycle");
  }

  /** Reads every input and joins them. */
  Read read(LifecycleDefinition def, ZoneId zone, int examples) {
    if (bundled() && (changes != null || deals != null)) {
      throw new CliException("--lifecycle-changes and --deals need --leads (the leads they are about)");
    }
    Map<String, ImportReport> reports = new LinkedHashMap<>();
    LeadJoin join = new LeadJoin(examples);
    reports.put("leads", read(leadImporter(def, examples), leads, Bundled::sampleLeads, Bundled.SAMPLE_LEADS,
        join::addLead, "leads"));
    if (changes != null || bundled()) {
      reports.put("lifecycleChanges", read(LifecycleChangeCsvImporter.of(def, changeColumns())
              .withOptions(options(changes, Bundled.SAMPLE_LIFECYCLE_CHANGES, examples)), changes,
          Bundled::sampleLifecycleChanges, Bundled.SAMPLE_LIFECYCLE_CHANGES, join::addHistory, "lifecycle changes"));
    }
    if (deals != null || bundled()) {
      readDeals(join, zone, examples, reports);
    }
    List<LeadJourney> journeys = join.journeys();
    return new Read(reports, journeys, join);
  }

  private RecordImporter<LeadJourney> leadImporter(LifecycleDefinition def, int examples) {
    ImportOptions options = options(leads, Bundled.SAMPLE_LEADS, examples);
    if (leads != null && (isJsonLines(leads) || leads.toString().toLowerCase(Locale.ROOT).endsWith(".json"))) {
      return JsonRecordImporter.of("leads", "lead", LeadJourney.class, LeadJourney::leadId).withOptions(options);
    }
    LeadColumns columns = leadColumns();
    if (datePattern != null) {
      columns = Options.value(() -> leadColumns().withDatePattern(datePattern), "--date-pattern");
    }
    LeadColumns c = columns;
    return Options.value(() -> LeadCsvImporter.of(def, c), "--lead-layout").withOptions(options);
  }

  private LeadColumns leadColumns() {
    String name = leadLayout != null ? leadLayout : leads == null ? "gen-leads" : detectLeadLayout();
    for (LeadColumns c : LeadColumns.ready()) {
      if (c.name().equals(name)) {
        return c;
      }
    }
    if (Files.isRegularFile(Path.of(name))) {
      return readJson(Path.of(name), LeadColumns.class, "lead mapping", "--lead-layout");
    }
    throw new CliException("--lead-layout '" + name + "' is neither " + LeadColumns.ready().stream()
        .map(LeadColumns::name).collect(Collectors.joining(", ")) + " nor an existing mapping file");
  }

  private String detectLeadLayout() {
    Set<String> header = header(leads);
    for (LeadColumns c : LeadColumns.ready()) {
      if (c.columnsWithoutHeader().isEmpty() && has(header, c.id()) && has(header, c.createdAt())) {
        return c.name();
      }
    }
    throw new CliException("cannot tell the layout of " + leads + " from its header; pass --lead-layout (gen-leads, "
        + "hubspot-contacts, salesforce-leads, olist-mqls) or a mapping file");
  }

  private LifecycleChangeColumns changeColumns() {
    for (LifecycleChangeColumns c : List.of(LifecycleChangeColumns.genLeads(),
        LifecycleChangeColumns.accountEngagementLifecycleHistory())) {
      if (c.name().equals(changeLayout)) {
        return c;
      }
    }
    if (Files.isRegularFile(Path.of(changeLayout))) {
      return readJson(Path.of(changeLayout), LifecycleChangeColumns.class, "lifecycle change mapping",
          "--change-layout");
    }
    throw new CliException("--change-layout '" + changeLayout + "' is neither gen-leads, "
        + "account-engagement-lifecycle-history nor an existing mapping file");
  }

  private void readDeals(LeadJoin join, ZoneId zone, int examples, Map<String, ImportReport> reports) {
    String layout = dealLayout != null ? dealLayout : deals == null ? "deal-links" : detectDealLayout();
    ImportOptions options = options(deals, Bundled.SAMPLE_DEAL_LINKS, examples);
    if (Inputs.LAYOUTS.contains(layout)) {
      PipelineDefinition def = Inputs.definition(definition != null ? definition : Inputs.definitionFor(layout));
      RecordImporter<Deal> importer = layout.equals("jsonl") ? DealJsonLinesImporter.of(def).withOptions(options)
          : DealCsvImporter.of(def, Inputs.mapping(layout)).withOptions(options);
      reports.put("deals", read(importer, deals, null, null, d -> join.addDeal(d, zone), "deals"));
      return;
    }
    DealLinkColumns columns = layout.equals("deal-links") ? DealLinkColumns.genLeads()
        : layout.equals("olist-closed-deals") ? DealLinkColumns.olistClosedDeals()
        : Files.isRegularFile(Path.of(layout)) ? readJson(Path.of(layout), DealLinkColumns.class, "deal link mapping",
            "--deal-layout")
        : null;
    if (columns == null) {
      throw new CliException("--deal-layout '" + layout + "' is neither " + String.join(", ", LINK_LAYOUTS) + ", "
          + String.join(", ", Inputs.LAYOUTS) + " nor an existing mapping file");
    }
    Consumer<DealLink> sink = join::addLink;
    reports.put("dealLinks", read(DealLinkCsvImporter.of(columns, zone).withOptions(options), deals,
        Bundled::sampleDealLinks, Bundled.SAMPLE_DEAL_LINKS, sink, "deal links"));
  }

  private String detectDealLayout() {
    if (isJsonLines(deals)) {
      return "jsonl";
    }
    Set<String> header = header(deals);
    if (header.contains("mql_id") && header.contains("won_date")) {
      return "olist-closed-deals";
    }
    if (header.contains("lead_id") && header.contains("deal_id") && header.contains("converted_at")) {
      return "deal-links";
    }
    return Inputs.detectLayout(deals, encoding);
  }

  private ImportOptions options(Path file, String bundledName, int examples) {
    return ImportOptions.builder().source(file == null ? bundledName : StandardInput.shown(file))
        .maxExamplesPerReason(examples)
        .build();
  }

  /** Reads a file (or a bundled resource when it is null) with an importer. */
  private <T> ImportReport read(RecordImporter<T> importer, Path file, Supplier<Reader> bundledInput,
      String bundledName, Consumer<? super T> sink, String label) {
    try (Reader in = file == null ? bundledInput.get() : Inputs.open(file, encoding)) {
      return importer.read(in, sink, r -> { });
    } catch (ImportFormatException e) {
      throw new CliException((file == null ? bundledName : file.toString()) + " cannot be imported as " + label + ": "
          + e.getMessage(), e);
    } catch (IOException e) {
      throw Inputs.unreadable(file, e);
    }
  }

  private static boolean isJsonLines(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".jsonl") || n.endsWith(".ndjson");
  }

  private Set<String> header(Path file) {
    String line;
    try (BufferedReader in = Inputs.open(file, encoding)) {
      line = in.readLine();
      while (line != null && line.isBlank()) {
        line = in.readLine();
      }
    } catch (IOException e) {
      throw Inputs.unreadable(file, e);
    }
    if (line == null) {
      throw new CliException(file + " is empty");
    }
    return Arrays.stream(line.replace("\uFEFF", "").split(",")).map(c -> c.strip().replace("\"", "")
        .toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
  }

  private static boolean has(Set<String> header, List<String> candidates) {
    return candidates.stream().anyMatch(c -> header.contains(c.toLowerCase(Locale.ROOT)));
  }

  private static <T> T readJson(Path path, Class<T> type, String what, String option) {
    try (Reader in = Files.newBufferedReader(path)) {
      return RevopsJson.mapper().readValue(in, type);
    } catch (JsonProcessingException e) {
      Throwable cause = e;
      while (cause.getCause() != null && !(cause instanceof InvalidValueException)) {
        cause = cause.getCause();
      }
      String why = cause instanceof InvalidValueException ? cause.getMessage() : e.getOriginalMessage();
      throw new CliException(option + ": " + path + " is not a valid " + what + ": " + why, e);
    } catch (IOException e) {
      throw Inputs.unreadable(path, e);
    }
  }
}
