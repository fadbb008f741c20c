package dev.revops.examples.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.revops.core.io.CsvRowImporter;
import dev.revops.core.io.ImportFormatException;
import dev.revops.core.io.ImportOptions;
import dev.revops.core.io.ImportReport;
import dev.revops.core.io.JsonRecordImporter;
import dev.revops.core.io.RecordImporter;
import dev.revops.core.metric.Exclusion;
import dev.revops.core.metric.ExclusionTally;
import dev.revops.core.period.FiscalCalendar;
import dev.revops.core.period.PeriodKind;
import dev.revops.core.scope.Scope;
import dev.revops.examples.sample.Bundled;
import dev.revops.examples.sample.RetentionSampleGenerator;
import dev.revops.examples.sample.SampleGenerator;
import dev.revops.forecast.recurring.ContractLines;
import dev.revops.forecast.recurring.ContractMrr;
import dev.revops.forecast.recurring.CustomerHistories;
import dev.revops.forecast.recurring.CustomerHistory;
import dev.revops.forecast.recurring.MrrLine;
import dev.revops.forecast.recurring.RecurringOptions;
import dev.revops.forecast.recurring.RenewalOptions;
import dev.revops.forecast.recurring.RenewalTerm;
import dev.revops.forecast.recurring.RetentionDefinition;
import dev.revops.forecast.recurring.RetentionDefinitions;
import dev.revops.forecast.recurring.SubscriptionCsv;
import dev.revops.forecast.revenue.Contract;
import dev.revops.forecast.revenue.ContractCsv;
import dev.revops.handoff.Handoff;
import dev.revops.handoff.compliance.HandoffEvaluation;
import dev.revops.handoff.protocol.HandoffMap;
import dev.revops.handoff.protocol.HandoffProtocol;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code revops retention}: customer success's end of the lifecycle: MRR movements, churn and
 * retention under several named definitions side by side, cohorts, renewals, and retention by the
 * completeness of the handoff to customer success.
 */
@Command(name = "retention", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Recurring revenue and what happens to it: MRR movements per period (new, reactivation, expansion, "
            + "contraction, churn; closing - opening = their sum, exactly), churn and retention rates under named "
            + "definitions side by side (ChartMogul, Stripe, GRR, NRR with and without reactivation), the cohort "
            + "triangle, the renewal pipeline with renewal rates, and retention by handoff completeness.",
        "Without --subscriptions and --contracts it runs on the bundled retention sample (two years of customers, "
            + "as of 2026-10-01)."},
    footer = {"", "Examples:",
        "  revops retention",
        "  revops retention --group-by segment --format csv",
        "  revops retention --subscriptions subscriptions.csv --from 2025-01-01 --currency USD --rates rates.csv",
        "  revops retention --contracts contracts.json --customers customers.csv --handoffs handoffs.jsonl"})
final class RetentionCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--subscriptions", paramLabel = "FILE",
      description = "A subscriptions export shaped like Stripe's (id, Customer ID, Currency, Amount, Interval...).")
  Path subscriptions;

  @Option(names = "--contracts", paramLabel = "FILE",
      description = "Contracts: JSON (an array, or one per line) or CSV (one row per obligation).")
  Path contracts;

  @Option(names = "--customers", paramLabel = "FILE",
      description = "Contract customers' attributes: CSV with a customer column and one column per attribute.")
  Path customers;

  @Option(names = "--handoffs", paramLabel = "FILE",
      description = "Handoffs (JSON Lines) of --handoff-protocol, to compare retention by handoff completeness.")
  Path handoffs;

  @Option(names = "--map", paramLabel = "NAME|FILE", defaultValue = Bundled.HANDOFF_MAP,
      description = "The handoff map: b2b-handoffs (bundled) or a file (default: ${DEFAULT-VALUE}).")
  String map;

  @Option(names = "--handoff-protocol", paramLabel = "ID", defaultValue = "sales-to-cs",
      description = "The protocol of the handoff to customer success (default: ${DEFAULT-VALUE}).")
  String handoffProtocol;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "The as-of date (its start, in --zone). Default: today; 2026-10-01 for the sample.")
  LocalDate asOf;

  @Option(names = "--from", paramLabel = "DATE",
      description = "A day of the first period. Default: twelve periods before the as-of.")
  LocalDate from;

  @Mixin
  PeriodInput periods;

  @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "UTC",
      description = "The time zone days and months start in (default: ${DEFAULT-VALUE}).")
  String zone;

  @Mixin
  CurrencyInput money;

  @Option(names = "--group-by", paramLabel = "DIM", split = ",",
      description = "Group by product, cohort, handoff or any customer attribute (segment, owner...).")
  List<String> groupBy = new ArrayList<>();

  @Option(names = "--definitions", paramLabel = "FILE",
      description = "Churn and retention definitions (JSON array). Default: the built-in ones.")
  Path definitions;

  @Option(names = "--gap-days", paramLabel = "N", defaultValue = "30",
      description = "Days before or after a contract's end its renewal may start (default: ${DEFAULT-VALUE}).")
  int gapDays;

  @Option(names = "--renewals-ahead", paramLabel = "N", defaultValue = "3",
      description = "Periods after the as-of's in the renewal pipeline (default: ${DEFAULT-VALUE}).")
  int ahead;

  @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
      description = "The encoding of the input files (default: ${DEFAULT-VALUE}).")
  Charset encoding;

  @Mixin
  FormatOption output;

  private final List<String> notes = new ArrayList<>();

  /** What was read: the customers' histories and contracts' terms, and the reports of the files. */
  private record Loaded(List<CustomerHistory> histories, List<RenewalTerm> terms, List<Contract> contracts,
      List<HandoffEvaluation> evaluations, Optional<ImportReport> subscriptionsRead, Optional<ImportReport> contractsRead,
      Optional<ImportReport> handoffsRead, List<Exclusion> linesLeftOut, List<Exclusion> oneTime) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    boolean sample = subscriptions == null && contracts == null;
    if (ahead < 0 || ahead > 60) {
      throw new CliException("--renewals-ahead must be between 0 and 60, was " + ahead);
    }
    Scope scope = scope(sample);
    LocalDate first = from != null ? from : back(scope, 12);
    RecurringOptions options = Options.value(() -> RecurringOptions.builder().scope(scope).from(first)
        .addAllGroupBy(groupBy).build(), "--from/--group-by");
    List<RetentionDefinition> defs = definitions == null ? RetentionDefinitions.ALL
        : Json.read(definitions, new TypeReference<List<RetentionDefinition>>() { });
    Loaded in = load(sample, scope);
    RetentionReport report = new RetentionReport(options, defs);
    report.compute(in.histories(), in.terms(), renewalOptions(scope, first, options.groupBy()), trailingYear(scope));
    if (!in.evaluations().isEmpty()) {
      report.link(HandoffRetention.link(handoffProtocol, options.scope(), in.evaluations(), in.contracts(), report.renewals()));
    }
    report.imports(in.subscriptionsRead(), in.contractsRead(), in.handoffsRead(), in.linesLeftOut(), in.oneTime(), notes,
        sample);
    Output o = new Output(output.format, out);
    o.json(report.json());
    if (!o.isJson()) {
      new RetentionPrinter(o, report).print();
    }
    o.flush();
    return 0;
  }

  private Scope scope(boolean sample) {
    ZoneId zoneId = Options.value(() -> ZoneId.of(zone), "--zone");
    LocalDate day = asOf != null ? asOf : sample ? SampleGenerator.AS_OF : LocalDate.now(zoneId);
    CurrencyInput.Conversion conversion = money.resolve(sample && money.currency != null, encoding, notes);
    PeriodKind kind = periods.kind("month");
    FiscalCalendar calendar = periods.calendar();
    return Options.value(() -> Scope.builder().asOf(day, zoneId).periodKind(kind).fiscalCalendar(calendar)
        .reportingCurrency(conversion.currency()).exchangeRates(conversion.rates()).build(), "--as-of");
  }

  /**
   * Reads every file: subscriptions and contracts become MRR lines gathered per customer (contract
   * customers with their attributes and handoff status), contracts their renewal terms.
   */
  private Loaded load(boolean sample, Scope scope) {
    Map<String, Map<String, String>> attributes = readCustomers(sample);
    CustomerHistories gather = new CustomerHistories();
    Optional<ImportReport> subs = subscriptions != null || sample ? Optional.of(readSubscriptions(sample, gather::add))
        : Optional.empty();
    List<Contract> booked = new ArrayList<>();
    Optional<ImportReport> cons = contracts != null || sample ? Optional.of(readContracts(sample, booked::add))
        : Optional.empty();
    List<HandoffEvaluation> evaluations = new ArrayList<>();
    Optional<ImportReport> hands = handoffs != null || sample
        ? Optional.of(readHandoffs(sample, scope, evaluations)) : Optional.empty();
    Map<String, String> status = HandoffRetention.statusByCustomer(HandoffRetention.latestByDeal(evaluations), booked);
    ExclusionTally oneTime = new ExclusionTally(3);
    List<RenewalTerm> terms = new ArrayList<>();
    for (Contract c : booked) {
      Map<String, String> a = new TreeMap<>(attributes.getOrDefault(c.customer(), Map.of()));
      Optional.ofNullable(status.get(c.customer())).ifPresent(s -> a.put(HandoffRetention.DIMENSION, s));
      ContractLines lines = ContractMrr.lines(c, scope.zone(), a);
      lines.lines().forEach(gather::add);
      lines.term().ifPresent(terms::add);
      lines.excluded().forEach(e -> {
        for (long i = 0; i < e.count(); i++) {
          oneTime.add(e.reason(), i < e.examples().size() ? e.examples().get((int) i) : c.id());
        }
      });
    }
    CustomerHistories.Gathered gathered = gather.result();
    List<CustomerHistory> histories = new ArrayList<>();
    for (CustomerHistory h : gathered.histories()) {
      String s = status.get(h.customer());
      // the status on every line, so that it is the customer's whichever line is the latest
      histories.add(s == null ? h : HandoffRetention.withAttribute(h, HandoffRetention.DIMENSION, s));
    }
    return new Loaded(histories, terms, booked, evaluations, subs, cons, hands, gathered.excluded(), oneTime.result());
  }

  /** The renewal pipeline's options: contracts ending from the first period to some periods past the as-of. */
  private RenewalOptions renewalOptions(Scope scope, LocalDate first, List<String> groups) {
    LocalDate through = scope.asOfDate();
    for (int i = 0; i < ahead; i++) {
      through = scope.periodOf(through).end();
    }
    LocalDate last = through;
    List<String> attributes = groups.stream().filter(g -> !g.equals(RecurringOptions.PRODUCT)
        && !g.equals(RecurringOptions.COHORT)).toList();
    return Options.value(() -> RenewalOptions.builder().scope(scope).from(first).through(last).gapDays(gapDays)
        .addAllGroupBy(attributes).build(), "--gap-days");
  }

  /** The twelve months to the as-of as one period: a fiscal year starting in the as-of's month. */
  private static Scope trailingYear(Scope scope) {
    return Scope.builder().asOf(scope.asOf()).zone(scope.zone()).periodKind(PeriodKind.FISCAL_YEAR)
        .fiscalCalendar(FiscalCalendar.startingIn(scope.asOfDate().getMonth())).reportingCurrency(scope.reportingCurrency())
        .exchangeRates(scope.exchangeRates()).addAllBasedOn(scope.basedOn()).build();
  }

  private static LocalDate back(Scope scope, int periods) {
    LocalDate d = scope.periodOf(scope.asOf().minusNanos(1)).start();
    for (int i = 0; i < periods - 1; i++) {
      d = scope.periodOf(d.minusDays(1)).start();
    }
    return d;
  }

  // ---- reading

  private ImportReport readSubscriptions(boolean sample, Consumer<MrrLine> sink) {
    String source = sample ? Bundled.RETENTION_SAMPLE + RetentionSampleGenerator.SUBSCRIPTIONS : subscriptions.toString();
    return read(SubscriptionCsv.importer().withOptions(options(source)), source, sink, subscriptions,
        () -> Bundled.retentionSample(RetentionSampleGenerator.SUBSCRIPTIONS));
  }

  private ImportReport readContracts(boolean sample, Consumer<Contract> sink) {
    String source = sample ? Bundled.RETENTION_SAMPLE + RetentionSampleGenerator.CONTRACTS : contracts.toString();
    boolean csv = contracts != null && contracts.toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    RecordImporter<Contract> importer = csv ? ContractCsv.importer(ZoneId.of(zone)).withOptions(options(source))
        : JsonRecordImporter.of("contracts", "contract", Contract.class, Contract::id).withOptions(options(source));
    return read(importer, source, sink, contracts, () -> Bundled.retentionSample(RetentionSampleGenerator.CONTRACTS));
  }

  private ImportReport readHandoffs(boolean sample, Scope scope, List<HandoffEvaluation> into) {
    HandoffMap handoffMap = map.equals(Bundled.HANDOFF_MAP) ? Bundled.handoffMap() : Json.read(Path.of(map),
        HandoffMap.class);
    HandoffProtocol protocol = handoffMap.find(handoffProtocol).orElseThrow(() -> new CliException(
        "--handoff-protocol " + handoffProtocol + " is not in handoff map " + handoffMap.ref()));
    String source = sample ? Bundled.RETENTION_SAMPLE + RetentionSampleGenerator.HANDOFFS : handoffs.toString();
    long[] others = new long[1];
    ImportReport r = read(JsonRecordImporter.of("handoffs", "handoff", Handoff.class, Handoff::id)
        .withOptions(options(source)), source, Limits.upTo(Limits.HANDOFFS, into::size, (Handoff h) -> {
          if (h.protocolId().equals(protocol.id())) {
            into.add(HandoffEvaluation.of(h, protocol, Optional.empty(), scope.asOf()));
          } else {
            others[0]++;
          }
        }, source, "handoffs"), handoffs, () -> Bundled.retentionSample(RetentionSampleGenerator.HANDOFFS));
    if (others[0] > 0) {
      notes.add(String.format(Locale.ROOT, "%,d handoffs of other protocols than %s were left out.", others[0],
          protocol.id()));
    }
    return r;
  }

  /** Customer attributes: the bundled accounts' for the sample, the --customers file, or none. */
  private Map<String, Map<String, String>> readCustomers(boolean sample) {
    if (customers == null && !sample) {
      return Map.of();
    }
    String source = sample ? Bundled.RETENTION_SAMPLE + RetentionSampleGenerator.CUSTOMERS : customers.toString();
    Map<String, Map<String, String>> out = new HashMap<>();
    CsvRowImporter<Map.Entry<String, Map<String, String>>> importer = CsvRowImporter.<Map.Entry<String,
        Map<String, String>>>of("customers", List.of("customer"), row -> {
          Optional<String> id = row.require("customer");
          Map<String, String> a = new TreeMap<>();
          for (String c : row.columns()) {
            if (!c.equalsIgnoreCase("customer")) {
              row.get(c).ifPresent(v -> a.put(c, v));
            }
          }
          return row.hasProblems() ? null : Map.entry(id.get(), a);
        }).withOptions(options(source));
    ImportReport r = read(importer, source, e -> out.put(e.getKey(), e.getValue()), customers,
        () -> Bundled.retentionSample(RetentionSampleGenerator.CUSTOMERS));
    Options.warnRejected(r, "Customers", notes);
    return out;
  }

  private static ImportOptions options(String source) {
    return ImportOptions.builder().source(source).maxExamplesPerReason(3).build();
  }

  private <T> ImportReport read(RecordImporter<T> importer, String source, Consumer<T> sink, Path file,
      Supplier<Reader> bundled) {
    try (Reader in = file == null ? bundled.get() : Inputs.open(file, encoding)) {
      return importer.read(in, sink, r -> { });
    } catch (ImportFormatException e) {
      throw new CliException(source + " cannot be imported: " + e.getMessage(), e);
    } catch (IOException e) {
      throw Inputs.unreadable(file, e);
    }
  }
}
