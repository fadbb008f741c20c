package dev.revops.examples.cli;

import dev.revops.core.deal.Deal;
import dev.revops.core.io.CsvRowImporter;
import dev.revops.core.io.ImportFormatException;
import dev.revops.core.io.ImportOptions;
import dev.revops.core.io.ImportReport;
import dev.revops.core.io.JsonRecordImporter;
import dev.revops.core.metric.Exclusion;
import dev.revops.core.period.PeriodKind;
import dev.revops.examples.sample.Bundled;
import dev.revops.examples.sample.SampleGenerator;
import dev.revops.handoff.Handoff;
import dev.revops.handoff.compliance.Compliance;
import dev.revops.handoff.compliance.ComplianceOptions;
import dev.revops.handoff.compliance.ComplianceResult;
import dev.revops.handoff.compliance.ComplianceRow;
import dev.revops.handoff.compliance.FieldProblem;
import dev.revops.handoff.compliance.GroupKind;
import dev.revops.handoff.compliance.HandoffEvaluation;
import dev.revops.handoff.compliance.OutcomeComparison;
import dev.revops.handoff.compliance.OutcomeLink;
import dev.revops.handoff.compliance.OutcomeLinkResult;
import dev.revops.handoff.compliance.ProtocolFriction;
import dev.revops.handoff.protocol.FieldSource;
import dev.revops.handoff.protocol.HandoffMap;
import dev.revops.handoff.protocol.HandoffProtocol;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
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
 * {@code revops handoffs}: how well the teams hand deals to each other: compliance per protocol,
 * receiver and period, the ranking of protocols by friction cost, the overdue handoffs, and whether
 * complete handoffs to customer success go with healthier customers.
 */
@Command(name = "handoffs", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Judges every handoff against its protocol in the handoff map as of one instant: payload complete, answered "
            + "within the SLA (business hours where the protocol says so), rejection documented. Prints compliance per "
            + "protocol, receiving team and month, the protocols ranked by friction cost (failures x cost per failure), "
            + "the overdue handoffs, and the outcome link: deals whose handoff was complete against deals whose handoff "
            + "was not, on a downstream outcome you supply.",
        "Without --handoffs it runs on the bundled sample: the handoffs of the sample's deals along the bundled "
            + "b2b-handoffs map, as of 2026-10-01, with the customers' health 90 days after onboarding."},
    footer = {"", "Examples:",
        "  revops handoffs",
        "  revops handoffs --period quarter --list 20",
        "  revops handoffs --handoffs handoffs.jsonl --deals deals.csv --map my-handoffs.json --as-of 2026-11-24",
        "  revops handoffs --outcomes renewals.csv --outcome-protocol sales-to-cs --format json"})
final class HandoffsCommand implements Callable<Integer> {

  enum Format { TABLE, JSON }

  /** A deal's downstream outcome, from the outcomes file. */
  record DealOutcome(String dealId, String outcome) {}

  @Spec
  CommandSpec spec;

  @Mixin
  DealInput input;

  @Mixin
  PeriodInput periods;

  @Option(names = "--handoffs", paramLabel = "FILE",
      description = "Handoffs: JSON Lines (one handoff per line) or a JSON array. Default: the bundled sample's.")
  Path handoffs;

  @Option(names = "--map", paramLabel = "NAME|FILE",
      description = "The handoff map (JSON): b2b-handoffs (bundled) or a file. Default: ${DEFAULT-VALUE}.",
      defaultValue = Bundled.HANDOFF_MAP)
  String map;

  @Option(names = "--as-of", paramLabel = "INSTANT",
      description = "When handoffs are judged: an instant (2026-11-24T12:00:00Z) or a date (its start, in --zone). "
          + "Default: now; the sample's date (2026-10-01) for the sample.")
  String asOf;

  @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "UTC",
      description = "The time zone of dates and months (default: ${DEFAULT-VALUE}).")
  String zone;

  @Option(names = "--outcomes", paramLabel = "FILE",
      description = "Downstream outcomes per deal, CSV with deal_id and outcome columns (renewed, churned...). "
          + "Default: the bundled sample's customer health, for the sample.")
  Path outcomes;

  @Option(names = "--outcome-protocol", paramLabel = "ID", defaultValue = "sales-to-cs",
      description = "The protocol whose complete and incomplete handoffs are compared (default: ${DEFAULT-VALUE}).")
  String outcomeProtocol;

  @Option(names = "--list", paramLabel = "N", defaultValue = "10",
      description = "Overdue handoffs listed (default: ${DEFAULT-VALUE}).")
  int list;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table or json (default: ${DEFAULT-VALUE}).")
  Format format;

  private final List<String> notes = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (list < 0) {
      throw new CliException("--list must not be negative, was " + list);
    }
    boolean sample = handoffs == null;
    ZoneId zoneId = Options.value(() -> ZoneId.of(zone), "--zone");
    Instant when = asOf != null ? instant(asOf, zoneId)
        : sample ? SampleGenerator.AS_OF.atStartOfDay(zoneId).toInstant() : Instant.now();
    HandoffMap handoffMap = map.equals(Bundled.HANDOFF_MAP) ? Bundled.handoffMap() : Json.read(Path.of(map),
        HandoffMap.class);
    if (handoffMap.find(outcomeProtocol).isEmpty()) {
      throw new CliException("--outcome-protocol " + outcomeProtocol + " is not in handoff map " + handoffMap.ref()
          + " (it has " + handoffMap.protocols().stream().map(HandoffProtocol::id).collect(Collectors.joining(", "))
          + ")");
    }
    PeriodKind kind = periods.kind("month");
    ComplianceOptions options = ComplianceOptions.builder().periodKind(kind).calendar(periods.calendar()).zone(zoneId)
        .maxListed(list).build();

    Map<String, Deal> deals = new HashMap<>();
    ImportReport dealReport = input.read(d -> deals.put(d.id(), d), 3, err);
    Options.warnRejected(dealReport, "Deals", notes);
    Map<String, String> outcomeByDeal = new HashMap<>();
    Optional<ImportReport> outcomeReport = readOutcomes(sample, outcomeByDeal);

    Compliance compliance = new Compliance(handoffMap, options, when);
    OutcomeLink link = new OutcomeLink(outcomeProtocol);
    long[] unknownDeals = new long[1];
    ImportReport handoffReport = readHandoffs(h -> {
      Deal deal = h.dealId().map(deals::get).orElse(null);
      HandoffProtocol p = handoffMap.find(h.protocolId()).orElse(null);
      if (deal == null && p != null && p.payload().stream().anyMatch(f -> f.source()
          == FieldSource.DEAL)) {
        unknownDeals[0]++;
      }
      compliance.add(h, Optional.ofNullable(deal)).filter(e -> e.protocol().id().equals(outcomeProtocol))
          .ifPresent(e -> link.add(e, e.dealId().map(outcomeByDeal::get)));
    }, err);
    if (unknownDeals[0] > 0) {
      notes.add(String.format(Locale.ROOT, "%,d handoffs read deal fields of deals not in the deals file: those "
          + "fields count as missing.", unknownDeals[0]));
    }
    ComplianceResult result = compliance.result();
    Optional<OutcomeLinkResult> linked = outcomeReport.map(r -> link.result());
    if (format == Format.JSON) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("handoffs", handoffReport);
      json.put("deals", dealReport);
      outcomeReport.ifPresent(r -> json.put("outcomes", r));
      json.put("notes", notes);
      json.put("compliance", result);
      linked.ifPresent(l -> json.put("outcomeLink", l));
      Json.print(out, json);
    } else {
      print(out, handoffMap, handoffReport, dealReport, result, linked, outcomeReport);
    }
    out.flush();
    return 0;
  }

  private static Instant instant(String text, ZoneId zone) {
    try {
      return text.length() <= 10 ? LocalDate.parse(text).atStartOfDay(zone).toInstant() : Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new CliException("--as-of " + text + " is neither a date (2026-11-24) nor an instant "
          + "(2026-11-24T12:00:00Z)", e);
    }
  }

  private ImportReport readHandoffs(java.util.function.Consumer<Handoff> sink, PrintWriter err) {
    String source = handoffs == null ? Bundled.SAMPLE_HANDOFFS : handoffs.toString();
    JsonRecordImporter<Handoff> importer = JsonRecordImporter.of("handoffs", "handoff", Handoff.class, Handoff::id)
        .withOptions(ImportOptions.builder().source(source).maxExamplesPerReason(3).build());
    return input.read(importer, handoffs, Bundled::sampleHandoffs, sink, err, "handoffs");
  }

  /** Reads the outcomes file, the bundled one for the sample; empty when there is none. */
  private Optional<ImportReport> readOutcomes(boolean sample, Map<String, String> into) {
    if (outcomes == null && !sample) {
      return Optional.empty();
    }
    String source = outcomes == null ? Bundled.SAMPLE_CUSTOMER_HEALTH : outcomes.toString();
    CsvRowImporter<DealOutcome> importer = CsvRowImporter.of("outcomes", List.of("deal_id", "outcome"), row -> {
      Optional<String> deal = row.require("deal_id");
      Optional<String> outcome = row.require("outcome");
      return row.hasProblems() ? null : new DealOutcome(deal.get(), outcome.get());
    }).withOptions(ImportOptions.builder().source(source).maxExamplesPerReason(3).build());
    try (Reader in = outcomes == null ? Bundled.sampleCustomerHealth() : Inputs.open(outcomes, input.encoding)) {
      ImportReport r = importer.read(in, o -> into.put(o.dealId(), o.outcome()), x -> { });
      Options.warnRejected(r, "Outcomes", notes);
      return Optional.of(r);
    } catch (ImportFormatException e) {
      throw new CliException(source + " cannot be imported: " + e.getMessage(), e);
    } catch (IOException e) {
      throw Inputs.unreadable(outcomes, e);
    }
  }

  // ---- tables

  private void print(PrintWriter out, HandoffMap handoffMap, ImportReport handoffReport, ImportReport dealReport,
      ComplianceResult r, Optional<OutcomeLinkResult> linked, Optional<ImportReport> outcomeReport) {
    long excluded = r.excluded().stream().mapToLong(Exclusion::count).sum();
    out.printf(Locale.ROOT, "Handoffs as of %s judged by %s: %,d counted from %s%n", r.asOf(), r.map(),
        r.counted(), handoffReport.source().orElse("input"));
    out.printf(Locale.ROOT, "  %,d lines read, %,d rejected, %,d left out; deal fields from %,d deals of %s%n",
        handoffReport.rowsRead(), handoffReport.rowsRejected(), excluded, dealReport.recordsAccepted(),
        dealReport.source().orElse("input"));
    handoffReport.rejections().forEach(g -> out.printf(Locale.ROOT, "  rejected: %s%s: %,d (e.g. %s)%n",
        g.column().map(c -> c + " ").orElse(""), g.reason(), g.rows(), g.examples().get(0)));
    r.excluded().forEach(e -> out.printf(Locale.ROOT, "  left out: %s: %,d (e.g. %s)%n", e.reason(), e.count(),
        String.join(", ", e.examples())));
    notes.forEach(n -> out.println("  " + n));
    out.println();

    out.println("Compliance per protocol (payload: complete payloads of those sent; SLA: answered in time of those "
        + "answered, expired or overdue;");
    out.println("time to accept on the protocol's clock, business hours where it says so)");
    Map<String, HandoffProtocol> byId = new LinkedHashMap<>();
    handoffMap.protocols().forEach(p -> byId.put(p.id(), p));
    Table t = complianceTable("protocol");
    for (ComplianceRow row : r.rows(GroupKind.PROTOCOL)) {
      HandoffProtocol p = byId.get(row.group());
      addRow(t, row.group() + " (" + p.sla() + ")", row);
    }
    addRow(t, "total", r.total());
    t.print(out, "  ");
    out.println();

    out.println("Per receiving team");
    Table receivers = complianceTable("receiver");
    r.rows(GroupKind.RECEIVER).forEach(row -> addRow(receivers, row.group(), row));
    receivers.print(out, "  ");
    out.println();

    out.printf("Per %s sent%n", r.options().periodKind().name().toLowerCase(Locale.ROOT).replace('_', ' '));
    Table byPeriod = complianceTable("period");
    r.rows(GroupKind.PERIOD).forEach(row -> addRow(byPeriod, row.group(), row));
    byPeriod.print(out, "  ");
    out.println();

    out.println("Which handoff to fix first: friction cost = failures x cost per failure (a failure: incomplete "
        + "payload, SLA missed, or a rejection without its reason)");
    Table rank = new Table(List.of("#", "protocol", "teams", "sent", "failures", "rate", "cost/failure",
        "friction cost", "what breaks"));
    int i = 1;
    for (ProtocolFriction f : r.ranking()) {
      rank.row(List.of(String.valueOf(i++), f.protocolId(), f.teams(), Table.count(f.sent()), Table.count(f.failures()),
          f.failureRate().map(Table::percent).orElse("-"), f.costPerFailure().toString(),
          f.frictionCost().toString(), shorten(f.failureMode(), 60)));
    }
    rank.print(out, "  ");
    out.println();

    List<ComplianceRow> rejecting = r.rows(GroupKind.PROTOCOL).stream()
        .filter(row -> row.rejected() > 0).toList();
    if (!rejecting.isEmpty()) {
      out.println("Rejection reasons");
      Table reasons = new Table(List.of("protocol", "reason", "rejections"));
      for (ComplianceRow row : rejecting) {
        row.rejectionReasons().entrySet().stream()
            .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
            .forEach(e -> reasons.row(List.of(row.group(), e.getKey(), Table.count(e.getValue()))));
        if (row.rejectionsWithoutReason() > 0) {
          reasons.row(List.of(row.group(), "(no reason given)", Table.count(row.rejectionsWithoutReason())));
        }
      }
      reasons.print(out, "  ");
      out.println();
    }

    out.printf(Locale.ROOT, "Overdue: %,d %s past the deadline%s%n", r.total().overdue(),
        r.total().overdue() == 1 ? "handoff waits" : "handoffs wait", r.overdue().isEmpty() ? "" : ", most overdue first");
    if (!r.overdue().isEmpty()) {
      Table overdue = new Table(List.of("handoff", "deal", "protocol", "sent", "due", "overdue by", "payload"));
      for (HandoffEvaluation e : r.overdue()) {
        overdue.row(List.of(e.handoffId(), e.dealId().orElse("lead " + e.leadId().orElse("-")), e.protocol().id(), e.sentAt().toString(), e.deadline().toString(),
            hours(e.breachedBy().orElse(Duration.ZERO)), e.payloadComplete() ? "complete"
                : shorten(e.payloadProblems().stream().map(FieldProblem::toString).collect(Collectors.joining("; ")),
                    60)));
      }
      overdue.print(out, "  ");
    }
    linked.ifPresent(l -> {
      out.println();
      out.printf(Locale.ROOT, "Outcome link: deals whose %s handoff was complete vs incomplete, by the outcome in %s%n",
          l.protocolId(), outcomeReport.flatMap(ImportReport::source).orElse("the outcomes file"));
      out.printf(Locale.ROOT, "  %,d deals with a complete handoff (%,d without an outcome yet), %,d with an "
          + "incomplete one (%,d without an outcome yet)%n", l.dealsComplete(), l.noOutcomeComplete(),
          l.dealsIncomplete(), l.noOutcomeIncomplete());
      Table o = new Table(List.of("outcome", "complete", "share", "incomplete", "share"));
      for (OutcomeComparison c : l.rows()) {
        o.row(List.of(c.outcome(), Table.count(c.complete()), c.completeShare().map(Table::percent).orElse("-"),
            Table.count(c.incomplete()), c.incompleteShare().map(Table::percent).orElse("-")));
      }
      if (!o.isEmpty()) {
        o.print(out, "  ");
      }
      out.println("  (counts of deals, not a causal estimate: compare with care when the groups are small)");
    });
  }

  private static Table complianceTable(String first) {
    return new Table(List.of(first, "sent", "accepted", "rejected", "expired", "waiting", "overdue", "payload",
        "SLA met", "median", "p90", "failures"));
  }

  private static void addRow(Table t, String label, ComplianceRow row) {
    t.row(List.of(label, Table.count(row.sent()), Table.count(row.accepted()), Table.count(row.rejected()),
        Table.count(row.expired()), Table.count(row.waiting()), Table.count(row.overdue()),
        row.payloadCompletionRate().map(Table::percent).orElse("-"), row.slaAttainment().map(Table::percent).orElse("-"),
        row.medianTimeToAccept().map(HandoffsCommand::hours).orElse("-"),
        row.p90TimeToAccept().map(HandoffsCommand::hours).orElse("-"), Table.count(row.failures())));
  }

  /** A duration in hours with one decimal: {@code 34.8h}. */
  static String hours(Duration d) {
    return BigDecimal.valueOf(d.getSeconds()).divide(BigDecimal.valueOf(3600), 1, RoundingMode.HALF_EVEN)
        .toPlainString() + "h";
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 3) + "...";
  }
}
