package dev.revops.examples.cli;

import dev.revops.core.money.Money;
import dev.revops.core.scope.Scope;
import dev.revops.forecast.attribution.AmountBasis;
import dev.revops.forecast.attribution.Attribution;
import dev.revops.forecast.attribution.AttributionModel;
import dev.revops.forecast.attribution.AttributionOptions;
import dev.revops.forecast.attribution.AttributionResult;
import dev.revops.forecast.attribution.ModelCredits;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code revops attribution}: every deal's amount split over its touches by several models side by
 * side, the primary marked and every other model's difference from it.
 */
@Command(name = "attribution", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Credits each deal's amount to the touches of its leads and contacts by several attribution models side by "
            + "side (first touch, last touch, lead creation, opportunity creation, linear, U-shaped both ways, "
            + "W-shaped, full path, time decay), every split exact to the cent; one model is primary, the others "
            + "are shown with their difference from it, by channel, campaign, segment or period.",
        "Milestones come from the leads (lead creation) and the deals (created, won; the transitions when given).",
        "Without --deals it runs on the bundled sample: its deals, transitions, leads and touches."},
    footer = {"", "Examples:",
        "  revops attribution",
        "  revops attribution --by segment --primary linear --basis weighted",
        "  revops attribution --deals deals.csv --touches touches.csv --leads leads.csv --currency USD --format json"})
final class AttributionCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  DealInput input;

  @Mixin
  HistoryInput history;

  @Mixin
  JourneyInput journeys;

  @Mixin
  PeriodInput periods;

  @Mixin
  CurrencyInput money;

  @Option(names = "--primary", paramLabel = "MODEL", defaultValue = "w-shaped",
      description = "The primary model: its credits are the numbers (default: ${DEFAULT-VALUE}).")
  String primary;

  @Option(names = "--models", paramLabel = "MODEL", split = ",",
      description = "The models shown, comma-separated (default: all standard models): first-touch, last-touch, "
          + "lead-creation, opportunity-creation, linear, u-shaped-first-lead, u-shaped-first-last, w-shaped, "
          + "full-path, time-decay-7d.")
  List<String> models = new ArrayList<>();

  @Option(names = "--basis", paramLabel = "BASIS", required = true, defaultValue = "won",
      description = "The amount credited: won (won deals at their amount) or weighted (also open deals at amount x "
          + "probability, converting at the as-of) (default: ${DEFAULT-VALUE}).")
  String basis;

  @Option(names = "--by", paramLabel = "DIMENSION", defaultValue = "channel",
      description = "Side by side by channel, campaign, segment or period (default: ${DEFAULT-VALUE}).")
  String by;

  @Option(names = "--as-of", paramLabel = "DATE|latest",
      description = "The date open deals convert at; " + AsOfDate.HELP
          + " (default: today; the sample's 2026-10-01 for the sample).")
  AsOfDate asOf;

  @Mixin
  FormatOption output;

  @Option(names = "--examples", paramLabel = "N", defaultValue = "3",
      description = "Example ids shown per exclusion reason, 0 to 100 (default: ${DEFAULT-VALUE}).")
  int examples;

  @Override
  public Integer call() {
    Limits.check("--examples", examples, 0, Limits.EXAMPLES);
    List<String> notes = new ArrayList<>();
    boolean sample = input.bundled();
    CurrencyInput.Conversion conversion = money.resolve(sample, input.encoding, notes);
    if (conversion.currency().isEmpty()) {
      throw new CliException("--currency CODE is required with --deals (credits are added in one currency)");
    }
    Scope scope = Options.value(() -> Scope.builder().asOf(input.asOf(asOf, sample), ZoneOffset.UTC)
        .periodKind(periods.kind()).fiscalCalendar(periods.calendar()).reportingCurrency(conversion.currency().get())
        .exchangeRates(conversion.rates()).addBasedOn(input.definition().ref()).exampleLimit(examples).build(),
        "options");
    AttributionOptions options = Options.value(() -> AttributionOptions.of(scope, models(), primary,
        basis(basis)), "--models/--primary");
    int column = dimension(by);
    JourneyInput.Read read = journeys.read(input, history, ZoneOffset.UTC, examples, spec.commandLine().getErr(),
        notes);
    AttributionResult result = new Attribution(options).addAll(read.journeys()).result();
    print(read, result, notes, scope, column);
    return 0;
  }

  private List<AttributionModel> models() {
    if (models.isEmpty()) {
      return AttributionModel.standard();
    }
    List<AttributionModel> out = new ArrayList<>();
    for (String name : models) {
      out.add(AttributionModel.standard().stream().filter(m -> m.id().equals(name.strip())).findFirst()
          .orElseThrow(() -> new CliException("--models: '" + name + "' is none of " + AttributionModel.standard()
              .stream().map(AttributionModel::id).collect(Collectors.joining(", ")))));
    }
    return out;
  }

  static AmountBasis basis(String basis) {
    switch (basis.toLowerCase(Locale.ROOT)) {
      case "won":
        return AmountBasis.WON_ONLY;
      case "weighted":
        return AmountBasis.WON_AND_WEIGHTED_OPEN;
      default:
        throw new CliException("--basis: '" + basis + "' must be won or weighted");
    }
  }

  private static int dimension(String by) {
    int i = List.of("channel", "campaign", "segment", "period").indexOf(by.toLowerCase(Locale.ROOT));
    if (i < 0) {
      throw new CliException("--by: '" + by + "' must be channel, campaign, segment or period");
    }
    return i;
  }

  static SortedMap<String, Money> credits(ModelCredits m, int column) {
    return switch (column) {
      case 0 -> m.byChannel();
      case 1 -> m.byCampaign();
      case 2 -> m.bySegment();
      default -> m.byPeriod();
    };
  }

  static SortedMap<String, Money> difference(ModelCredits m, int column) {
    return switch (column) {
      case 0 -> m.differenceByChannel();
      case 1 -> m.differenceByCampaign();
      case 2 -> m.differenceBySegment();
      default -> m.differenceByPeriod();
    };
  }

  private void print(JourneyInput.Read read, AttributionResult r, List<String> notes, Scope scope, int column) {
    Output o = new Output(output.format, spec.commandLine().getOut());
    o.asOf(scope.asOf(), scope.zone(), input.latestDate());
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("imports", read.reports());
    json.put("journeys", read.journeys().size());
    json.put("unmatched", read.unmatched());
    json.put("notes", notes);
    json.put("attribution", r);
    o.json(json);
    PrintWriter out = o.text();
    String currency = scope.reportingCurrency().orElseThrow().getCurrencyCode();
    out.printf(Locale.ROOT, "Attribution as of %s: basis %s, primary model %s (*), %s%n", scope.asOfDate(),
        basis.toLowerCase(Locale.ROOT), r.primaryModel(), currency);
    read.reports().forEach((what, report) -> out.printf(Locale.ROOT, "%s: %s: %,d rows read, %,d accepted, %,d "
        + "rejected%n", what, report.source().orElse("input"), report.rowsRead(), report.rowsAccepted(),
        report.rowsRejected()));
    out.printf(Locale.ROOT, "Journeys: %,d deals; joined nothing: %s; touches after their deal's conversion: %,d%n",
        read.journeys().size(), PipelineCommand.exclusions(read.unmatched()), r.touchesAfterConversion());
    notes.forEach(out::println);
    out.println();
    String name = List.of("channel", "campaign", "segment", "period").get(column);
    TreeSet<String> keys = new TreeSet<>();
    r.models().forEach(m -> keys.addAll(credits(m, column).keySet()));
    Money zero = Money.zero(scope.reportingCurrency().orElseThrow());
    out.printf("Credits by %s (%s); * the primary model%n", name, currency);
    List<Table.Column> columns = new ArrayList<>(List.of(Table.key(name)));
    r.models().forEach(m -> columns.add(Table.figure(m.model() + (m.primary() ? " *" : ""), "credit:" + m.model())));
    Table credits = new Table("attribution-credits", columns).within("currency=" + currency);
    for (String k : keys) {
      List<Object> cells = new ArrayList<>(List.of(k));
      r.models().forEach(m -> cells.add(Table.amount(credits(m, column).getOrDefault(k, zero))));
      credits.row(cells);
    }
    List<Object> total = new ArrayList<>(List.of("total"));
    r.models().forEach(m -> total.add(Table.amount(m.dealsTotal())));
    credits.row(total);
    o.print(credits, "  ");
    out.println();
    out.printf("Difference from the primary (%s), by %s: model minus %s%n", r.primaryModel(), name, r.primaryModel());
    List<Table.Column> diffColumns = new ArrayList<>(List.of(Table.key(name)));
    List<ModelCredits> others = r.models().subList(1, r.models().size());
    others.forEach(m -> diffColumns.add(Table.figure(m.model(), "difference:" + m.model())));
    Table differences = new Table("attribution-differences", diffColumns).within("currency=" + currency);
    for (String k : keys) {
      List<Object> cells = new ArrayList<>(List.of(k));
      others.forEach(m -> cells.add(Table.amount(difference(m, column).getOrDefault(k, zero))));
      differences.row(cells);
    }
    o.print(differences, "  ");
    out.println();
    for (ModelCredits m : r.models()) {
      out.printf(Locale.ROOT, "  %s v%d: counted %,d deals; excluded: %s%n", m.model(), m.version(),
          m.provenance().counted(), PipelineCommand.exclusions(m.provenance().excluded()));
    }
    o.flush();
  }
}
