package dev.revops.examples.cli;

import dev.revops.core.InvalidValueException;
import dev.revops.core.io.ImportFormatException;
import dev.revops.core.io.ImportOptions;
import dev.revops.core.io.ImportReport;
import dev.revops.core.io.JsonRecordImporter;
import dev.revops.core.io.RecordImporter;
import dev.revops.core.io.TextInput;
import dev.revops.core.metric.ExclusionTally;
import dev.revops.core.money.Money;
import dev.revops.core.period.FiscalCalendar;
import dev.revops.core.period.Period;
import dev.revops.core.period.PeriodKind;
import dev.revops.core.scope.Scope;
import dev.revops.examples.sample.Bundled;
import dev.revops.examples.sample.SampleGenerator;
import dev.revops.forecast.revenue.BridgeLine;
import dev.revops.forecast.revenue.BridgeResult;
import dev.revops.forecast.revenue.BridgeTotal;
import dev.revops.forecast.revenue.ClosePosition;
import dev.revops.forecast.revenue.ClosedBooks;
import dev.revops.forecast.revenue.Closing;
import dev.revops.forecast.revenue.Contract;
import dev.revops.forecast.revenue.ContractCsv;
import dev.revops.forecast.revenue.ContractSchedule;
import dev.revops.forecast.revenue.PeriodClose;
import dev.revops.forecast.revenue.PeriodCloseResult;
import dev.revops.forecast.revenue.RevenueBridge;
import dev.revops.forecast.revenue.RevenueOptions;
import dev.revops.forecast.revenue.RevenueRollForward;
import dev.revops.forecast.revenue.RevenueSchedule;
import dev.revops.forecast.revenue.RevenueWaterfall;
import dev.revops.forecast.revenue.RevenueWaterfallResult;
import dev.revops.forecast.revenue.RollForward;
import dev.revops.forecast.revenue.RollForwardRow;
import dev.revops.forecast.revenue.ScheduleTotals;
import dev.revops.forecast.revenue.ScheduleTotalsResult;
import dev.revops.forecast.revenue.WaterfallRow;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code revops reconcile}: from bookings to recognized revenue for a range of periods: the
 * schedule, the roll-forward of deferred revenue and unbilled receivables, the bridge, the period
 * close with remaining performance obligations, and the waterfall of what is left.
 */
@Command(name = "reconcile", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Reconciles bookings with recognized revenue: the recognition and billing schedule per period, the "
            + "roll-forward of deferred revenue and unbilled receivables, the bridge from the last period's bookings "
            + "to its revenue, its close with remaining performance obligations, and the revenue waterfall after it.",
        "Without --contracts it runs on the bundled sample: a contract for each won deal of the sample, kept in USD "
            + "at the sample's rates."},
    footer = {"", "Examples:",
        "  revops reconcile",
        "  revops reconcile --from 2026-01 --to 2026-09 --contract K-D00007",
        "  revops reconcile --contracts contracts.json --period quarter --from 2026-Q1 --to 2026-Q3",
        "  revops reconcile --close-before 2026-10-01 --save-books books.json --note \"Q3 close\"",
        "  revops reconcile --books books.json --to 2026-10",
        "  revops reconcile --books books.json --close-before 2026-11-01 --save-books books.json"})
final class ReconcileCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--contracts", paramLabel = "FILE",
      description = "Contracts: JSON (an array, or one contract per line) or CSV (one row per obligation). Default: "
          + "the bundled sample's.")
  Path contracts;

  @Mixin
  PeriodInput periods;

  @Mixin
  CurrencyInput money;

  @Option(names = "--from", paramLabel = "PERIOD", description = "The first period reported (a label, 2026-04).")
  String from;

  @Option(names = "--to", paramLabel = "PERIOD",
      description = "The last period reported, bridged and closed. Default: the last one before today (2026-09 for "
          + "the sample).")
  String to;

  @Option(names = "--horizon", paramLabel = "N", defaultValue = "4",
      description = "Periods of the waterfall after --to, 0 to 120 (default: ${DEFAULT-VALUE}).")
  int horizon;

  @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "UTC",
      description = "The time zone days and months start in (default: ${DEFAULT-VALUE}).")
  String zone;

  @Option(names = "--books", paramLabel = "FILE", description = "Closed books (JSON, from --save-books), verified "
      + "before use: closed periods keep what was posted, also for contracts no longer in the input; late changes "
      + "are corrected in the first open period.")
  Path books;

  @Option(names = "--close-before", paramLabel = "DATE",
      description = "Close every period ending on or before DATE (after the last close): appends a batch to the "
          + "books read with --books (or starts new books) and writes them to --save-books.")
  LocalDate closeBefore;

  @Option(names = "--save-books", paramLabel = "FILE", description = "Where --close-before writes the books: the "
      + "--books file itself, or a new file.")
  Path saveBooks;

  @Option(names = "--note", paramLabel = "TEXT", description = "What to record with the close (default: the date "
      + "and the contracts' source).")
  String note;

  @Option(names = "--contract", paramLabel = "ID", description = "Also print one contract's schedule line by line.")
  String contract;

  @Option(names = "--list", paramLabel = "N", defaultValue = "10",
      description = "Contracts listed in the bridge and waterfall, 0 to 1,000 (default: ${DEFAULT-VALUE}).")
  int list;

  @Mixin
  FormatOption output;

  private final List<String> notes = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    checkOptions();
    boolean sample = contracts == null;
    PeriodKind kind = periods.kind("month");
    FiscalCalendar calendar = periods.calendar();
    java.time.ZoneId zoneId = Options.zone(zone, "--zone");
    CurrencyInput.Conversion conversion = money.resolve(sample, java.nio.charset.StandardCharsets.UTF_8, notes);
    LocalDate today = sample ? SampleGenerator.AS_OF : LocalDate.now(zoneId);
    RevenueOptions options = RevenueOptions.of(Scope.builder().asOf(today, zoneId).periodKind(kind)
        .fiscalCalendar(calendar).reportingCurrency(conversion.currency()).exchangeRates(conversion.rates()).build());
    Period last = to != null ? Options.value(() -> calendar.parse(kind, to), "--to")
        : calendar.periodOf(kind, today.minusDays(1));
    Period first = from != null ? Options.value(() -> calendar.parse(kind, from), "--from") : back(calendar, kind,
        last, 5);
    if (first.compareTo(last) > 0) {
      throw new CliException("--from " + first.label() + " must not be after --to " + last.label());
    }
    List<Period> range = range(calendar, kind, first, last);
    List<Period> ahead = new ArrayList<>();
    for (Period p = calendar.periodOf(kind, last.end()); ahead.size() < horizon; p = calendar.periodOf(kind, p.end())) {
      ahead.add(p);
    }
    ClosedBooks closed = books == null ? ClosedBooks.none() : BooksFile.read(books);
    Optional<Closing> closing = closing(closed, options, sample);
    noteBooks(closed);

    long inTheBooks = BooksFile.postings(closed);
    long maxPostings = BooksFile.maxPostings();
    Reports reports = new Reports(options, range, last, ahead, list);
    ExclusionTally unscheduled = new ExclusionTally(3);
    Set<String> scheduled = new HashSet<>();
    AtomicReference<Optional<ContractSchedule>> shown = new AtomicReference<>(Optional.empty());
    java.util.function.Consumer<ContractSchedule> feed = s -> {
      reports.add(s);
      closing.ifPresent(x -> {
        x.add(s);
        BooksFile.checkClose(closeBefore, inTheBooks, x.postings(), maxPostings);
      });
      if (s.contractId().equals(contract)) {
        shown.set(Optional.of(s));
      }
    };
    ImportReport report = read(c -> schedule(c, options, closed, unscheduled, scheduled).ifPresent(feed), err);
    List<String> booksOnly = feedBooksOnly(closed, scheduled, feed);
    Optional<ClosedBooks> next = closing.map(Closing::result);
    next.ifPresent(this::save);
    noteUnscheduled(shown.get(), unscheduled);
    output(out, report, options, books(next.orElse(closed), booksOnly), reports, shown.get());
    return 0;
  }

  private void output(PrintWriter out, ImportReport report, RevenueOptions options, Map<String, Object> booksJson,
      Reports reports, Optional<ContractSchedule> shown) {
    RollForward rf = reports.rollForward.result();
    BridgeResult br = reports.bridge.result();
    PeriodCloseResult pc = reports.close.result();
    Optional<RevenueWaterfallResult> wf = reports.waterfall.map(RevenueWaterfall::result);
    ScheduleTotalsResult st = reports.totals.result();
    Output o = new Output(output.format, out);
    o.asOf(options.scope().asOf(), options.scope().zone(), Optional.empty());
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("import", report);
    json.put("options", options);
    json.put("notes", notes);
    json.put("books", booksJson);
    json.put("scheduleTotals", st);
    json.put("rollForward", rf);
    json.put("bridge", br);
    json.put("close", pc);
    wf.ifPresent(w -> json.put("waterfall", w));
    shown.ifPresent(s -> json.put("contract", s));
    o.json(json);
    print(o, report, options, st, rf, br, pc, wf, shown);
    o.flush();
  }

  /**
   * The contract's schedule, or empty when it cannot be scheduled (tallied as unscheduled); notes
   * the contracts of the books this input holds.
   */
  private static Optional<ContractSchedule> schedule(Contract c, RevenueOptions options, ClosedBooks closed,
      ExclusionTally unscheduled, Set<String> scheduled) {
    ContractSchedule s;
    try {
      s = RevenueSchedule.of(c, options, closed);
    } catch (InvalidValueException e) {
      InvalidValueException.Violation v = e.violations().get(0);
      unscheduled.add(v.field() + " " + v.rule(), c.id());
      return Optional.empty();
    }
    if (closed.contracts().contains(s.contractId())) {
      scheduled.add(s.contractId());
    }
    return Optional.of(s);
  }

  /** Writes the books after this close. */
  private void save(ClosedBooks next) {
    BooksFile.write(saveBooks, next);
    notes.add("Closed every period ending on or before " + closeBefore + " (batch " + next.batches().size()
        + ", digest " + next.digest().orElseThrow() + "); the books are in " + saveBooks + ".");
  }

  private void noteUnscheduled(Optional<ContractSchedule> shown, ExclusionTally unscheduled) {
    if (contract != null && shown.isEmpty()) {
      notes.add("No contract " + contract + " was scheduled.");
    }
    Limits.first(unscheduled.result(), Limits.REASONS, e -> notes.add(String.format(Locale.ROOT,
        "Not scheduled: %s: %,d (e.g. %s)", e.reason(), e.count(), String.join(", ", e.examples()))),
        n -> notes.add(String.format(Locale.ROOT, "Not scheduled: %,d more reasons.", n)));
  }

  private void checkOptions() {
    Limits.check("--horizon", horizon, 0, Limits.HORIZON);
    Limits.check("--list", list, 0, Limits.LIST);
    if ((closeBefore == null) != (saveBooks == null)) {
      throw new CliException("--close-before and --save-books go together");
    }
    if (note != null && closeBefore == null) {
      throw new CliException("--note goes with --close-before");
    }
  }

  /** The periods from first to last, at most {@link Limits#PERIODS}. */
  private static List<Period> range(FiscalCalendar calendar, PeriodKind kind, Period first, Period last) {
    List<Period> range = new ArrayList<>();
    for (Period p = first; p.compareTo(last) <= 0; p = calendar.periodOf(kind, p.end())) {
      if (range.size() == Limits.PERIODS) {
        throw new CliException("--from " + first.label() + " to --to " + last.label() + " is more than "
            + Limits.PERIODS + " periods");
      }
      range.add(p);
    }
    return range;
  }

  private void noteBooks(ClosedBooks closed) {
    if (books != null) {
      int n = closed.batches().size();
      notes.add(n == 0 ? "The books in " + books + " hold no close yet." : "The books in " + books + " are verified: "
          + n + " batch" + (n == 1 ? "" : "es") + ", closed before " + closed.closedBefore() + ", digest "
          + closed.digest().orElseThrow() + ".");
    }
  }

  /** Feeds the contracts in the books and not in this input: they keep their closed periods in every report. */
  private List<String> feedBooksOnly(ClosedBooks closed, Set<String> scheduled,
      java.util.function.Consumer<ContractSchedule> feed) {
    List<String> booksOnly = new ArrayList<>();
    for (String id : closed.contracts()) {
      if (!scheduled.contains(id)) {
        booksOnly.add(id);
        feed.accept(closed.schedule(id));
      }
    }
    if (!booksOnly.isEmpty()) {
      notes.add(String.format(Locale.ROOT, "In the books, not in this input: %,d contract%s (%s%s): their closed "
          + "periods are reported as posted, nothing after them.", booksOnly.size(), booksOnly.size() == 1 ? "" : "s",
          String.join(", ", booksOnly.subList(0, Math.min(booksOnly.size(), Math.max(list, 1)))),
          booksOnly.size() > Math.max(list, 1) ? ", ..." : ""));
    }
    return booksOnly;
  }

  /** The revenue reports every schedule feeds, in the order they are fed. */
  private static final class Reports {
    final ScheduleTotals totals;
    final RevenueRollForward rollForward;
    final RevenueBridge bridge;
    final PeriodClose close;
    final Optional<RevenueWaterfall> waterfall;

    Reports(RevenueOptions options, List<Period> range, Period last, List<Period> ahead, int list) {
      totals = new ScheduleTotals(options, range);
      rollForward = new RevenueRollForward(options, range);
      bridge = new RevenueBridge(options, last, list);
      close = new PeriodClose(options, last);
      waterfall = ahead.isEmpty() ? Optional.empty() : Optional.of(new RevenueWaterfall(options, ahead, list));
    }

    void add(ContractSchedule s) {
      totals.add(s);
      rollForward.add(s);
      bridge.add(s);
      close.add(s);
      waterfall.ifPresent(w -> w.add(s));
    }
  }

  /** The close --close-before asks for, checked before any contract is read. */
  private Optional<Closing> closing(ClosedBooks closed, RevenueOptions options, boolean sample) {
    try {
      closed.checkOptions(options);
    } catch (IllegalArgumentException e) {
      throw new CliException(books + ": " + e.getMessage(), e);
    }
    if (closeBefore == null) {
      return Optional.empty();
    }
    if (Files.exists(saveBooks) && (books == null || !sameFile(books, saveBooks))) {
      throw new CliException("--save-books " + saveBooks + " exists and is not the --books file: the books are "
          + "append-only, so add this close to them with --books " + saveBooks + ", or save to a new file");
    }
    String text = note != null ? note : "closed before " + closeBefore + " from "
        + (sample ? Bundled.SAMPLE_CONTRACTS : contracts.toString());
    try {
      return Optional.of(closed.closing(closeBefore, text, options));
    } catch (IllegalArgumentException e) {
      throw new CliException("--close-before " + closeBefore + ": " + e.getMessage(), e);
    }
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.isSameFile(a, b);
    } catch (IOException e) {
      return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
  }

  /** What the JSON says of the books: their state after this run, and the contracts only they hold. */
  private static Map<String, Object> books(ClosedBooks books, List<String> booksOnly) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (!books.batches().isEmpty()) {
      out.put("closedBefore", books.closedBefore());
      out.put("batches", books.batches().size());
      out.put("digest", books.digest().orElseThrow());
    }
    out.put("inTheBooksNotInThisInput", booksOnly);
    return out;
  }

  private static Period back(FiscalCalendar calendar, PeriodKind kind, Period last, int periods) {
    Period p = last;
    for (int i = 0; i < periods; i++) {
      p = calendar.periodOf(kind, p.start().minusDays(1));
    }
    return p;
  }

  private ImportReport read(java.util.function.Consumer<Contract> sink, PrintWriter err) {
    boolean csv = contracts != null && contracts.toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    String source = contracts == null ? Bundled.SAMPLE_CONTRACTS : contracts.toString();
    ImportOptions importOptions = ImportOptions.builder().source(source).maxExamplesPerReason(3).build();
    RecordImporter<Contract> importer = csv
        ? ContractCsv.importer(java.time.ZoneId.of(zone)).withOptions(importOptions)
        : JsonRecordImporter.of("contracts", "contract", Contract.class, Contract::id).withOptions(importOptions);
    // a re-readable input: the contracts CSV is read twice (first where each contract's rows are)
    TextInput in = contracts == null ? Bundled::sampleContracts
        : () -> Inputs.open(contracts, java.nio.charset.StandardCharsets.UTF_8);
    try {
      return importer.read(in, sink, r -> { });
    } catch (ImportFormatException e) {
      throw new CliException(source + " cannot be imported: " + e.getMessage(), e);
    } catch (IOException e) {
      throw Inputs.unreadable(contracts, e);
    }
  }

  // ---- tables

  private void print(Output o, ImportReport report, RevenueOptions options, ScheduleTotalsResult totals,
      RollForward rf, BridgeResult br, PeriodCloseResult pc, Optional<RevenueWaterfallResult> wf,
      Optional<ContractSchedule> shown) {
    List<Period> range = totals.periods();
    PrintWriter out = o.text();
    out.printf(Locale.ROOT, "Revenue %s to %s (%s periods, zone %s): %,d contracts from %s, %,d rejected%s%n",
        range.get(0).label(), range.get(range.size() - 1).label(), options.scope().periodKind().name().toLowerCase(Locale.ROOT)
            .replace('_', ' '), options.scope().zone(), report.recordsAccepted(), report.source().orElse("input"),
        report.rowsRejected(), report.rowsRejected() > 0 ? " (" + Options.firstExample(report) + ")"
            : "");
    notes.forEach(out::println);
    out.println();
    printSchedule(o, options, totals);
    printRollForward(o, rf);
    printBridge(o, br);
    printClose(o, pc);
    wf.ifPresent(w -> waterfall(o, w));
    shown.ifPresent(s -> contract(o, s));
  }

  private static void printSchedule(Output o, RevenueOptions options, ScheduleTotalsResult totals) {
    PrintWriter out = o.text();
    out.println("Schedule per period (in each contract's currency; deferred and unbilled at the period's end, netted "
        + "per contract)");
    Table t = new Table("schedule", Table.period("period"), Table.currency(), Table.figure("recognized", "recognized"),
        Table.figure("billed", "billed"), Table.figure("collected", "collected"), Table.figure("deferred", "deferred"),
        Table.figure("unbilled", "unbilled"));
    totals.rows().forEach(x -> t.row(x.period().label(), x.recognized().getCurrencyCode(),
        Table.amount(x.recognized()), Table.amount(x.billed()), Table.amount(x.collected()), Table.amount(x.deferred()),
        Table.amount(x.unbilled())));
    o.print(t, "  ");
    options.functionalCurrency().ifPresent(fc -> {
      String code = fc.getCurrencyCode();
      out.println("  in " + code + " (revenue at the rates of the invoices that billed it; FX kept apart from revenue)");
      Table f = new Table("schedule-functional", Table.period("period"), Table.figure("recognized", "recognized"),
          Table.figure("billed", "billed"), Table.figure("collected", "collected"),
          Table.figure("FX gain/loss", "fxGainLoss"));
      totals.functional().forEach(x -> f.row(x.period().label(), Table.amount(x.figures().recognized()),
          Table.amount(x.figures().billed()), Table.amount(x.figures().collected()),
          Table.amount(x.figures().fxGainLoss())));
      o.print(f, "  ");
    });
    out.println();
  }

  private static void printRollForward(Output o, RollForward rf) {
    PrintWriter out = o.text();
    out.println("Roll-forward (opening + billings - revenue = closing)");
    Table r = new Table("roll-forward", Table.period("period"), Table.currency(),
        Table.figure("opening deferred", "openingDeferred"), Table.figure("+ billed", "billingsToDeferred"),
        Table.figure("- recognized", "revenueFromDeferred"), Table.figure("= deferred", "closingDeferred"),
        Table.figure("opening unbilled", "openingUnbilled"), Table.figure("+ recognized", "revenueToUnbilled"),
        Table.figure("- billed", "billingsAgainstUnbilled"), Table.figure("= unbilled", "closingUnbilled"));
    for (RollForwardRow x : rf.rows()) {
      r.row(x.period().label(), x.closingDeferred().getCurrencyCode(), Table.amount(x.openingDeferred()),
          Table.amount(x.billingsToDeferred()), Table.amount(x.revenueFromDeferred()), Table.amount(x.closingDeferred()),
          Table.amount(x.openingUnbilled()), Table.amount(x.revenueToUnbilled()),
          Table.amount(x.billingsAgainstUnbilled()), Table.amount(x.closingUnbilled()));
    }
    o.print(r, "  ");
    out.println();
  }

  private static void printBridge(Output o, BridgeResult br) {
    PrintWriter out = o.text();
    String bridged = br.period().label();
    out.printf("Bridge of %s: from bookings to recognized revenue%n", bridged);
    for (BridgeTotal total : br.totals()) {
      Table b = new Table("bridge", Table.key("", "reason"), Table.figure(total.revenue().getCurrencyCode(), "amount"))
          .in(bridged);
      for (BridgeLine l : total.lines()) {
        b.row(new Cell((l.reason().sign() > 0 ? "+ " : "- ") + reason(l.reason().name()), l.reason().name(), null),
            Table.amount(l.amount()));
      }
      b.row(new Cell("= revenue recognized", "REVENUE_RECOGNIZED", null), Table.amount(total.revenue()));
      o.print(b, "  ");
    }
    if (!br.contractLines().isEmpty()) {
      out.println("  largest contract lines:");
      Table c = new Table("bridge-contracts", Table.key("reason"), Table.key("contract"),
          Table.figure("amount", "amount")).in(bridged);
      br.contractLines().forEach(l -> c.row(new Cell(reason(l.reason().name()), l.reason().name(), null),
          l.contractId().orElse(""), Table.amount(l.amount())));
      o.print(c, "    ");
    }
    out.println();
  }

  private static void printClose(Output o, PeriodCloseResult pc) {
    PrintWriter out = o.text();
    out.printf("Close of %s (remaining performance obligations = contract value - recognized = unbilled backlog + "
        + "deferred - unbilled receivable)%n", pc.period().label());
    Table p = new Table("close", Table.currency(), Table.figure("contracts", "contracts"),
        Table.figure("recognized", "recognized"), Table.figure("billed", "billed"),
        Table.figure("collected", "collected"), Table.figure("deferred", "deferred"),
        Table.figure("unbilled", "unbilled"), Table.figure("receivable", "receivable"),
        Table.figure("contract value", "totalContractValue"), Table.figure("remaining", "remaining"),
        Table.figure("unbilled backlog", "unbilledBacklog")).in(pc.period().label());
    for (ClosePosition x : pc.positions()) {
      p.row(x.recognized().getCurrencyCode(), Table.count(x.contracts()), Table.amount(x.recognized()),
          Table.amount(x.billed()), Table.amount(x.collected()), Table.amount(x.deferred()), Table.amount(x.unbilled()),
          Table.amount(x.receivable()), Table.amount(x.totalContractValue()), Table.amount(x.remaining()),
          Table.amount(x.unbilledBacklog()));
    }
    o.print(p, "  ");
    out.println();
  }

  /**
   * The waterfall: as text a column per period; as CSV a record per booking and period (measure
   * {@code toRecognize}) besides the booking's value, revenue before and after.
   */
  private static void waterfall(Output o, RevenueWaterfallResult w) {
    PrintWriter out = o.text();
    List<Table.Column> header = new ArrayList<>(List.of(Table.key("booking", "contract"), Table.currency(),
        Table.figure("value", "contractValue"), Table.figure("before", "recognizedBefore")));
    w.periods().forEach(x -> header.add(Table.figure(x.label(), "toRecognize")));
    header.add(Table.figure("after", "after"));
    out.println("Waterfall: revenue still to recognize, by period");
    Table wt = new Table("waterfall", header);
    w.totals().forEach(x -> wt.row(row(o, w, new Cell("(all " + Table.count(x.contracts()).text() + ")", null, null),
        x)));
    w.bookings().forEach(x -> wt.row(row(o, w, Cell.text(x.contractId().orElse("")), x)));
    o.print(wt, "  ");
    out.println();
  }

  private static List<Object> row(Output o, RevenueWaterfallResult w, Cell label, WaterfallRow x) {
    String currency = x.contractValue().getCurrencyCode();
    List<Object> cells = new ArrayList<>(List.of(label, currency, Table.amount(x.contractValue()),
        Table.amount(x.recognizedBefore())));
    for (int i = 0; i < x.perPeriod().size(); i++) {
      Money m = x.perPeriod().get(i);
      cells.add(Cell.note(Table.amount(m).text()));
      o.figure("waterfall", w.periods().get(i).label(), label.value() == null ? "" : "contract=" + label.value(),
          currency, "toRecognize", m.getAmount().toPlainString());
    }
    cells.add(Table.amount(x.after()));
    return cells;
  }

  private static void contract(Output o, ContractSchedule s) {
    PrintWriter out = o.text();
    String which = "contract=" + s.contractId();
    out.printf("Contract %s (%s, booked %s): %s, now %s%n", s.contractId(), s.customer(), s.bookingDate(),
        s.bookedPrice(), s.finalPrice());
    Table a = new Table("contract-allocation", Table.key("allocation"), Table.key("obligation"),
        Table.figure("weight", "standaloneValue"), Table.figure("amount", "amount")).within(which);
    for (int i = 0; i < s.allocations().size(); i++) {
      String name = i == 0 ? "as booked" : "change " + i;
      s.allocations().get(i).lines().forEach(l -> a.row(name, l.obligationId(),
          new Cell(l.standaloneValue().setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString(),
              l.standaloneValue().toPlainString(), null), Table.amount(l.amount())));
    }
    o.print(a, "  ");
    s.changes().forEach(c -> out.printf("  change %s (%s) at %s: price %s, at once %s%n", c.id(),
        reason(c.source().name()), c.effective(), c.priceChange(), c.catchUp()));
    Table bl = new Table("contract-billing", Table.key("document"), Table.key("kind"), Table.figure("date", "date"),
        Table.figure("amount", "amount")).within(which);
    s.billing().forEach(b -> bl.row(b.id(), new Cell(reason(b.kind().name()), b.kind().name(), null),
        Cell.text(b.date().toString()), Table.amount(b.amount())));
    o.print(bl, "  ");
    Table e = new Table("contract-entries", Table.period("period"), Table.key("obligation"), Table.key("source"),
        Table.figure("amount", "amount")).within(which);
    s.entries().forEach(x -> e.row(x.period().label(), x.obligationId(),
        new Cell(reason(x.source().name()) + x.reference().map(ref -> " " + ref).orElse(""),
            x.source().name() + x.reference().map(ref -> " " + ref).orElse(""), null), Table.amount(x.amount())));
    o.print(e, "  ");
    out.println();
  }

  private static String reason(String name) {
    return name.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
