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
import dev.revops.examples.sample.Bundled;
import dev.revops.examples.sample.SampleGenerator;
import dev.revops.forecast.revenue.BridgeLine;
import dev.revops.forecast.revenue.BridgeResult;
import dev.revops.forecast.revenue.BridgeTotal;
import dev.revops.forecast.revenue.ClosePosition;
import dev.revops.forecast.revenue.ClosedBooks;
import dev.revops.forecast.revenue.Contract;
import dev.revops.forecast.revenue.ContractCsv;
import dev.revops.forecast.revenue.ContractSchedule;
import dev.revops.forecast.revenue.FunctionalFigures;
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
import dev.revops.forecast.revenue.SchedulePeriod;
import dev.revops.forecast.revenue.WaterfallRow;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
        "  revops reconcile --close-before 2026-10-01 --save-books books.json",
        "  revops reconcile --books books.json --to 2026-10"})
final class ReconcileCommand implements Callable<Integer> {

  enum Format { TABLE, JSON }

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
      description = "Periods of the waterfall after --to (default: ${DEFAULT-VALUE}).")
  int horizon;

  @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "UTC",
      description = "The time zone days and months start in (default: ${DEFAULT-VALUE}).")
  String zone;

  @Option(names = "--books", paramLabel = "FILE", description = "Closed books (JSON, from --save-books): closed "
      + "periods keep what was posted; late changes are corrected in the first open period.")
  Path books;

  @Option(names = "--close-before", paramLabel = "DATE",
      description = "Close every period ending on or before DATE, and write the books to --save-books.")
  LocalDate closeBefore;

  @Option(names = "--save-books", paramLabel = "FILE", description = "Where --close-before writes the books.")
  Path saveBooks;

  @Option(names = "--contract", paramLabel = "ID", description = "Also print one contract's schedule line by line.")
  String contract;

  @Option(names = "--list", paramLabel = "N", defaultValue = "10",
      description = "Contracts listed in the bridge and waterfall (default: ${DEFAULT-VALUE}).")
  int list;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table or json (default: ${DEFAULT-VALUE}).")
  Format format;

  private final List<String> notes = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (horizon < 0 || list < 0) {
      throw new CliException("--horizon and --list must not be negative");
    }
    if ((closeBefore == null) != (saveBooks == null)) {
      throw new CliException("--close-before and --save-books go together");
    }
    boolean sample = contracts == null;
    PeriodKind kind = periods.kind("month");
    FiscalCalendar calendar = periods.calendar();
    java.time.ZoneId zoneId = Options.value(() -> java.time.ZoneId.of(zone), "--zone");
    CurrencyInput.Conversion conversion = money.resolve(sample, java.nio.charset.StandardCharsets.UTF_8, notes);
    RevenueOptions options = RevenueOptions.builder().zone(zoneId).periodKind(kind).calendar(calendar)
        .functionalCurrency(conversion.currency()).exchangeRates(conversion.rates()).build();
    LocalDate today = sample ? SampleGenerator.AS_OF : LocalDate.now(zoneId);
    Period last = to != null ? Options.value(() -> calendar.parse(kind, to), "--to")
        : calendar.periodOf(kind, today.minusDays(1));
    Period first = from != null ? Options.value(() -> calendar.parse(kind, from), "--from") : back(calendar, kind,
        last, 5);
    if (first.compareTo(last) > 0) {
      throw new CliException("--from " + first.label() + " must not be after --to " + last.label());
    }
    List<Period> range = new ArrayList<>();
    for (Period p = first; p.compareTo(last) <= 0; p = calendar.periodOf(kind, p.end())) {
      range.add(p);
    }
    List<Period> ahead = new ArrayList<>();
    for (Period p = calendar.periodOf(kind, last.end()); ahead.size() < horizon; p = calendar.periodOf(kind, p.end())) {
      ahead.add(p);
    }
    ClosedBooks closed = books == null ? ClosedBooks.none() : Json.read(books, ClosedBooks.class);

    RevenueRollForward rollForward = new RevenueRollForward(range);
    RevenueBridge bridge = new RevenueBridge(options, last, list);
    PeriodClose close = new PeriodClose(options, last);
    RevenueWaterfall waterfall = ahead.isEmpty() ? null : new RevenueWaterfall(ahead, list);
    Map<Integer, Map<String, long[]>> totals = new TreeMap<>();
    Map<Integer, long[]> functional = new TreeMap<>();
    ExclusionTally unscheduled = new ExclusionTally(3);
    List<ContractSchedule> schedules = new ArrayList<>();
    AtomicReference<Optional<ContractSchedule>> shown = new AtomicReference<>(Optional.empty());
    ImportReport report = read(c -> {
      ContractSchedule s;
      try {
        s = RevenueSchedule.of(c, options, closed);
      } catch (InvalidValueException e) {
        InvalidValueException.Violation v = e.violations().get(0);
        unscheduled.add(v.field() + " " + v.rule(), c.id());
        return;
      }
      rollForward.add(s);
      bridge.add(s);
      close.add(s);
      if (waterfall != null) {
        waterfall.add(s);
      }
      if (saveBooks != null) {
        schedules.add(s);
      }
      if (s.contractId().equals(contract)) {
        shown.set(Optional.of(s));
      }
      for (int i = 0; i < range.size(); i++) {
        Period p = range.get(i);
        if (p.compareTo(s.bookingPeriod()) < 0) {
          continue;
        }
        long[] t = totals.computeIfAbsent(i, k -> new TreeMap<>())
            .computeIfAbsent(s.currency().getCurrencyCode(), k -> new long[5]);
        Optional<SchedulePeriod> row = s.row(p);
        row.ifPresent(x -> {
          t[0] += x.recognized().getAmountMinor();
          t[1] += x.billed().getAmountMinor();
          t[2] += x.collected().getAmountMinor();
        });
        ContractSchedule.Position at = s.positionAt(p);
        t[3] += at.deferred().getAmountMinor();
        t[4] += at.unbilled().getAmountMinor();
        if (options.functionalCurrency().isPresent() && row.isPresent()) {
          long[] f = functional.computeIfAbsent(i, k -> new long[4]);
          FunctionalFigures ff = row.get().functional().orElse(null);
          f[0] += ff != null ? ff.recognized().getAmountMinor() : row.get().recognized().getAmountMinor();
          f[1] += ff != null ? ff.billed().getAmountMinor() : row.get().billed().getAmountMinor();
          f[2] += ff != null ? ff.collected().getAmountMinor() : row.get().collected().getAmountMinor();
          f[3] += ff != null ? ff.fxGainLoss().getAmountMinor() : 0;
        }
      }
    }, err);
    if (saveBooks != null) {
      ClosedBooks next = ClosedBooks.close(closeBefore, schedules, Optional.ofNullable(books == null ? null : closed));
      Json.write(saveBooks, next);
      notes.add("Closed every period ending on or before " + closeBefore + "; the books are in " + saveBooks + ".");
    }
    if (contract != null && shown.get().isEmpty()) {
      notes.add("No contract " + contract + " was scheduled.");
    }
    unscheduled.result().forEach(e -> notes.add(String.format(Locale.ROOT, "Not scheduled: %s: %,d (e.g. %s)",
        e.reason(), e.count(), String.join(", ", e.examples()))));
    RollForward rf = rollForward.result();
    BridgeResult br = bridge.result();
    PeriodCloseResult pc = close.result();
    Optional<RevenueWaterfallResult> wf = Optional.ofNullable(waterfall).map(RevenueWaterfall::result);
    if (format == Format.JSON) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("import", report);
      json.put("options", options);
      json.put("notes", notes);
      json.put("rollForward", rf);
      json.put("bridge", br);
      json.put("close", pc);
      wf.ifPresent(w -> json.put("waterfall", w));
      shown.get().ifPresent(s -> json.put("contract", s));
      Json.print(out, json);
    } else {
      print(out, report, options, range, totals, functional, rf, br, pc, wf, shown.get());
    }
    out.flush();
    return 0;
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

  private void print(PrintWriter out, ImportReport report, RevenueOptions options, List<Period> range,
      Map<Integer, Map<String, long[]>> totals, Map<Integer, long[]> functional, RollForward rf, BridgeResult br, PeriodCloseResult pc,
      Optional<RevenueWaterfallResult> wf, Optional<ContractSchedule> shown) {
    out.printf(Locale.ROOT, "Revenue %s to %s (%s periods, zone %s): %,d contracts from %s, %,d rejected%s%n",
        range.get(0).label(), range.get(range.size() - 1).label(), options.periodKind().name().toLowerCase(Locale.ROOT)
            .replace('_', ' '), options.zone(), report.recordsAccepted(), report.source().orElse("input"),
        report.rowsRejected(), report.rowsRejected() > 0 ? " (" + report.rejections().get(0).examples().get(0) + ")"
            : "");
    notes.forEach(out::println);
    out.println();

    out.println("Schedule per period (in each contract's currency; deferred and unbilled at the period's end, netted "
        + "per contract)");
    Table t = new Table(List.of("period", "currency", "recognized", "billed", "collected", "deferred", "unbilled"));
    totals.forEach((i, byCurrency) -> byCurrency.forEach((code, v) -> t.row(List.of(range.get(i).label(), code,
        Table.amount(Money.ofMinor(code, v[0])), Table.amount(Money.ofMinor(code, v[1])),
        Table.amount(Money.ofMinor(code, v[2])), Table.amount(Money.ofMinor(code, v[3])),
        Table.amount(Money.ofMinor(code, v[4]))))));
    t.print(out, "  ");
    options.functionalCurrency().ifPresent(fc -> {
      String code = fc.getCurrencyCode();
      out.println("  in " + code + " (revenue at the rates of the invoices that billed it; FX kept apart from revenue)");
      Table f = new Table(List.of("period", "recognized", "billed", "collected", "FX gain/loss"));
      functional.forEach((k, v) -> f.row(List.of(range.get(k).label(),
          Table.amount(Money.ofMinor(code, v[0])), Table.amount(Money.ofMinor(code, v[1])),
          Table.amount(Money.ofMinor(code, v[2])), Table.amount(Money.ofMinor(code, v[3])))));
      f.print(out, "  ");
    });
    out.println();

    out.println("Roll-forward (opening + billings - revenue = closing)");
    Table r = new Table(List.of("period", "currency", "opening deferred", "+ billed", "- recognized", "= deferred",
        "opening unbilled", "+ recognized", "- billed", "= unbilled"));
    for (RollForwardRow x : rf.rows()) {
      r.row(List.of(x.period().label(), x.closingDeferred().getCurrencyCode(), Table.amount(x.openingDeferred()),
          Table.amount(x.billingsToDeferred()), Table.amount(x.revenueFromDeferred()), Table.amount(x.closingDeferred()),
          Table.amount(x.openingUnbilled()), Table.amount(x.revenueToUnbilled()),
          Table.amount(x.billingsAgainstUnbilled()), Table.amount(x.closingUnbilled())));
    }
    r.print(out, "  ");
    out.println();

    out.printf("Bridge of %s: from bookings to recognized revenue%n", br.period().label());
    for (BridgeTotal total : br.totals()) {
      Table b = new Table(List.of("", total.revenue().getCurrencyCode()));
      for (BridgeLine l : total.lines()) {
        b.row(List.of((l.reason().sign() > 0 ? "+ " : "- ") + reason(l.reason().name()), Table.amount(l.amount())));
      }
      b.row(List.of("= revenue recognized", Table.amount(total.revenue())));
      b.print(out, "  ");
    }
    if (!br.contractLines().isEmpty()) {
      out.println("  largest contract lines:");
      Table c = new Table(List.of("reason", "contract", "amount"));
      br.contractLines().forEach(l -> c.row(List.of(reason(l.reason().name()), l.contractId().orElse(""),
          Table.amount(l.amount()))));
      c.print(out, "    ");
    }
    out.println();

    out.printf("Close of %s (remaining performance obligations = contract value - recognized = unbilled backlog + "
        + "deferred - unbilled receivable)%n", pc.period().label());
    Table p = new Table(List.of("currency", "contracts", "recognized", "billed", "collected", "deferred", "unbilled",
        "receivable", "contract value", "remaining", "unbilled backlog"));
    for (ClosePosition x : pc.positions()) {
      p.row(List.of(x.recognized().getCurrencyCode(), Table.count(x.contracts()), Table.amount(x.recognized()),
          Table.amount(x.billed()), Table.amount(x.collected()), Table.amount(x.deferred()), Table.amount(x.unbilled()),
          Table.amount(x.receivable()), Table.amount(x.totalContractValue()), Table.amount(x.remaining()),
          Table.amount(x.unbilledBacklog())));
    }
    p.print(out, "  ");
    out.println();

    wf.ifPresent(w -> {
      List<String> header = new ArrayList<>(List.of("booking", "currency", "value", "before"));
      w.periods().forEach(x -> header.add(x.label()));
      header.add("after");
      out.println("Waterfall: revenue still to recognize, by period");
      Table wt = new Table(header);
      w.totals().forEach(x -> wt.row(row("(all " + Table.count(x.contracts()) + ")", x)));
      w.bookings().forEach(x -> wt.row(row(x.contractId().orElse(""), x)));
      wt.print(out, "  ");
      out.println();
    });

    shown.ifPresent(s -> {
      out.printf("Contract %s (%s, booked %s): %s, now %s%n", s.contractId(), s.customer(), s.bookingDate(),
          s.bookedPrice(), s.finalPrice());
      Table a = new Table(List.of("allocation", "obligation", "weight", "amount"));
      for (int i = 0; i < s.allocations().size(); i++) {
        String which = i == 0 ? "as booked" : "change " + i;
        s.allocations().get(i).lines().forEach(l -> a.row(List.of(which, l.obligationId(),
            l.standaloneValue().setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString(),
            Table.amount(l.amount()))));
      }
      a.print(out, "  ");
      s.changes().forEach(c -> out.printf("  change %s (%s) at %s: price %s, at once %s%n", c.id(),
          reason(c.source().name()), c.effective(), c.priceChange(), c.catchUp()));
      Table bl = new Table(List.of("document", "kind", "date", "amount"));
      s.billing().forEach(b -> bl.row(List.of(b.id(), reason(b.kind().name()), b.date().toString(),
          Table.amount(b.amount()))));
      bl.print(out, "  ");
      Table e = new Table(List.of("period", "obligation", "source", "amount"));
      s.entries().forEach(x -> e.row(List.of(x.period().label(), x.obligationId(),
          reason(x.source().name()) + x.reference().map(ref -> " " + ref).orElse(""), Table.amount(x.amount()))));
      e.print(out, "  ");
      out.println();
    });
  }

  private static List<String> row(String label, WaterfallRow x) {
    List<String> cells = new ArrayList<>(List.of(label, x.contractValue().getCurrencyCode(),
        Table.amount(x.contractValue()), Table.amount(x.recognizedBefore())));
    x.perPeriod().forEach(m -> cells.add(Table.amount(m)));
    cells.add(Table.amount(x.after()));
    return cells;
  }

  private static String reason(String name) {
    return name.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
