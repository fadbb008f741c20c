package dev.revops.examples.cli;

import dev.revops.core.deal.Deal;
import dev.revops.core.io.CsvRowImporter;
import dev.revops.core.io.ImportFormatException;
import dev.revops.core.io.ImportOptions;
import dev.revops.core.io.ImportReport;
import dev.revops.core.io.JsonRecordImporter;
import dev.revops.core.metric.Exclusion;
import dev.revops.core.period.PeriodKind;
import dev.revops.core.scope.Scope;
import dev.revops.handoff.HandoffWithDeal;
import dev.revops.examples.sample.Bundled;
import dev.revops.examples.sample.SampleGenerator;
import dev.revops.handoff.Handoff;
import dev.revops.handoff.compliance.Compliance;
import dev.revops.handoff.compliance.ComplianceOptions;
import dev.revops.handoff.compliance.ComplianceResult;
import dev.revops.handoff.compliance.ComplianceRow;
import dev.revops.handoff.compliance.EvaluationWithOutcome;
import dev.revops.handoff.compliance.FieldProblem;
import dev.revops.handoff.compliance.GroupKind;
import dev.revops.handoff.compliance.HandoffEvaluation;
import dev.revops.handoff.compliance.OutcomeComparison;
import dev.revops.handoff.compliance.OutcomeLink;
import dev.revops.handoff.compliance.OutcomeLinkResult;
import dev.revops.handoff.compliance.ProtocolFriction;
import dev.revops.handoff.maturity.HandoffMaturity;
import dev.revops.handoff.maturity.MaturityEvidence;
import dev.revops.handoff.maturity.MaturityModel;
import dev.revops.handoff.maturity.MaturityResult;
import dev.revops.handoff.maturity.ProtocolMaturity;
import dev.revops.handoff.protocol.FieldSource;
import dev.revops.handoff.protocol.HandoffMap;
import dev.revops.handoff.protocol.HandoffProtocol;
import java.io.IOException;
import java.math.BigDecimal;
import java.io.PrintWriter;
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

  @Option(names = "--maturity", paramLabel = "NAME|FILE", defaultValue = "handoff-maturity",
      description = "The maturity model (JSON): handoff-maturity (the standard one, version 1) or a file. "
          + "Default: ${DEFAULT-VALUE}.")
  String maturity;

  @Option(names = "--list", paramLabel = "N", defaultValue = "10",
      description = "Overdue handoffs listed, 0 to 1,000 (default: ${DEFAULT-VALUE}).")
  int list;

  @Mixin
  FormatOption output;

  private final List<String> notes = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Limits.check("--list", list, 0, Limits.LIST);
    boolean sample = handoffs == null;
    ZoneId zoneId = Options.zone(zone, "--zone");
    Instant when = asOf != null ? instant(asOf, zoneId)
        : sample ? SampleGenerator.AS_OF.atStartOfDay(zoneId).toInstant() : Instant.now();
    HandoffMap handoffMap = map.equals(Bundled.HANDOFF_MAP) ? Bundled.handoffMap() : Json.readSettings(Path.of(map),
        HandoffMap.class);
    if (handoffMap.find(outcomeProtocol).isEmpty()) {
      throw new CliException("--outcome-protocol " + outcomeProtocol + " is not in handoff map " + handoffMap.ref()
          + " (it has " + handoffMap.protocols().stream().map(HandoffProtocol::id).collect(Collectors.joining(", "))
          + ")");
    }
    PeriodKind kind = periods.kind("month");
    Scope scope = Scope.builder().asOf(when).zone(zoneId).periodKind(kind).fiscalCalendar(periods.calendar())
        .addBasedOn(handoffMap.ref()).build();
    ComplianceOptions options = ComplianceOptions.builder().scope(scope).listLimit(list).build();

    Map<String, Deal> deals = new HashMap<>();
    ImportReport dealReport = input.read(d -> deals.put(d.id(), d), 3, err);
    Options.warnRejected(dealReport, "Deals", notes);
    Map<String, String> outcomeByDeal = new HashMap<>();
    Optional<ImportReport> outcomeReport = readOutcomes(sample, outcomeByDeal);

    Compliance compliance = new Compliance(handoffMap, options);
    // the heat map of protocol x period: one compliance per protocol, each judged by a map of that protocol alone
    Map<String, Compliance> byProtocol = new LinkedHashMap<>();
    handoffMap.protocols().forEach(p -> byProtocol.put(p.id(), new Compliance(HandoffMap.builder().id(handoffMap.id())
        .version(handoffMap.version()).addProtocols(p).build(), options)));
    OutcomeLink link = new OutcomeLink(outcomeProtocol, scope);
    long[] unknownDeals = new long[1];
    ImportReport handoffReport = readHandoffs(h -> {
      Deal deal = h.dealId().map(deals::get).orElse(null);
      HandoffProtocol p = handoffMap.find(h.protocolId()).orElse(null);
      if (h.dealId().isPresent() && deal == null && p != null && p.payload().stream().anyMatch(f -> f.source()
          == FieldSource.DEAL)) {
        unknownDeals[0]++;
      }
      HandoffWithDeal withDeal = deal == null ? HandoffWithDeal.of(h) : HandoffWithDeal.of(h, deal);
      Optional.ofNullable(byProtocol.get(h.protocolId())).ifPresent(c -> c.add(withDeal));
      compliance.judge(withDeal)
          .filter(e -> e.protocol().id().equals(outcomeProtocol))
          .ifPresent(e -> link.add(e.dealId().filter(outcomeByDeal::containsKey)
              .map(d -> EvaluationWithOutcome.of(e, outcomeByDeal.get(d))).orElse(EvaluationWithOutcome.of(e))));
    }, err);
    if (unknownDeals[0] > 0) {
      notes.add(String.format(Locale.ROOT, "%,d handoffs read deal fields of deals not in the deals file: those "
          + "fields count as missing.", unknownDeals[0]));
    }
    ComplianceResult result = compliance.result();
    Optional<OutcomeLinkResult> linked = outcomeReport.map(r -> link.result());
    MaturityModel model = maturity.equals("handoff-maturity") ? MaturityModel.standard()
        : Json.readSettings(Path.of(maturity), MaturityModel.class);
    MaturityResult stages = HandoffMaturity.assess(model, handoffMap, result, linked.stream().toList());
    Output o = new Output(output.format, out);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("handoffs", handoffReport);
    json.put("deals", dealReport);
    outcomeReport.ifPresent(r -> json.put("outcomes", r));
    json.put("notes", notes);
    json.put("compliance", result);
    linked.ifPresent(l -> json.put("outcomeLink", l));
    json.put("maturity", stages);
    json.put("complianceByProtocolAndPeriod", heatMap(byProtocol));
    o.json(json);
    print(o, handoffMap, handoffReport, dealReport, result, linked, outcomeReport);
    printMaturity(o, stages);
    o.flush();
    return 0;
  }

  /** Per protocol, its compliance per period sent, with the provenance: the weekly page's heat map. */
  private static Map<String, Object> heatMap(Map<String, Compliance> byProtocol) {
    Map<String, Object> heat = new LinkedHashMap<>();
    byProtocol.forEach((id, c) -> {
      ComplianceResult r = c.result();
      Map<String, Object> cell = new LinkedHashMap<>();
      cell.put("provenance", r.provenance());
      cell.put("periods", r.rows(GroupKind.PERIOD));
      heat.put(id, cell);
    });
    return heat;
  }

  private static Instant instant(String text, ZoneId zone) {
    try {
      Instant i = text.length() <= 10 ? LocalDate.parse(text).atStartOfDay(zone).toInstant() : Instant.parse(text);
      int year = i.atZone(zone).getYear();
      if (year < 1 || year > 9999) {
        throw new CliException("--as-of " + text + " is not in the years 1 to 9999");
      }
      return i;
    } catch (java.time.DateTimeException e) {
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
      deal.ifPresent(row::recordId);
      return row.hasProblems() ? null : new DealOutcome(deal.get(), outcome.get());
    }).withUniqueKey("deal_id", "deal", DealOutcome::dealId) // a second outcome for a deal would overwrite the first
        .withOptions(ImportOptions.builder().source(source).maxExamplesPerReason(3).build());
    try (Reader in = outcomes == null ? Bundled.sampleCustomerHealth() : Inputs.open(outcomes, input.encoding)) {
      ImportReport r = importer.read(in, Limits.<DealOutcome>upTo(Limits.OUTCOMES, into::size,
          o -> into.put(o.dealId(), o.outcome()), source, "outcomes"), x -> { });
      Options.warnRejected(r, "Outcomes", notes);
      return Optional.of(r);
    } catch (ImportFormatException e) {
      throw new CliException(source + " cannot be imported: " + e.getMessage(), e);
    } catch (IOException e) {
      throw Inputs.unreadable(outcomes, e);
    }
  }

  // ---- tables

  private void print(Output o, HandoffMap handoffMap, ImportReport handoffReport, ImportReport dealReport,
      ComplianceResult r, Optional<OutcomeLinkResult> linked, Optional<ImportReport> outcomeReport) {
    PrintWriter out = o.text();
    long excluded = r.excluded().stream().mapToLong(Exclusion::count).sum();
    out.printf(Locale.ROOT, "Handoffs as of %s judged by %s: %,d counted from %s%n", r.asOf(), r.map(),
        r.counted(), handoffReport.source().orElse("input"));
    out.printf(Locale.ROOT, "  %,d lines read, %,d rejected, %,d left out; deal fields from %,d deals of %s%n",
        handoffReport.rowsRead(), handoffReport.rowsRejected(), excluded, dealReport.recordsAccepted(),
        dealReport.source().orElse("input"));
    Limits.first(handoffReport.rejections(), Limits.REASONS, g -> out.printf(Locale.ROOT,
        "  rejected: %s%s: %,d (e.g. %s)%n", g.column().map(c -> c + " ").orElse(""), g.reason(), g.rows(),
        g.examples().isEmpty() ? "-" : g.examples().get(0)),
        n -> out.printf(Locale.ROOT, "  rejected: %,d more problems (--format json lists them)%n", n));
    Limits.first(r.excluded(), Limits.REASONS, e -> out.printf(Locale.ROOT, "  left out: %s: %,d (e.g. %s)%n",
        e.reason(), e.count(), String.join(", ", e.examples())),
        n -> out.printf(Locale.ROOT, "  left out: %,d more reasons (--format json lists them)%n", n));
    notes.forEach(n -> out.println("  " + n));
    out.println();
    printCompliance(o, handoffMap, r);
    printFriction(o, r);
    printRejectionReasons(o, r);
    printOverdue(o, r);
    linked.ifPresent(l -> printOutcomeLink(o, l, outcomeReport));
  }

  private static void printCompliance(Output o, HandoffMap handoffMap, ComplianceResult r) {
    PrintWriter out = o.text();
    out.println("Compliance per protocol (payload: complete payloads of those sent; SLA: answered in time of those "
        + "answered, expired or overdue;");
    out.println("time to accept on the protocol's clock, business hours where it says so)");
    Map<String, HandoffProtocol> byId = new LinkedHashMap<>();
    handoffMap.protocols().forEach(p -> byId.put(p.id(), p));
    Table t = complianceTable(Table.key("protocol"));
    for (ComplianceRow row : r.rows(GroupKind.PROTOCOL)) {
      HandoffProtocol p = byId.get(row.group());
      addRow(t, new Cell(row.group() + " (" + p.sla() + ")", row.group(), null), row);
    }
    addRow(t, Cell.note("total"), r.total());
    o.print(t, "  ");
    out.println();

    out.println("Per receiving team");
    Table receivers = complianceTable(Table.key("receiver"));
    r.rows(GroupKind.RECEIVER).forEach(row -> addRow(receivers, Cell.text(row.group()), row));
    o.print(receivers, "  ");
    out.println();

    out.printf("Per %s sent%n", r.options().scope().periodKind().name().toLowerCase(Locale.ROOT).replace('_', ' '));
    Table byPeriod = complianceTable(Table.period("period"));
    r.rows(GroupKind.PERIOD).forEach(row -> addRow(byPeriod, Cell.text(row.group()), row));
    o.print(byPeriod, "  ");
    out.println();
  }

  private static void printFriction(Output o, ComplianceResult r) {
    PrintWriter out = o.text();
    out.println("Which handoff to fix first: friction cost = failures x cost per failure (a failure: incomplete "
        + "payload, SLA missed, or a rejection without its reason)");
    Table rank = new Table("friction", Table.figure("#", "rank"), Table.key("protocol"), Table.figure("teams", "teams"),
        Table.figure("sent", "sent"), Table.figure("failures", "failures"), Table.figure("rate", "failureRate"),
        Table.figure("cost/failure", "costPerFailure"), Table.figure("friction cost", "frictionCost"),
        Table.figure("what breaks", "failureMode"));
    int i = 1;
    for (ProtocolFriction f : r.ranking()) {
      rank.row(Table.count(i++), f.protocolId(), Cell.text(f.teams()), Table.count(f.sent()), Table.count(f.failures()),
          Cell.of(f.failureRate(), Table::percent), Cell.money(f.costPerFailure()), Cell.money(f.frictionCost()),
          new Cell(shorten(f.failureMode(), 60), f.failureMode(), null));
    }
    o.print(rank, "  ");
    out.println();
  }

  private static void printRejectionReasons(Output o, ComplianceResult r) {
    PrintWriter out = o.text();
    List<ComplianceRow> rejecting = r.rows(GroupKind.PROTOCOL).stream()
        .filter(row -> row.rejected() > 0).toList();
    if (!rejecting.isEmpty()) {
      out.println("Rejection reasons");
      Table reasons = new Table("rejection-reasons", Table.key("protocol"), Table.key("reason"),
          Table.figure("rejections", "rejections"));
      for (ComplianceRow row : rejecting) {
        row.rejectionReasons().entrySet().stream()
            .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
            .forEach(e -> reasons.row(row.group(), e.getKey(), Table.count(e.getValue())));
        if (row.rejectionsWithoutReason() > 0) {
          reasons.row(row.group(), Cell.note("(no reason given)"), new Cell(
              Table.count(row.rejectionsWithoutReason()).text(), Long.toString(row.rejectionsWithoutReason()), null));
        }
      }
      o.print(reasons, "  ");
      out.println();
    }
  }

  private static void printOverdue(Output o, ComplianceResult r) {
    PrintWriter out = o.text();
    out.printf(Locale.ROOT, "Overdue: %,d %s past the deadline%s%n", r.total().overdue(),
        r.total().overdue() == 1 ? "handoff waits" : "handoffs wait", r.overdue().isEmpty() ? "" : ", most overdue first");
    if (!r.overdue().isEmpty()) {
      Table overdue = new Table("overdue", Table.key("handoff"), Table.key("deal"), Table.key("protocol"),
          Table.figure("sent", "sentAt"), Table.figure("due", "deadline"), Table.figure("overdue by", "breachedBy"),
          Table.figure("payload", "payloadComplete"));
      for (HandoffEvaluation e : r.overdue()) {
        String problems = e.payloadProblems().stream().map(FieldProblem::toString).collect(Collectors.joining("; "));
        overdue.row(e.handoffId(), e.dealId().orElse("lead " + e.leadId().orElse("-")), e.protocol().id(), Cell.text(e.sentAt().toString()),
            Cell.text(e.deadline().toString()), Cell.hours(e.breachedBy().orElse(Duration.ZERO)),
            new Cell(e.payloadComplete() ? "complete" : shorten(problems, 60), Boolean.toString(e.payloadComplete()),
                null));
      }
      o.print(overdue, "  ");
      // a record per payload problem, its field in the group
      r.overdue().forEach(e -> e.payloadProblems().forEach(p -> o.figure("overdue-payload", "", "handoff="
          + e.handoffId() + ";field=" + p.field(), "", "reason", p.reason())));
    }
  }

  private static void printOutcomeLink(Output o, OutcomeLinkResult l, Optional<ImportReport> outcomeReport) {
    PrintWriter out = o.text();
    out.println();
    out.printf(Locale.ROOT, "Outcome link: deals whose %s handoff was complete vs incomplete, by the outcome in %s%n",
        l.protocolId(), outcomeReport.flatMap(ImportReport::source).orElse("the outcomes file"));
    out.printf(Locale.ROOT, "  %,d deals with a complete handoff (%,d without an outcome yet), %,d with an "
        + "incomplete one (%,d without an outcome yet)%n", l.dealsComplete(), l.noOutcomeComplete(),
        l.dealsIncomplete(), l.noOutcomeIncomplete());
    Table ot = new Table("outcome-link", Table.key("outcome"), Table.figure("complete", "complete"),
        Table.figure("share", "completeShare"), Table.figure("incomplete", "incomplete"),
        Table.figure("share", "incompleteShare")).within("protocol=" + l.protocolId());
    for (OutcomeComparison c : l.rows()) {
      ot.row(c.outcome(), Table.count(c.complete()), Cell.of(c.completeShare(), Table::percent),
          Table.count(c.incomplete()), Cell.of(c.incompleteShare(), Table::percent));
    }
    if (!ot.isEmpty()) {
      o.print(ot, "  ");
    }
    out.println("  (counts of deals, not a causal estimate: compare with care when the groups are small)");
  }

  private static void printMaturity(Output o, MaturityResult m) {
    PrintWriter out = o.text();
    out.println();
    out.printf(Locale.ROOT, "Maturity by %s (tribal, documented, systematic, optimized): the highest stage whose "
        + "rules, and all below, hold%n", m.model().ref());
    Table t = new Table("maturity", Table.key("protocol"), Table.figure("stage", "stage"),
        Table.figure("payload", "payloadCompleteness"), Table.figure("SLA met", "slaAttainment"),
        Table.figure("gate", "gateEnforced"), Table.figure("outcome diff", "outcomeDifference"),
        Table.figure("next stage needs", "nextStageNeeds"));
    for (ProtocolMaturity p : m.protocols()) {
      t.row(Cell.text(p.protocolId()), stage(p), measured(p, "payload-completeness"), measured(p, "sla-attainment"),
          Cell.of(rule(p, "gate-enforced"), e -> new Cell(e.met() ? "yes" : "no", Boolean.toString(e.met()), null)),
          measured(p, "outcome-difference"), needs(p));
    }
    Optional<BigDecimal> none = Optional.empty();
    t.row(Cell.note("overall"), stage(m.overall()), Cell.of(none, Table::percent), Cell.of(none, Table::percent),
        Cell.of(none, Table::percent), Cell.of(none, Table::percent), needs(m.overall()));
    o.print(t, "  ");
    out.println("  (--format json lists every rule's evidence: measured, threshold, met)");
  }

  /** The stage as the table shows it; its value as the JSON writes it. */
  private static Cell stage(ProtocolMaturity p) {
    return new Cell(p.stage().name().toLowerCase(Locale.ROOT), p.stage().name(), null);
  }

  private static Optional<MaturityEvidence> rule(ProtocolMaturity p, String rule) {
    return p.evidence().stream().filter(e -> e.rule().equals(rule)).findFirst();
  }

  private static Cell measured(ProtocolMaturity p, String rule) {
    return Cell.of(rule(p, rule).flatMap(MaturityEvidence::measured), Table::percent);
  }

  /** The first rule not met: its name, fact and threshold shown; its fact as the value. */
  private static Cell needs(ProtocolMaturity p) {
    return Cell.of(p.evidence().stream().filter(e -> !e.met()).findFirst(), e -> {
      String text = e.rule() + ": " + e.detail() + e.threshold().map(t -> " (needs " + t.toPlainString() + ")")
          .orElse("");
      return new Cell(shorten(text, 60), e.detail(), null);
    });
  }

  private static Table complianceTable(Table.Column first) {
    return new Table("compliance", first, Table.figure("sent", "sent"), Table.figure("accepted", "accepted"),
        Table.figure("rejected", "rejected"), Table.figure("expired", "expired"), Table.figure("waiting", "waiting"),
        Table.figure("overdue", "overdue"), Table.figure("payload", "payloadCompletionRate"),
        Table.figure("SLA met", "slaAttainment"), Table.figure("median", "medianTimeToAccept"),
        Table.figure("p90", "p90TimeToAccept"), Table.figure("failures", "failures"));
  }

  private static void addRow(Table t, Cell label, ComplianceRow row) {
    t.row(label, Table.count(row.sent()), Table.count(row.accepted()), Table.count(row.rejected()),
        Table.count(row.expired()), Table.count(row.waiting()), Table.count(row.overdue()),
        Cell.of(row.payloadCompletionRate(), Table::percent), Cell.of(row.slaAttainment(), Table::percent),
        Cell.of(row.medianTimeToAccept(), Cell::hours), Cell.of(row.p90TimeToAccept(), Cell::hours),
        Table.count(row.failures()));
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 3) + "...";
  }
}
