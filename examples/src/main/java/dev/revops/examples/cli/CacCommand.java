package dev.revops.examples.cli;

import dev.revops.core.io.ImportOptions;
import dev.revops.core.io.ImportReport;
import dev.revops.core.metric.MetricValue;
import dev.revops.core.money.Money;
import dev.revops.core.period.PeriodKind;
import dev.revops.core.scope.Scope;
import dev.revops.core.touch.DealJourney;
import dev.revops.examples.sample.Bundled;
import dev.revops.forecast.acquisition.AcquisitionCost;
import dev.revops.forecast.acquisition.CacReport;
import dev.revops.forecast.acquisition.CustomerCounting;
import dev.revops.forecast.acquisition.MagicNumber;
import dev.revops.forecast.acquisition.Spend;
import dev.revops.forecast.acquisition.SpendCsv;
import dev.revops.forecast.attribution.AttributionModel;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code revops cac}: customer acquisition cost blended and paid, by channel and by segment, CAC
 * payback, LTV, LTV:CAC and the magic number, each figure citing its definition.
 */
@Command(name = "cac", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Customer acquisition cost from monthly spend records and the deals won in those months: blended (all spend) "
            + "and paid (paid media), by channel (new customers counted by first touch or by an attribution model, "
            + "named) and by segment; CAC payback in months, LTV and LTV:CAC from named margin and churn inputs; the "
            + "magic number of the last quarter with spend.",
        "Without --deals it runs on the bundled sample: its deals, transitions, leads, touches and spend."},
    footer = {"", "Examples:",
        "  revops cac",
        "  revops cac --count-by w-shaped --gross-margin 0.75 --monthly-churn 0.015 --format json"})
final class CacCommand implements Callable<Integer> {
  /** The most spend records read. */
  static final int MAX_SPEND = 1_000_000;

  @Spec
  CommandSpec spec;

  @Mixin
  DealInput input;

  @Mixin
  HistoryInput history;

  @Mixin
  JourneyInput journeys;

  @Mixin
  CurrencyInput money;

  @Option(names = "--spend", paramLabel = "FILE",
      description = "Spend: CSV period,channel,campaign,segment,amount,currency,paid with monthly periods (2026-01). "
          + "Default: the bundled sample's.")
  Path spend;

  @Option(names = "--count-by", paramLabel = "RULE", defaultValue = "first-touch",
      description = "How new customers are counted by channel: first-touch, or a model id (the primary model, say: "
          + "w-shaped) sharing each customer by its weights (default: ${DEFAULT-VALUE}).")
  String countBy;

  @Option(names = "--gross-margin", paramLabel = "RATE", defaultValue = "0.80",
      description = "Gross margin, in (0, 1], a named input of payback and LTV (default: ${DEFAULT-VALUE}).")
  BigDecimal grossMargin;

  @Option(names = "--monthly-churn", paramLabel = "RATE", defaultValue = "0.02",
      description = "Monthly customer churn rate, in (0, 1], a named input of LTV (default: ${DEFAULT-VALUE}).")
  BigDecimal monthlyChurn;

  @Option(names = "--as-of", paramLabel = "DATE|latest",
      description = "The as-of date of the figures; " + AsOfDate.HELP
          + " (default: today; the sample's 2026-10-01 for the sample).")
  AsOfDate asOf;

  @Mixin
  FormatOption output;

  @Option(names = "--examples", paramLabel = "N", defaultValue = "3",
      description = "Example ids shown per exclusion reason, 0 to 100 (default: ${DEFAULT-VALUE}).")
  int examples;

  /** Everything the command computes, as its JSON shows it. */
  static final class Results {
    Map<String, ImportReport> imports;
    List<Object> unmatched;
    List<String> spendMonths;
    long newCustomers;
    CacReport cac;
    Map<String, BigDecimal> inputs;
    Optional<MetricValue> monthlyRevenuePerCustomer = Optional.empty();
    Optional<MetricValue> paybackMonths = Optional.empty();
    Optional<MetricValue> ltv = Optional.empty();
    Optional<MetricValue> ltvToCac = Optional.empty();
    Optional<MagicNumber> magicNumber = Optional.empty();
  }

  @Override
  public Integer call() {
    Limits.check("--examples", examples, 0, Limits.EXAMPLES);
    List<String> notes = new ArrayList<>();
    boolean sample = input.bundled();
    if (spend == null && !sample) {
      throw new CliException("--spend FILE is required with --deals (the acquisition spend)");
    }
    CurrencyInput.Conversion conversion = money.resolve(sample, input.encoding, notes);
    if (conversion.currency().isEmpty()) {
      throw new CliException("--currency CODE is required with --deals (spend and revenue are in one currency)");
    }
    Scope scope = Options.value(() -> Scope.builder().asOf(input.asOf(asOf, sample), ZoneOffset.UTC)
        .periodKind(PeriodKind.MONTH).reportingCurrency(conversion.currency().get()).exchangeRates(conversion.rates())
        .exampleLimit(examples).build(), "options");
    CustomerCounting counting = counting();
    JourneyInput.Read read = journeys.read(input, history, ZoneOffset.UTC, examples, spec.commandLine().getErr(),
        notes);
    Results r = new Results();
    r.imports = new LinkedHashMap<>(read.reports());
    List<Spend> records = new ArrayList<>();
    r.imports.put("spend", input.read(SpendCsv.importer().withOptions(ImportOptions.builder()
        .source(spend == null ? Bundled.SAMPLE_SPEND : spend.toString()).maxExamplesPerReason(examples).build()),
        spend, Bundled::sampleSpend, Limits.upTo(MAX_SPEND, records::size, records::add,
            spend == null ? Bundled.SAMPLE_SPEND : spend, "spend records"), spec.commandLine().getErr(), "spend"));
    Options.warnRejected(r.imports.get("spend"), "spend", notes);
    r.unmatched = new ArrayList<>(read.unmatched());
    compute(r, scope, counting, records, read.journeys());
    print(r, notes, scope);
    return 0;
  }

  private CustomerCounting counting() {
    if (countBy.equals("first-touch")) {
      return CustomerCounting.firstTouch();
    }
    return CustomerCounting.byModel(AttributionModel.standard().stream().filter(m -> m.id().equals(countBy))
        .findFirst().orElseThrow(() -> new CliException("--count-by: '" + countBy + "' is neither first-touch nor "
            + AttributionModel.standard().stream().map(AttributionModel::id).collect(Collectors.joining(", ")))));
  }

  private void compute(Results r, Scope scope, CustomerCounting counting, List<Spend> records,
      List<DealJourney> all) {
    Set<String> months = new TreeSet<>();
    records.forEach(s -> months.add(s.period()));
    r.spendMonths = List.copyOf(months);
    List<DealJourney> won = all.stream().filter(DealJourney::won).toList();
    List<DealJourney> customers = won.stream()
        .filter(d -> months.contains(scope.periodOf(d.closedWon().orElseThrow()).label())).toList();
    r.newCustomers = customers.size();
    r.cac = Options.value(() -> AcquisitionCost.cac(records, customers, counting,
        scope.reportingCurrency().orElseThrow(), scope.asOfDate()), "--spend");
    r.inputs = new LinkedHashMap<>(Map.of("grossMargin", grossMargin, "monthlyChurnRate", monthlyChurn));
    Optional<Money> blended = r.cac.blended().flatMap(MetricValue::money);
    if (!customers.isEmpty()) {
      MetricValue arpa = Options.value(() -> AcquisitionCost.monthlyRevenuePerCustomer(customers, scope), "--deals");
      r.monthlyRevenuePerCustomer = Optional.of(arpa);
      Money monthly = arpa.money().orElseThrow();
      r.ltv = Optional.of(Options.value(() -> AcquisitionCost.ltv(monthly, grossMargin, monthlyChurn,
          scope.asOfDate()), "--gross-margin/--monthly-churn"));
      blended.ifPresent(cac -> {
        r.paybackMonths = Optional.of(Options.value(() -> AcquisitionCost.paybackMonths(cac, monthly, grossMargin,
            scope.asOfDate()), "--gross-margin"));
        r.ltvToCac = Optional.of(AcquisitionCost.ltvToCac(r.ltv.get().money().orElseThrow(), cac, scope.asOfDate()));
      });
    }
    r.magicNumber = Options.value(() -> AcquisitionCost.magicNumber(records, won, scope), "--spend");
  }

  private void print(Results r, List<String> notes, Scope scope) {
    Output o = new Output(output.format, spec.commandLine().getOut());
    o.asOf(scope.asOf(), scope.zone(), input.latestDate());
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("asOf", scope.asOf());
    json.put("imports", r.imports);
    json.put("unmatched", r.unmatched);
    json.put("notes", notes);
    json.put("spendMonths", r.spendMonths);
    json.put("newCustomers", r.newCustomers);
    json.put("cac", r.cac);
    json.put("inputs", r.inputs);
    json.put("monthlyRevenuePerCustomer", r.monthlyRevenuePerCustomer);
    json.put("paybackMonths", r.paybackMonths);
    json.put("ltv", r.ltv);
    json.put("ltvToCac", r.ltvToCac);
    json.put("magicNumber", r.magicNumber.isPresent() ? r.magicNumber.get() : Map.of());
    o.json(json);
    PrintWriter out = o.text();
    String currency = scope.reportingCurrency().orElseThrow().getCurrencyCode();
    out.printf(Locale.ROOT, "Acquisition cost as of %s, %s; new customers counted by channel by %s%n",
        scope.asOfDate(), currency, r.cac.counting().name());
    r.imports.forEach((what, report) -> out.printf(Locale.ROOT, "%s: %s: %,d rows read, %,d accepted, %,d "
        + "rejected%n", what, report.source().orElse("input"), report.rowsRead(), report.rowsAccepted(),
        report.rowsRejected()));
    out.printf(Locale.ROOT, "Spend months %s to %s; new customers (deals won in those months): %,d%n",
        r.spendMonths.isEmpty() ? "-" : r.spendMonths.get(0),
        r.spendMonths.isEmpty() ? "-" : r.spendMonths.get(r.spendMonths.size() - 1), r.newCustomers);
    notes.forEach(out::println);
    out.println();
    Table cac = new Table("cac", Table.key("scope"), Table.key("name"), Table.currency(), Table.figure("CAC", "cac"),
        Table.figure("new customers", "newCustomers"), Table.key("definition"));
    r.cac.blended().ifPresent(v -> cac.row(row("blended", "all", v)));
    r.cac.paid().ifPresent(v -> cac.row(row("paid", "paid media", v)));
    r.cac.byChannel().forEach(v -> cac.row(row("channel", v.dimensions().get("channel"), v)));
    r.cac.bySegment().forEach(v -> cac.row(row("segment", v.dimensions().get("segment"), v)));
    out.println("CAC = spend / new customers (half-even to the cent); absent where no customer is counted");
    o.print(cac, "  ");
    out.println();
    Table unit = new Table("unit-economics", Table.key("figure"), Table.figure("value", "value"),
        Table.key("definition"));
    r.monthlyRevenuePerCustomer.ifPresent(v -> unit.row(v.metric().name(), Cell.money(v.money().orElseThrow()),
        cite(v)));
    unit.row("gross margin (input)", Cell.number(grossMargin), "--gross-margin");
    unit.row("monthly churn (input)", Cell.number(monthlyChurn), "--monthly-churn");
    r.paybackMonths.ifPresent(v -> unit.row(v.metric().name(), Cell.number(v.number().orElseThrow()), cite(v)));
    r.ltv.ifPresent(v -> unit.row(v.metric().name(), Cell.money(v.money().orElseThrow()), cite(v)));
    r.ltvToCac.ifPresent(v -> unit.row(v.metric().name(), Cell.number(v.number().orElseThrow()), cite(v)));
    magicRows(unit, r.magicNumber);
    out.println("Unit economics (payback and LTV:CAC on the blended CAC)");
    o.print(unit, "  ");
    o.flush();
  }

  private static void magicRows(Table unit, Optional<MagicNumber> magic) {
    magic.ifPresent(m -> {
      MetricValue now = m.revenueThisQuarter();
      MetricValue before = m.revenuePreviousQuarter();
      unit.row("recurring revenue " + m.quarter(), Cell.money(now.money().orElseThrow()), cite(now));
      unit.row("recurring revenue, previous quarter", Cell.money(before.money().orElseThrow()), cite(before));
      unit.row("spend, previous quarter", Cell.money(m.spendPreviousQuarter()), "spend records");
      m.value().ifPresent(v -> unit.row(v.metric().name() + " " + m.quarter(), Cell.number(v.number().orElseThrow()),
          cite(v)));
    });
  }

  private static List<Object> row(String scope, String name, MetricValue v) {
    return List.of(scope, name, v.money().orElseThrow().getCurrencyCode(), Table.amount(v.money().orElseThrow()),
        Table.count(new BigDecimal(v.dimensions().get("newCustomers"))), cite(v));
  }

  private static String cite(MetricValue v) {
    return v.metric().id() + " v" + v.metric().version();
  }
}
