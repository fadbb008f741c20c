package dev.revops.core.io;

import dev.revops.core.InvalidValueException;
import dev.revops.core.deal.Deal;
import dev.revops.core.deal.ProbabilityOverride;
import dev.revops.core.money.Money;
import dev.revops.core.pipeline.DealField;
import dev.revops.core.pipeline.ForecastCategory;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.Stage;
import dev.revops.core.probability.Probability;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads deals from CSV through a {@link ColumnMapping}, streaming, with a rejection report.
 *
 * <p>Each row is checked completely: every unreadable value is a {@link Problem} of its own, and a
 * row whose values all read is then checked by the {@link Deal} rules, each broken rule reported
 * against its column. Stage names are resolved through the pipeline definition's ids, display
 * names and aliases. A row repeating an earlier deal id is rejected (see
 * {@link ImportOptions#rejectDuplicateIds()}). See {@link ColumnMapping} for how values are read.
 *
 * <pre>{@code
 * DealCsvImporter importer = DealCsvImporter.of(definition, ColumnMapping.genDeals());
 * try (Reader in = Files.newBufferedReader(path)) {
 *   ImportReport report = importer.read(in, deal -> pipeline.add(deal), rejection -> log(rejection));
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class DealCsvImporter implements RecordImporter<Deal> {
  static final String CURRENCY_RULE = "is not an ISO 4217 currency code (three upper-case letters, like USD)";

  private final PipelineDefinition definition;
  private final ColumnMapping mapping;
  private final ImportOptions options;

  private DealCsvImporter(PipelineDefinition definition, ColumnMapping mapping, ImportOptions options) {
    this.definition = Objects.requireNonNull(definition, "definition");
    this.mapping = Objects.requireNonNull(mapping, "mapping");
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * An importer with the default options.
   *
   * @param definition the pipeline definition stage names are read against
   * @param mapping the column mapping
   * @return the importer
   */
  public static DealCsvImporter of(PipelineDefinition definition, ColumnMapping mapping) {
    return new DealCsvImporter(definition, mapping, ImportOptions.defaults());
  }

  /**
   * This importer with other options.
   *
   * @param options the options
   * @return a new importer
   */
  public DealCsvImporter withOptions(ImportOptions options) {
    return new DealCsvImporter(definition, mapping, options);
  }

  @Override
  public ImportReport read(Reader input, Consumer<? super Deal> accepted, Consumer<? super Rejection> rejected)
      throws IOException {
    return read(input, accepted, rejected, options.rejectDuplicateIds() ? options.idCheck() : null);
  }

  /** Reads with the given repeated-id check (null for none): a seam for tests that force collisions. */
  ImportReport read(Reader input, Consumer<? super Deal> accepted, Consumer<? super Rejection> rejected,
      IdFingerprints ids) throws IOException {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(accepted, "accepted");
    Objects.requireNonNull(rejected, "rejected");
    ReportAccumulator acc = new ReportAccumulator(options, rejected);
    CsvInput csv = new CsvInput(input, mapping.delimiter(), options, acc);
    Layout layout = new Layout(csv.header);
    while (csv.next()) {
      long row = csv.row();
      if (!csv.fitsHeader()) {
        acc.reject(Rejection.of(row, Optional.ofNullable(csv.text(layout.id)), List.of(csv.widthProblem())));
        continue;
      }
      RowRead read = layout.read(csv);
      if (read.deal == null) {
        acc.reject(Rejection.of(row, Optional.ofNullable(read.id), read.problems));
      } else if (ids == null || !acc.rejectRepeatedId(ids, read.deal.id(), row,
          Optional.of(csv.header.names[layout.id]), Optional.ofNullable(csv.raw(layout.id)), "deal")) {
        acc.acceptRow();
        accepted.accept(read.deal);
      }
    }
    return acc.report().format(InputFormat.CSV).records("deals").definition(definition.ref())
        .mapping(mapping.name()).source(options.source()).putAllColumns(layout.columns)
        .addAllFieldsWithoutColumn(layout.notFound).addAllUnusedColumns(layout.header.unused()).build();
  }

  /** The outcome of reading one row: a deal, or the id (if readable) and the problems. */
  private static final class RowRead {
    Deal deal;
    String id;
    List<Problem> problems;
  }

  /** The header resolved against the mapping, with per-import caches. */
  private final class Layout {
    final Header header;
    final Map<String, String> columns = new LinkedHashMap<>();
    final List<String> notFound = new ArrayList<>();
    final int id;
    final int name;
    final int account;
    final int owner;
    final int source;
    final int segment;
    final int product;
    final int amount;
    final int currency;
    final int stage;
    final int probability;
    final int category;
    final int created;
    final int expected;
    final int closed;
    final int cost;
    final int margin;
    final boolean closedIsExpected;
    final Map<String, Integer> attributes = new LinkedHashMap<>();
    final Currency defaultCurrency;
    final DateTimeFormatter datePattern;
    final ZoneId zone = definition.timeZone();
    private final Map<String, Stage> stages = new HashMap<>();
    private final Map<String, Currency> currencies = new HashMap<>();

    /** A row's cells read into values (null: empty or unreadable, with a problem). */
    private record Cells(Stage stage, Money amount, Money cost, Probability probability, ForecastCategory category,
        LocalDate created, LocalDate expected, LocalDate closed, BigDecimal margin) {}

    Layout(Header header) {
      this.header = header;
      DealColumns c = mapping.columns();
      id = required(DealField.ID.path(), c.id());
      stage = required(DealField.STAGE.path(), c.stage());
      name = optional(DealField.NAME.path(), c.name());
      account = optional(DealField.ACCOUNT.path(), c.account());
      owner = optional(DealField.OWNER.path(), c.owner());
      source = optional(DealField.SOURCE.path(), c.source());
      segment = optional(DealField.SEGMENT.path(), c.segment());
      product = optional(DealField.PRODUCT.path(), c.product());
      amount = optional(DealField.AMOUNT.path(), c.amount());
      currency = optional("currency", c.currency());
      probability = optional(DealField.PROBABILITY.path(), c.probability());
      category = optional(DealField.FORECAST_CATEGORY.path(), c.forecastCategory());
      created = optional(DealField.CREATED_DATE.path(), c.createdDate());
      expected = optional(DealField.EXPECTED_CLOSE_DATE.path(), c.expectedCloseDate());
      int closedColumn = header.find(DealField.CLOSED_DATE.path(), c.closedDate());
      closedIsExpected = closedColumn >= 0 && closedColumn == expected;
      closed = record(DealField.CLOSED_DATE.path(), c.closedDate(), closedColumn);
      cost = optional(DealField.COST_TO_CLOSE.path(), c.costToClose());
      margin = optional(DealField.PROJECTED_MARGIN_RATE.path(), c.projectedMarginRate());
      mapping.attributeColumns().forEach((attribute, column) -> {
        int i = header.find(DealField.ATTRIBUTE_PREFIX + attribute, List.of(column));
        record(DealField.ATTRIBUTE_PREFIX + attribute, List.of(column), i);
        if (i >= 0) {
          attributes.put(attribute, i);
        }
      });
      if (mapping.unmappedColumnsAsAttributes()) {
        for (int i : header.takeUnused()) {
          if (!header.names[i].isBlank()) {
            attributes.put(header.names[i], i);
            columns.put(DealField.ATTRIBUTE_PREFIX + header.names[i], header.names[i]);
          }
        }
      }
      defaultCurrency = mapping.defaultCurrency().map(Money::currency).orElse(null);
      if ((amount >= 0 || cost >= 0) && currency < 0 && defaultCurrency == null) {
        throw new ImportFormatException("currency", String.join(",", header.names),
            "must have a column (one of: " + String.join(", ", c.currency())
                + ") or a default in the mapping, since amounts need a currency");
      }
      datePattern = mapping.datePattern().map(Values::datePattern).orElse(null);
    }

    private int required(String field, List<String> candidates) {
      return record(field, candidates, header.require(field, candidates));
    }

    private int optional(String field, List<String> candidates) {
      return record(field, candidates, header.find(field, candidates));
    }

    private int record(String field, List<String> candidates, int index) {
      if (index >= 0) {
        columns.put(field, header.names[index]);
      } else if (!candidates.isEmpty()) {
        notFound.add(field);
      }
      return index;
    }

    RowRead read(CsvInput csv) {
      Row r = new Row(csv);
      RowRead out = new RowRead();
      String dealId = r.text(id);
      out.id = dealId;
      if (dealId == null) {
        r.problem(id, "is required");
      }
      Cells cells = cells(r);
      if (r.problems == null) {
        Deal.Builder b = builder(r, dealId, cells);
        if (r.problems == null) {
          build(b, r, csv, out);
          return out;
        }
      }
      out.problems = r.problems;
      return out;
    }

    /** The cells of a row read into values, in column order of the problems they may add. */
    private Cells cells(Row r) {
      Stage st = r.stage();
      Currency cur = r.currency();
      Money amountValue = r.money(amount, cur);
      Money costValue = r.money(cost, cur);
      Probability prob = probability(r);
      ForecastCategory fc = category(r);
      LocalDate createdDate = r.date(created);
      LocalDate expectedDate = r.date(expected);
      LocalDate closedDate = closedIsExpected ? expectedDate : r.date(closed);
      BigDecimal marginRate = r.ratio(margin, mapping.marginScale());
      return new Cells(st, amountValue, costValue, prob, fc, createdDate, expectedDate, closedDate, marginRate);
    }

    private Probability probability(Row r) {
      BigDecimal p = r.ratio(probability, mapping.probabilityScale());
      if (p == null) {
        return null;
      }
      try {
        return Probability.of(p);
      } catch (InvalidValueException e) {
        r.problem(probability, mapping.probabilityScale() == NumberScale.PERCENT
            ? "is not a percentage between 0 and 100" : "is not a probability between 0 and 1");
        return null;
      }
    }

    private ForecastCategory category(Row r) {
      String fcText = r.text(category);
      if (fcText == null) {
        return null;
      }
      try {
        return ForecastCategory.parse(fcText);
      } catch (InvalidValueException e) {
        r.problem(category, "is not a forecast category (Pipeline, Best Case, Most Likely, Commit, Closed, Omitted)");
        return null;
      }
    }

    /** A builder with the row's values; a probability or category contradicting a closed stage is a problem. */
    private Deal.Builder builder(Row r, String dealId, Cells c) {
      Stage st = c.stage();
      Deal.Builder b = Deal.builder().id(dealId).stage(st);
      b.name(Optional.ofNullable(r.text(name)));
      b.account(Optional.ofNullable(r.text(account)));
      b.owner(Optional.ofNullable(r.text(owner)));
      b.source(Optional.ofNullable(r.text(source)));
      b.segment(Optional.ofNullable(r.text(segment)));
      b.product(Optional.ofNullable(r.text(product)));
      b.amount(Optional.ofNullable(c.amount()));
      b.costToClose(Optional.ofNullable(c.cost()));
      b.createdDate(Optional.ofNullable(c.created()));
      b.expectedCloseDate(Optional.ofNullable(c.expected()));
      if (!closedIsExpected || st.isClosed()) {
        b.closedDate(Optional.ofNullable(c.closed()));
      }
      b.projectedMarginRate(Optional.ofNullable(c.margin()));
      if (c.probability() != null && !c.probability().equals(st.defaultProbability())) {
        if (st.isClosed()) {
          r.problem(probability, "contradicts the closed deal's outcome (100% for won, 0% for lost)");
        } else {
          b.probabilityOverride(ProbabilityOverride.of(c.probability(), mapping.overrideSetBy()));
        }
      }
      if (c.category() != null && c.category() != st.defaultForecastCategory()) {
        if (st.isClosed()) {
          r.problem(category, "contradicts the closed deal's outcome (Closed for won, Omitted for lost)");
        } else {
          b.forecastCategoryOverride(c.category());
        }
      }
      attributes.forEach((attribute, i) -> {
        String v = r.text(i);
        if (v != null) {
          b.putAttributes(attribute, v);
        }
      });
      return b;
    }

    /** Builds the deal, or records its violations in the columns that hold them. */
    private void build(Deal.Builder b, Row r, CsvInput csv, RowRead out) {
      try {
        out.deal = b.build();
      } catch (InvalidValueException e) {
        for (InvalidValueException.Violation v : e.violations()) {
          // the cell as the file has it, in the file's column
          int column = columnOf(v.field());
          r.add(Problem.ofViolation(v, Optional.ofNullable(column >= 0 ? header.names[column] : null),
              Optional.ofNullable(column >= 0 ? csv.raw(column) : null)));
        }
        out.problems = r.problems;
      }
    }

    /** The input column a deal field's violation belongs to, or -1 when no column holds it. */
    private int columnOf(String field) {
      String key = field;
      if (field.equals("probabilityOverride")) {
        key = DealField.PROBABILITY.path();
      } else if (field.equals("forecastCategoryOverride")) {
        key = DealField.FORECAST_CATEGORY.path();
      } else if (field.equals("currency")) {
        key = "currency";
      }
      String column = columns.get(key);
      return column == null ? -1 : header.indexOf(column);
    }

    /** One row being read. */
    private final class Row {
      final CsvInput csv;
      List<Problem> problems;

      Row(CsvInput csv) {
        this.csv = csv;
      }

      void add(Problem p) {
        if (problems == null) {
          problems = new ArrayList<>(2);
        }
        problems.add(p);
      }

      void problem(int column, String reason) {
        add(Problem.of(Optional.of(header.names[column]), Optional.of(csv.raw(column)), reason));
      }

      String text(int column) {
        return csv.text(column);
      }

      Stage stage() {
        String raw = text(stage);
        if (raw == null) {
          problem(stage, "is required");
          return null;
        }
        Stage s = stages.computeIfAbsent(raw, k -> definition.resolveStage(k).orElse(null));
        if (s == null) {
          problem(stage, "is not a stage, display name or alias of the pipeline definition");
        }
        return s;
      }

      Currency currency() {
        String raw = text(currency);
        if (raw == null) {
          return defaultCurrency;
        }
        // one rule for CSV and JSON: three upper-case letters, as ISO 4217 writes them ("usd" is no code)
        Currency c = currencies.computeIfAbsent(raw, k -> {
          try {
            return Money.currency(k);
          } catch (InvalidValueException e) {
            return null;
          }
        });
        if (c == null) {
          problem(currency, CURRENCY_RULE);
        }
        return c;
      }

      /** A plain decimal, or null when blank or unreadable (then with a problem). */
      BigDecimal decimal(int column) {
        String raw = text(column);
        if (raw == null) {
          return null;
        }
        BigDecimal d = Values.plainDecimal(raw);
        if (d == null) {
          problem(column, Values.tooLong(raw) ? Values.TOO_LONG : "is not a plain decimal number");
        }
        return d;
      }

      Money money(int column, Currency cur) {
        BigDecimal d = decimal(column);
        if (d == null) {
          return null;
        }
        if (cur == null) {
          if (currency >= 0 && text(currency) == null) {
            problem(currency, "is required for an amount (and the mapping has no default currency)");
          }
          return null;
        }
        try {
          return Money.of(cur, d);
        } catch (InvalidValueException e) {
          problem(column, "has more decimals than its currency allows, or is out of range");
          return null;
        }
      }

      BigDecimal ratio(int column, NumberScale scale) {
        BigDecimal d = decimal(column);
        return d == null || scale == NumberScale.FRACTION ? d : d.movePointLeft(2);
      }

      LocalDate date(int column) {
        String raw = text(column);
        if (raw == null) {
          return null;
        }
        LocalDate d = Values.date(raw, datePattern, zone);
        if (d == null) {
          problem(column, datePattern == null ? "is not a date (yyyy-MM-dd or an ISO date-time)"
              : "is not a date in the pattern " + mapping.datePattern().get());
        }
        return d;
      }
    }
  }

}
