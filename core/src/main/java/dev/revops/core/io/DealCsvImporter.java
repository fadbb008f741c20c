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
import java.nio.ByteBuffer;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
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
  private final Map<String, PipelineDefinition> pipelines;
  private final Map<String, ReferenceTable> tables;
  /** Whether plain fields are read in place (false: every field as text, a seam for tests comparing the two). */
  private final boolean inPlace;

  private DealCsvImporter(PipelineDefinition definition, ColumnMapping mapping, ImportOptions options,
      Map<String, PipelineDefinition> pipelines, Map<String, ReferenceTable> tables) {
    this(definition, mapping, options, pipelines, tables, true);
  }

  private DealCsvImporter(PipelineDefinition definition, ColumnMapping mapping, ImportOptions options,
      Map<String, PipelineDefinition> pipelines, Map<String, ReferenceTable> tables, boolean inPlace) {
    this.inPlace = inPlace;
    this.definition = Objects.requireNonNull(definition, "definition");
    this.mapping = Objects.requireNonNull(mapping, "mapping");
    this.options = Objects.requireNonNull(options, "options");
    this.pipelines = Map.copyOf(pipelines);
    this.tables = Map.copyOf(tables);
  }

  /**
   * An importer with the default options.
   *
   * @param definition the pipeline definition stage names are read against
   * @param mapping the column mapping
   * @return the importer
   */
  public static DealCsvImporter of(PipelineDefinition definition, ColumnMapping mapping) {
    return new DealCsvImporter(definition, mapping, ImportOptions.defaults(), Map.of(), Map.of());
  }

  /**
   * This importer with other options.
   *
   * @param options the options
   * @return a new importer
   */
  public DealCsvImporter withOptions(ImportOptions options) {
    return new DealCsvImporter(definition, mapping, options, pipelines, tables);
  }

  /**
   * This importer reading each row's stage in the definition its pipeline column names (HubSpot
   * exports deals of several pipelines in one file). The mapping must then map
   * {@link DealColumns#pipeline()}; a row of another pipeline, or without one, is rejected. The
   * report cites the importer's main definition.
   *
   * <pre>{@code
   * importer.withPipelines(Map.of("Sales Pipeline", sales, "Renewals", renewals));
   * }</pre>
   *
   * @param byPipeline definitions by the pipeline column's value, as written
   * @return a new importer
   */
  public DealCsvImporter withPipelines(Map<String, PipelineDefinition> byPipeline) {
    return new DealCsvImporter(definition, mapping, options, byPipeline, tables);
  }

  /**
   * This importer with a reference table for the mapping's joins of that name
   * ({@link ColumnMapping#joins()}); a join whose table is not given is not applied, and the
   * report says so.
   *
   * <pre>{@code
   * importer.withTable(ReferenceTable.read("sales_teams", reader, "sales_agent"));
   * }</pre>
   *
   * @param table the table, by its name
   * @return a new importer
   */
  public DealCsvImporter withTable(ReferenceTable table) {
    Map<String, ReferenceTable> more = new HashMap<>(tables);
    more.put(table.name(), table);
    return new DealCsvImporter(definition, mapping, options, pipelines, more);
  }

  /** This importer reading every field as text, as before fields were read in place (for tests). */
  DealCsvImporter readingText() {
    return new DealCsvImporter(definition, mapping, options, pipelines, tables, false);
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
    return new Plan(accepted, rejected, ids).serial(input);
  }

  /**
   * Reads UTF-8 CSV held in a buffer (a mapped file, say) on several threads, with the same result
   * as {@link #read(Reader, Consumer, Consumer)} on the same bytes: the same deals accepted in the
   * same order, the same rejections with the same row numbers, the same report. How the bytes are
   * cut and why the result is the serial one: {@link CsvRowImporter#read(ByteBuffer, Executor, int,
   * Consumer, Consumer)}. Each range's rows are read into deals on the executor's threads; repeated
   * ids are checked, and deals and rejections delivered, on the calling thread in file order. With
   * reference joins ({@link #withTable}) the buffer is read serially on the calling thread (a join
   * counts what it matched in file order, for the report).
   *
   * <pre>{@code
   * try (FileChannel ch = FileChannel.open(path)) {
   *   ByteBuffer bytes = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
   *   ImportReport report = importer.read(bytes, pool, 2, pipeline::add, rejections::add);
   * }
   * }</pre>
   *
   * @param utf8 the input, from its position to its limit (neither is changed)
   * @param executor runs the range tasks (the library creates no thread)
   * @param parallelism how many ranges may be parsed ahead, at least 1
   * @param accepted receives each accepted deal, in file order, on the calling thread
   * @param rejected receives each rejected row, in file order, on the calling thread
   * @return the report, equal to the serial read's
   * @throws IOException when the bytes are not UTF-8 ({@link java.nio.charset.MalformedInputException})
   * @throws ImportFormatException when the input as a whole cannot be read, as in the serial read
   */
  public ImportReport read(ByteBuffer utf8, Executor executor, int parallelism, Consumer<? super Deal> accepted,
      Consumer<? super Rejection> rejected) throws IOException {
    return read(utf8, executor, parallelism, accepted, rejected, CsvRangeRead.RANGE_BYTES);
  }

  /** The parallel read with ranges of about {@code rangeBytes} (tests cut small ones). */
  ImportReport read(ByteBuffer utf8, Executor executor, int parallelism, Consumer<? super Deal> accepted,
      Consumer<? super Rejection> rejected, int rangeBytes) throws IOException {
    Objects.requireNonNull(utf8, "utf8");
    Objects.requireNonNull(executor, "executor");
    Plan plan = new Plan(accepted, rejected, options.rejectDuplicateIds() ? options.idCheck() : null);
    if (mapping.joins().stream().anyMatch(j -> tables.containsKey(j.table()))) {
      return plan.serial(CsvRangeRead.reader(utf8));
    }
    return new CsvRangeRead<>(plan, utf8, rangeBytes).read(executor, parallelism);
  }

  /** One read with its consumers: every row judged by the layout, then taken in file order. */
  private final class Plan implements CsvRangeRead.Plan<RowRead> {
    private final Consumer<? super Deal> accepted;
    private final Consumer<? super Rejection> rejected;
    private final IdFingerprints ids;

    Plan(Consumer<? super Deal> accepted, Consumer<? super Rejection> rejected, IdFingerprints ids) {
      this.accepted = Objects.requireNonNull(accepted, "accepted");
      this.rejected = Objects.requireNonNull(rejected, "rejected");
      this.ids = ids;
    }

    @Override
    public String delimiter() {
      return mapping.delimiter();
    }

    @Override
    public ImportOptions options() {
      return options;
    }

    @Override
    public List<String> columns() {
      return List.of();
    }

    @Override
    public ImportReport serial(Reader in) throws IOException {
      ReportAccumulator acc = new ReportAccumulator(options, rejected);
      CsvInput csv = new CsvInput(in, mapping.delimiter(), options, acc);
      Rows rows = new Rows(new Layout(csv.header), acc);
      while (csv.next()) {
        rows.take(rows.judge(csv));
      }
      return rows.finish();
    }

    @Override
    public CsvRangeRead.Rows<RowRead> rows(Header header) {
      return new Rows(new Layout(header), new ReportAccumulator(options, rejected));
    }

    /** The rows of one read: judged by the layout (any thread), counted and checked for repeats here. */
    private final class Rows implements CsvRangeRead.Rows<RowRead> {
      private final Layout layout;
      private final ReportAccumulator acc;

      Rows(Layout layout, ReportAccumulator acc) {
        this.layout = layout;
        this.acc = acc;
      }

      @Override
      public ReportAccumulator acc() {
        return acc;
      }

      @Override
      public RowRead judge(CsvInput csv) {
        if (!csv.fitsHeader()) {
          RowRead out = new RowRead();
          out.row = csv.row();
          out.id = csv.text(layout.id);
          out.problems = List.of(csv.widthProblem());
          return out;
        }
        return layout.read(csv);
      }

      @Override
      public void take(RowRead read) {
        if (read.defaulted) {
          layout.defaulted++;
        }
        if (read.deal == null) {
          acc.reject(Rejection.of(read.row, Optional.ofNullable(read.id), read.problems));
        } else if (ids == null || !acc.rejectRepeatedId(ids, read.deal.id(), read.row,
            Optional.of(layout.header.names[layout.id]), Optional.ofNullable(read.rawId), "deal")) {
          acc.acceptRow();
          accepted.accept(read.deal);
        }
      }

      @Override
      public ImportReport finish() {
        ImportReport.Builder report = acc.report();
        ReportAccumulator.Tally tally = acc.result();
        return ImportLog.finished(report.format(InputFormat.CSV).records("deals").definition(definition.ref())
            .mapping(mapping.name()).source(options.source()).putAllColumns(layout.columns)
            .addAllFieldsWithoutColumn(layout.notFound).addAllUnusedColumns(layout.header.unused())
            .addAllNotes(layout.notes(tally.accepted() + tally.rejected())).build());
      }
    }
  }

  /** A won or lost outcome read from a status column. */
  private enum StageOutcomeRead { WON, LOST }

  /** The outcome of reading one row: a deal, or the id (if readable) and the problems. */
  private static final class RowRead {
    long row;
    String rawId;
    Deal deal;
    String id;
    List<Problem> problems;
    boolean defaulted;
  }

  /**
   * The header resolved against the mapping, with per-import caches. Reading rows touches only
   * immutable state and the thread-safe caches (and the joins, which are then read on one thread),
   * so the ranges of a parallel read share one layout.
   */
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
    final int pipeline;
    final int status;
    final int wonDate;
    final int lostDate;
    final Joins joins;
    long defaulted;
    final boolean closedIsExpected;
    final Map<String, Integer> attributes = new LinkedHashMap<>();
    final Currency defaultCurrency;
    final DateTimeFormatter datePattern;
    /** Whether numbers are plain (decimal point, no grouping): then amounts may take the fast path. */
    final boolean plainNumbers = mapping.decimalChar() == '.' && mapping.groupingChar() == 0;
    final ZoneId zone = definition.timeZone();
    private final Map<String, Stage> stages = new ConcurrentHashMap<>();
    private final Map<String, Currency> currencies = new ConcurrentHashMap<>();
    /** The fast paths' lookups of a field's characters in place (filled by the general path). */
    private final Spellings<Stage> stageSpellings = new Spellings<>();
    private final Spellings<Currency> currencySpellings = new Spellings<>();
    private final Spellings<Probability> probabilitySpellings = new Spellings<>();
    private final Spellings<ForecastCategory> categorySpellings = new Spellings<>();
    /** By column, the texts met so far, shared by the deals that repeat them (owners, segments...). */
    private final List<Spellings<String>> texts = new ArrayList<>();
    /** Whether a stage is read by its text alone (no pipeline column or status to weigh). */
    private final boolean stageByText = pipelines.isEmpty();

    /** A row's cells read into values (null: empty or unreadable, with a problem). */
    private record Cells(Stage stage, Money amount, Money cost, Probability probability, ForecastCategory category,
        LocalDate created, LocalDate expected, LocalDate closed, BigDecimal margin) {}

    Layout(Header header) {
      this.header = header;
      for (int i = 0; i < header.size(); i++) {
        texts.add(new Spellings<>());
      }
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
      pipeline = optional("pipeline", c.pipeline());
      status = optional("status", c.status());
      wonDate = optional("wonDate", c.wonDate());
      lostDate = optional("lostDate", c.lostDate());
      if (!pipelines.isEmpty() && pipeline < 0) {
        throw new ImportFormatException("pipeline", String.join(",", header.names), "must have a column (one of: "
            + String.join(", ", c.pipeline()) + ") since the stage is read in the definition of the row's pipeline");
      }
      mapping.attributeColumns().forEach((attribute, column) -> {
        int i = header.find(DealField.ATTRIBUTE_PREFIX + attribute, List.of(column));
        record(DealField.ATTRIBUTE_PREFIX + attribute, List.of(column), i);
        if (i >= 0) {
          attributes.put(attribute, i);
        }
      });
      if (amount >= 0 || cost >= 0) {
        CurrencyColumns.refuseUnread(header, currency, mapping);
      }
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
      joins = new Joins(mapping.joins(), tables);
    }

    /** The report's notes: the default currency where it applied, then what the joins did. */
    List<String> notes(long rows) {
      List<String> out = new ArrayList<>();
      CurrencyColumns.defaultNote(defaultCurrency, currency < 0 ? null : header.names[currency], rows, defaulted)
          .ifPresent(out::add);
      out.addAll(joins.notes());
      return out;
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
      out.row = csv.row();
      out.rawId = csv.raw(id);
      String dealId = r.text(id);
      out.id = dealId;
      if (dealId == null) {
        r.problem(id, "is required");
      }
      Cells cells = cells(r);
      out.defaulted = r.defaulted;
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
      LocalDate won = r.date(wonDate);
      LocalDate lost = r.date(lostDate);
      if (st != null && st.isWon() && wonDate >= 0) {
        closedDate = won;
      } else if (st != null && st.isLost() && lostDate >= 0) {
        closedDate = lost;
      }
      BigDecimal marginRate = r.ratio(margin, mapping.marginScale());
      return new Cells(st, amountValue, costValue, prob, fc, createdDate, expectedDate, closedDate, marginRate);
    }

    private Probability probability(Row r) {
      Spellings.Entry<Probability> known = r.spelled(probabilitySpellings, probability);
      if (known != null) {
        return known.value;
      }
      BigDecimal p = r.ratio(probability, mapping.probabilityScale());
      if (p == null) {
        return null;
      }
      try {
        Probability read = Probability.of(p);
        probabilitySpellings.add(r.text(probability), read);
        return read;
      } catch (InvalidValueException e) {
        r.problem(probability, mapping.probabilityScale() == NumberScale.PERCENT
            ? "is not a percentage between 0 and 100" : "is not a probability between 0 and 1");
        return null;
      }
    }

    private ForecastCategory category(Row r) {
      Spellings.Entry<ForecastCategory> known = r.spelled(categorySpellings, category);
      if (known != null) {
        return known.value;
      }
      String fcText = r.text(category);
      if (fcText == null) {
        return null;
      }
      try {
        ForecastCategory read = ForecastCategory.parse(fcText);
        categorySpellings.add(fcText, read);
        return read;
      } catch (InvalidValueException e) {
        r.problem(category, "is not a forecast category (Pipeline, Best Case, Most Likely, Commit, Closed, Omitted)");
        return null;
      }
    }

    /** A builder with the row's values; a probability or category contradicting a closed stage is a problem. */
    private Deal.Builder builder(Row r, String dealId, Cells c) {
      Stage st = c.stage();
      Deal.Builder b = Deal.builder().id(dealId).stage(st);
      texts(r, b);
      Map<String, String> attrs = attributes(r, st);
      if (!joins.isEmpty()) {
        Optional<Money> listPrice = joins.apply(attrs, field -> Optional.ofNullable(r.text(keyColumn(field))),
            c.amount() != null, st.isClosed());
        if (c.amount() == null) {
          b.amount(listPrice);
        }
      }
      if (!attrs.isEmpty()) {
        b.putAllAttributes(attrs);
      }
      values(c, b);
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
      return b;
    }

    /** The row's texts, each set only when there (an absent one stays empty): no Optional made per value. */
    private void texts(Row r, Deal.Builder b) {
      String text;
      if ((text = r.shared(name)) != null) {
        b.name(text);
      }
      if ((text = r.shared(account)) != null) {
        b.account(text);
      }
      if ((text = r.shared(owner)) != null) {
        b.owner(text);
      }
      if ((text = r.shared(source)) != null) {
        b.source(text);
      }
      if ((text = r.shared(segment)) != null) {
        b.segment(text);
      }
      if ((text = r.shared(product)) != null) {
        b.product(text);
      }
    }

    /** The row's amounts, dates and margin, each set only when read. */
    private void values(Cells c, Deal.Builder b) {
      if (c.amount() != null) {
        b.amount(c.amount());
      }
      if (c.cost() != null) {
        b.costToClose(c.cost());
      }
      if (c.created() != null) {
        b.createdDate(c.created());
      }
      if (c.expected() != null) {
        b.expectedCloseDate(c.expected());
      }
      if (c.closed() != null && (!closedIsExpected || c.stage().isClosed())) {
        b.closedDate(c.closed());
      }
      if (c.margin() != null) {
        b.projectedMarginRate(c.margin());
      }
    }

    /** The row's attributes: its pipeline, the stage a status overrode, the attribute columns (joins add theirs). */
    private Map<String, String> attributes(Row r, Stage st) {
      if (attributes.isEmpty() && pipeline < 0 && status < 0 && joins.isEmpty()) {
        return Map.of(); // the common case, without a map per row
      }
      Map<String, String> out = new java.util.TreeMap<>();
      String pipelineName = r.text(pipeline);
      if (pipelineName != null) {
        out.put("pipeline", pipelineName);
      }
      String stageText = r.text(stage);
      if (status >= 0 && st.isClosed() && stageText != null && !st.equals(r.stageRead)) {
        out.put("stageAtClose", stageText);
      }
      attributes.forEach((attribute, i) -> {
        String v = r.text(i);
        if (v != null) {
          out.put(attribute, v);
        }
      });
      return out;
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

    /** The column of a join's key field. */
    private int keyColumn(String field) {
      switch (field) {
        case "owner":
          return owner;
        case "account":
          return account;
        case "product":
          return product;
        case "segment":
          return segment;
        default:
          return source;
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
      boolean defaulted;
      boolean currencyUnreadable;
      StageOutcomeRead outcome;
      Stage stageRead;

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

      /** The entry of a plain field's characters in a lookup, or null (then the general path reads it). */
      <V> Spellings.Entry<V> spelled(Spellings<V> lookup, int column) {
        return plain(column) ? lookup.find(csv.chars(column), csv.start(column), csv.length(column)) : null;
      }

      /** Whether a field is read in place (see {@link CsvInput#plain}). */
      boolean plain(int column) {
        return inPlace && csv.plain(column);
      }

      /**
       * A column's text, the same string as on an earlier row with the same characters while the
       * column has at most {@value Spellings#MAX} distinct values (past that, each row's own).
       */
      String shared(int column) {
        if (!plain(column)) {
          return text(column);
        }
        Spellings<String> known = texts.get(column);
        if (known.full()) {
          return text(column);
        }
        Spellings.Entry<String> e = known.find(csv.chars(column), csv.start(column), csv.length(column));
        if (e != null) {
          return e.value;
        }
        String text = text(column);
        known.add(text, text);
        return text;
      }

      Stage stage() {
        if (stageByText && status < 0) {
          Spellings.Entry<Stage> known = spelled(stageSpellings, stage);
          if (known != null) {
            stageRead = known.value;
            return known.value;
          }
        }
        PipelineDefinition def = rowDefinition();
        String said = text(status);
        if (def == null || said != null && !statusRead(said)) {
          return null;
        }
        String raw = text(stage);
        if (raw == null) {
          if (outcome != null) {
            return outcome(def, null);
          }
          problem(stage, "is required");
          return null;
        }
        String key = pipelines.isEmpty() ? raw : text(pipeline) + '\u0000' + raw;
        Stage known = stages.get(key); // a lock-free read first: the ranges of a parallel read share the cache
        Stage s = known != null ? known : stages.computeIfAbsent(key, k -> def.resolveStage(raw).orElse(null));
        stageRead = s;
        if (s != null && stageByText) {
          stageSpellings.add(raw, s);
        }
        if (s == null) {
          if (outcome != null) {
            return outcome(def, null);
          }
          problem(stage, "is not a stage, display name or alias of the pipeline definition");
        } else if (outcome != null) {
          return outcome(def, s);
        } else if (said != null && s.isClosed()) {
          problem(status, "says the deal is open, but its stage " + s.id() + " is closed");
          return null;
        }
        return s;
      }

      /** The stage a won or lost status puts the deal in: the stage read when it agrees. */
      private Stage outcome(PipelineDefinition def, Stage read) {
        if (outcome == StageOutcomeRead.WON) {
          return def.wonStage();
        }
        return read != null && read.isLost() ? read : def.lostStages().get(0);
      }

      /** Reads the status column; false (with a problem) when it is no status or a deleted deal. */
      private boolean statusRead(String said) {
        switch (said.toLowerCase(java.util.Locale.ROOT)) {
          case "won":
            outcome = StageOutcomeRead.WON;
            return true;
          case "lost":
            outcome = StageOutcomeRead.LOST;
            return true;
          case "open":
            return true;
          case "deleted":
            problem(status, "is a deleted deal, which is not imported");
            return false;
          default:
            problem(status, "is not a deal status (open, won, lost)");
            return false;
        }
      }

      /** The definition the row's stage is read in: the pipeline's when definitions are given by pipeline. */
      private PipelineDefinition rowDefinition() {
        if (pipelines.isEmpty()) {
          return definition;
        }
        String name = text(pipeline);
        PipelineDefinition def = name == null ? null : pipelines.get(name);
        if (def == null) {
          problem(pipeline, name == null ? "is required to choose the pipeline definition"
              : "is not one of the pipelines given: " + String.join(", ", new java.util.TreeSet<>(pipelines.keySet())));
        }
        return def;
      }

      /** The currency column's currency; null when blank (see {@link #money}) or unreadable (with a problem). */
      Currency currency() {
        Spellings.Entry<Currency> known = spelled(currencySpellings, currency);
        if (known != null) {
          return known.value;
        }
        String raw = text(currency);
        if (raw == null) {
          return null;
        }
        // one rule for CSV and JSON: three upper-case letters, as ISO 4217 writes them ("usd" is no code)
        Currency c = currencyOf(raw);
        if (c == null) {
          currencyUnreadable = true;
          problem(currency, CURRENCY_RULE);
        } else {
          currencySpellings.add(raw, c);
        }
        return c;
      }

      private Currency currencyOf(String code) {
        Currency known = currencies.get(code);
        return known != null ? known : currencies.computeIfAbsent(code, k -> {
          try {
            return Money.currency(k);
          } catch (InvalidValueException e) {
            return null;
          }
        });
      }

      /** A decimal in the mapping's number format, or null when blank or unreadable (then with a problem). */
      BigDecimal decimal(int column, String raw, boolean grouped) {
        BigDecimal d = Values.localDecimal(raw, mapping.decimalChar(), grouped ? mapping.groupingChar() : 0);
        if (d == null) {
          problem(column, Values.tooLong(raw) ? Values.TOO_LONG : numberRule(grouped));
        }
        return d;
      }

      private String numberRule(boolean grouped) {
        char g = grouped ? mapping.groupingChar() : 0;
        if (mapping.decimalChar() == '.' && g == 0) {
          return "is not a plain decimal number";
        }
        return "is not a decimal number with '" + mapping.decimalSeparator() + "' as decimal separator"
            + (g == 0 ? " and no thousands separator" : " and '" + g + "' between groups of three digits");
      }

      /**
       * An amount in the row's currency: the currency code written with it ({@code USD 12,500.00} or
       * {@code 12.500,00 EUR}, which must agree with the currency column), else the currency column's,
       * else the mapping's default (counted).
       */
      Money money(int column, Currency cur) {
        Currency c = cur != null || currencyUnreadable ? cur : defaultCurrency;
        if (c != null && plainNumbers && plain(column)) {
          // a plain amount read in place; anything else (a code written with it, say) takes the text's path
          long minor = Values.plainMinorUnits(csv.chars(column), csv.start(column), csv.length(column),
              c.getDefaultFractionDigits());
          if (minor != Values.NOT_FAST) {
            defaulted |= cur == null;
            return moneyOf(column, c, minor, null);
          }
        }
        return moneyOfText(column, cur);
      }

      private Money moneyOfText(int column, Currency cur) {
        String raw = text(column);
        if (raw == null) {
          return null;
        }
        Currency written = null;
        String number = raw;
        int n = raw.length();
        if (n > 4 && raw.charAt(3) == ' ' && isCode(raw, 0)) {
          written = currencyOf(raw.substring(0, 3));
          number = raw.substring(4).strip();
        } else if (n > 4 && raw.charAt(n - 4) == ' ' && isCode(raw, n - 3)) {
          written = currencyOf(raw.substring(n - 3));
          number = raw.substring(0, n - 4).strip();
        }
        Currency c = written != null ? written : cur != null || currencyUnreadable ? cur : defaultCurrency;
        // the usual plain amount goes straight to minor units; anything else is judged by the general path
        long minor = c != null && plainNumbers ? Values.plainMinorUnits(number, c.getDefaultFractionDigits())
            : Values.NOT_FAST;
        BigDecimal d = null;
        if (minor == Values.NOT_FAST) {
          d = decimal(column, number, true);
          if (d == null) {
            return null;
          }
        }
        if (written != null && cur != null && !written.equals(cur)) {
          problem(column, "names the currency " + written + ", but the currency column says " + cur);
          return null;
        }
        if (c == null) {
          if (currency >= 0 && !currencyUnreadable) {
            problem(currency, "is required for an amount (and the mapping has no default currency)");
          }
          return null;
        }
        if (written == null && cur == null) {
          defaulted = true;
        }
        return moneyOf(column, c, minor, d);
      }

      /** The amount of minor units, or of {@code d} when not null; a problem when the currency does not allow it. */
      private Money moneyOf(int column, Currency c, long minor, BigDecimal d) {
        try {
          return d == null ? Money.ofMinor(c, minor) : Money.of(c, d);
        } catch (InvalidValueException e) {
          problem(column, "has more decimals than its currency allows, or is out of range");
          return null;
        }
      }

      private boolean isCode(String raw, int from) {
        for (int i = from; i < from + 3; i++) {
          char ch = raw.charAt(i);
          if (ch < 'A' || ch > 'Z') {
            return false;
          }
        }
        return true;
      }

      /** A ratio in the mapping's scale; a value written with '%' is a percentage whatever the scale. */
      BigDecimal ratio(int column, NumberScale scale) {
        BigDecimal plain = mapping.decimalChar() == '.' && plain(column) ? Values.plainDecimal(csv.chars(column),
            csv.start(column), csv.length(column), scale == NumberScale.FRACTION ? 0 : 2) : null;
        if (plain != null) {
          return plain;
        }
        String raw = text(column);
        if (raw == null) {
          return null;
        }
        boolean percent = raw.endsWith("%");
        BigDecimal d = decimal(column, percent ? raw.substring(0, raw.length() - 1).strip() : raw, false);
        return d == null || !percent && scale == NumberScale.FRACTION ? d : d.movePointLeft(2);
      }

      LocalDate date(int column) {
        LocalDate iso = plain(column) ? Values.isoDate(csv.chars(column), csv.start(column), csv.length(column))
            : null;
        if (iso != null) {
          return iso;
        }
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
