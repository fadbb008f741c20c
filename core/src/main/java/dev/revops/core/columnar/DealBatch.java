package dev.revops.core.columnar;

import dev.revops.core.deal.Deal;
import dev.revops.core.deal.ProbabilityOverride;
import dev.revops.core.money.Money;
import dev.revops.core.pipeline.DealField;
import dev.revops.core.pipeline.ForecastCategory;
import dev.revops.core.pipeline.Stage;
import dev.revops.core.probability.Probability;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Deals as columns: one primitive array per field, immutable once built. Row {@code i} is the
 * {@code i}-th deal added. The aggregates that take a whole batch read these columns in order; every
 * row can also be given back as the {@link Deal} it was built from ({@link #deal(int)}, equal to it).
 *
 * <p>Columns: the stage and the currency as codes into the batch's {@linkplain #stage(int) stages}
 * and {@linkplain #currency(int) currencies} (in the order first seen); the amount and the cost to
 * close in minor units ({@code long}); the probability override and the projected margin rate as an
 * unscaled {@code long} and a scale; the owner, source, segment and product as codes into a
 * dictionary per field ({@link #textCode}, {@code -1} when absent); the created, expected close and
 * closed dates as epoch days ({@link #day}, {@link #NO_DATE} when absent). The id, name, account,
 * attributes and the override's author and reason are kept as they are, to give the deal back.
 *
 * <p>Limits, each refused with a {@link BatchLimitException} that leaves the builder as it was: at
 * most {@value #MAX_ROWS} deals a batch (start another past it); dates within the {@code int} range
 * of epoch days (years -5,877,641 to 5,881,580); a probability override or a margin rate with at
 * most {@value #MAX_SCALE} decimals and an unscaled value that fits a {@code long}.
 *
 * <pre>{@code
 * DealBatch.Builder builder = DealBatch.builder();
 * importer.read(csv, builder::add, rejected -> {});    // streaming: one deal at a time
 * DealBatch deals = builder.build();
 * pipeline.addAll(deals);                               // the same result as adding each deal
 * deals.deal(0);                                        // the first deal, as it was added
 * }</pre>
 */
public final class DealBatch {
  /** The most deals one batch holds. */
  public static final int MAX_ROWS = 1 << 28;
  /** The most decimals of a probability override or a margin rate. */
  public static final int MAX_SCALE = 18;
  /** The epoch day of an absent date. */
  public static final int NO_DATE = Integer.MIN_VALUE;

  static final byte AMOUNT = 1;
  static final byte COST = 2;
  static final byte MARGIN = 4;
  static final byte OVERRIDE = 8;
  static final byte CATEGORY = 16;

  private final int size;
  private final String[] id;
  private final String[] name;
  private final String[] account;
  private final int[][] texts;
  private final List<List<String>> textValues;
  private final int[] stage;
  private final List<Stage> stages;
  private final int[] currency;
  private final List<Currency> currencies;
  private final byte[] flags;
  private final long[] amount;
  private final long[] cost;
  private final long[] margin;
  private final byte[] marginScale;
  private final long[] override;
  private final byte[] overrideScale;
  private final int[] overrideBy;
  private final int[] overrideReason;
  private final List<String> notes;
  private final byte[] category;
  private final int[][] days;
  private final SortedMap<String, String>[] attributes;

  private DealBatch(Builder b) {
    size = b.size;
    id = java.util.Arrays.copyOf(b.id, size);
    name = java.util.Arrays.copyOf(b.name, size);
    account = java.util.Arrays.copyOf(b.account, size);
    texts = new int[Builder.TEXTS.length][];
    for (int f = 0; f < texts.length; f++) {
      texts[f] = java.util.Arrays.copyOf(b.texts[f], size);
    }
    textValues = b.textDictionaries().stream().map(Dictionary::values).toList();
    stage = java.util.Arrays.copyOf(b.stage, size);
    stages = b.stages.values();
    currency = java.util.Arrays.copyOf(b.currency, size);
    currencies = b.currencies.values();
    flags = java.util.Arrays.copyOf(b.flags, size);
    amount = java.util.Arrays.copyOf(b.amount, size);
    cost = java.util.Arrays.copyOf(b.cost, size);
    margin = java.util.Arrays.copyOf(b.margin, size);
    marginScale = java.util.Arrays.copyOf(b.marginScale, size);
    override = java.util.Arrays.copyOf(b.override, size);
    overrideScale = java.util.Arrays.copyOf(b.overrideScale, size);
    overrideBy = java.util.Arrays.copyOf(b.overrideBy, size);
    overrideReason = java.util.Arrays.copyOf(b.overrideReason, size);
    notes = b.notes.values();
    category = java.util.Arrays.copyOf(b.category, size);
    days = new int[3][];
    for (int d = 0; d < 3; d++) {
      days[d] = java.util.Arrays.copyOf(b.days[d], size);
    }
    attributes = java.util.Arrays.copyOf(b.attributes, size);
  }

  /**
   * A new, empty builder.
   *
   * <pre>{@code
   * DealBatch batch = DealBatch.builder().add(d1).add(d2).build();
   * }</pre>
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A batch of the given deals, in order.
   *
   * <pre>{@code
   * DealBatch batch = DealBatch.of(List.of(d1, d2));   // batch.size() == 2
   * }</pre>
   *
   * @param deals the deals
   * @return the batch
   * @throws BatchLimitException if a deal is beyond a limit of the class comment
   */
  public static DealBatch of(Iterable<Deal> deals) {
    Builder b = builder();
    deals.forEach(b::add);
    return b.build();
  }

  /**
   * How many deals the batch holds.
   *
   * @return the count of rows
   */
  public int size() {
    return size;
  }

  /**
   * The deal of a row, equal to the deal added there (built again: a fallback, not a hot path).
   *
   * <pre>{@code
   * DealBatch.of(List.of(deal)).deal(0).equals(deal);   // true
   * }</pre>
   *
   * @param row a row, from 0 to {@code size() - 1}
   * @return the deal
   */
  public Deal deal(int row) {
    Objects.checkIndex(row, size);
    Deal.Builder b = Deal.builder();
    b.id(id[row]).name(Optional.ofNullable(name[row])).account(Optional.ofNullable(account[row]))
        .owner(optionalText(DealField.OWNER, row)).source(optionalText(DealField.SOURCE, row))
        .segment(optionalText(DealField.SEGMENT, row)).product(optionalText(DealField.PRODUCT, row)).stage(stages.get(stage[row]));
    if (has(row, AMOUNT)) {
      b.amount(Money.ofMinor(currencies.get(currency[row]), amount[row]));
    }
    if (has(row, COST)) {
      b.costToClose(Money.ofMinor(currencies.get(currency[row]), cost[row]));
    }
    if (has(row, MARGIN)) {
      b.projectedMarginRate(BigDecimal.valueOf(margin[row], marginScale[row]));
    }
    if (has(row, OVERRIDE)) {
      b.probabilityOverride(ProbabilityOverride.builder()
          .probability(Probability.of(BigDecimal.valueOf(override[row], overrideScale[row])))
          .setBy(notes.get(overrideBy[row]))
          .reason(overrideReason[row] < 0 ? Optional.empty() : Optional.of(notes.get(overrideReason[row]))).build());
    }
    if (has(row, CATEGORY)) {
      b.forecastCategoryOverride(ForecastCategory.values()[category[row]]);
    }
    b.createdDate(date(DealField.CREATED_DATE, row)).expectedCloseDate(date(DealField.EXPECTED_CLOSE_DATE, row))
        .closedDate(date(DealField.CLOSED_DATE, row));
    if (attributes[row] != null) {
      b.putAllAttributes(attributes[row]);
    }
    return b.build();
  }

  private boolean has(int row, byte flag) {
    return (flags[row] & flag) != 0;
  }

  private Optional<String> optionalText(DealField field, int row) {
    int code = texts[Builder.textIndex(field)][row];
    return code < 0 ? Optional.empty() : Optional.of(textValues.get(Builder.textIndex(field)).get(code));
  }

  private Optional<LocalDate> date(DealField field, int row) {
    int d = day(field, row);
    return d == NO_DATE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(d));
  }

  /**
   * The deal id of a row.
   *
   * @param row a row
   * @return the id, for example {@code "D-1001"}
   */
  public String id(int row) {
    return id[row];
  }

  /**
   * The stage of a row, as a code into {@link #stage(int)}.
   *
   * @param row a row
   * @return the stage code, from 0 to {@code stageCount() - 1}
   */
  public int stageCode(int row) {
    return stage[row];
  }

  /**
   * A stage by its code.
   *
   * <pre>{@code
   * batch.stage(batch.stageCode(0)).equals(batch.deal(0).stage());   // true
   * }</pre>
   *
   * @param code a stage code
   * @return the stage
   */
  public Stage stage(int code) {
    return stages.get(code);
  }

  /**
   * How many distinct stages the batch's deals are in.
   *
   * @return the count of stage codes
   */
  public int stageCount() {
    return stages.size();
  }

  /**
   * Whether the deal of a row has an amount.
   *
   * @param row a row
   * @return true when {@link #amountMinor} holds one
   */
  public boolean hasAmount(int row) {
    return has(row, AMOUNT);
  }

  /**
   * The amount of a row in minor units of {@link #currencyCode}.
   *
   * @param row a row with an amount
   * @return for example {@code 4800000} for USD 48,000.00; 0 without an amount
   */
  public long amountMinor(int row) {
    return amount[row];
  }

  /**
   * The currency of a row's amount and cost to close, as a code into {@link #currency(int)}.
   *
   * @param row a row
   * @return the currency code, {@code -1} when the deal has neither amount nor cost
   */
  public int currencyCode(int row) {
    return currency[row];
  }

  /**
   * A currency by its code.
   *
   * @param code a currency code
   * @return the currency
   */
  public Currency currency(int code) {
    return currencies.get(code);
  }

  /**
   * How many distinct currencies the batch's amounts are in.
   *
   * @return the count of currency codes
   */
  public int currencyCount() {
    return currencies.size();
  }

  /**
   * Whether the deal of a row has a cost to close.
   *
   * @param row a row
   * @return true when {@link #costToCloseMinor} holds one
   */
  public boolean hasCostToClose(int row) {
    return has(row, COST);
  }

  /**
   * The cost to close of a row in minor units of {@link #currencyCode}.
   *
   * @param row a row with a cost
   * @return the cost; 0 without one
   */
  public long costToCloseMinor(int row) {
    return cost[row];
  }

  /**
   * Whether the deal of a row has a projected margin rate.
   *
   * @param row a row
   * @return true when {@link #marginRateUnscaled} holds one
   */
  public boolean hasMarginRate(int row) {
    return has(row, MARGIN);
  }

  /**
   * The projected margin rate of a row, unscaled: the rate is this times 10^-{@link #marginRateScale}.
   *
   * @param row a row with a margin rate
   * @return for example {@code 581} for 0.581 (scale 3)
   */
  public long marginRateUnscaled(int row) {
    return margin[row];
  }

  /**
   * The decimals of a row's projected margin rate.
   *
   * @param row a row with a margin rate
   * @return from 0 to {@value #MAX_SCALE}
   */
  public int marginRateScale(int row) {
    return marginScale[row];
  }

  /**
   * Whether the deal of a row has a probability override.
   *
   * @param row a row
   * @return true when {@link #overrideUnscaled} holds one
   */
  public boolean hasProbabilityOverride(int row) {
    return has(row, OVERRIDE);
  }

  /**
   * The probability override of a row, unscaled: the probability is this times 10^-{@link
   * #overrideScale}.
   *
   * @param row a row with an override
   * @return for example {@code 35} for 0.35 (scale 2)
   */
  public long overrideUnscaled(int row) {
    return override[row];
  }

  /**
   * The decimals of a row's probability override (trailing zeros stripped, as {@link Probability}
   * keeps it).
   *
   * @param row a row with an override
   * @return from 0 to {@value #MAX_SCALE}
   */
  public int overrideScale(int row) {
    return overrideScale[row];
  }

  /**
   * Whether the deal of a row has a forecast category override.
   *
   * @param row a row
   * @return true when it has one
   */
  public boolean hasForecastCategoryOverride(int row) {
    return has(row, CATEGORY);
  }

  /**
   * A date of a row, as an epoch day.
   *
   * <pre>{@code
   * int day = batch.day(DealField.EXPECTED_CLOSE_DATE, 0);
   * LocalDate close = day == DealBatch.NO_DATE ? null : LocalDate.ofEpochDay(day);
   * }</pre>
   *
   * @param field {@code CREATED_DATE}, {@code EXPECTED_CLOSE_DATE} or {@code CLOSED_DATE}
   * @param row a row
   * @return the epoch day, or {@link #NO_DATE}
   * @throws IllegalArgumentException for another field
   */
  public int day(DealField field, int row) {
    return days[Builder.dayIndex(field)][row];
  }

  /**
   * A grouping text of a row, as a code into the field's dictionary ({@link #text(DealField, int)}).
   *
   * @param field {@code OWNER}, {@code SOURCE}, {@code SEGMENT} or {@code PRODUCT}
   * @param row a row
   * @return the code, {@code -1} when the deal has no such text
   * @throws IllegalArgumentException for another field
   */
  public int textCode(DealField field, int row) {
    return texts[Builder.textIndex(field)][row];
  }

  /**
   * A grouping text by its code.
   *
   * <pre>{@code
   * batch.text(DealField.OWNER, batch.textCode(DealField.OWNER, 0));   // "alice"
   * }</pre>
   *
   * @param field {@code OWNER}, {@code SOURCE}, {@code SEGMENT} or {@code PRODUCT}
   * @param code a code of that field
   * @return the text
   */
  public String text(DealField field, int code) {
    return textValues.get(Builder.textIndex(field)).get(code);
  }

  /**
   * How many distinct texts a grouping field has in the batch.
   *
   * @param field {@code OWNER}, {@code SOURCE}, {@code SEGMENT} or {@code PRODUCT}
   * @return the count of codes
   */
  public int textCount(DealField field) {
    return textValues.get(Builder.textIndex(field)).size();
  }

  /**
   * The largest scale of the batch's probability overrides: every override is an exact multiple of
   * 10^-this.
   *
   * @return from 0 to {@value #MAX_SCALE}; 0 without overrides
   */
  public int maxOverrideScale() {
    int max = 0;
    for (int i = 0; i < size; i++) {
      if (has(i, OVERRIDE)) {
        max = Math.max(max, overrideScale[i]);
      }
    }
    return max;
  }

  /**
   * The largest scale of the batch's margin rates.
   *
   * @return from 0 to {@value #MAX_SCALE}; 0 without margin rates
   */
  public int maxMarginRateScale() {
    int max = 0;
    for (int i = 0; i < size; i++) {
      if (has(i, MARGIN)) {
        max = Math.max(max, marginScale[i]);
      }
    }
    return max;
  }

  @Override
  public String toString() {
    return "batch of " + size + " deals";
  }

  /** Appends deals to a batch; not thread-safe. */
  public static final class Builder {
    static final DealField[] TEXTS = {DealField.OWNER, DealField.SOURCE, DealField.SEGMENT, DealField.PRODUCT};
    static final DealField[] DAYS = {DealField.CREATED_DATE, DealField.EXPECTED_CLOSE_DATE, DealField.CLOSED_DATE};

    private int size;
    private String[] id = new String[16];
    private String[] name = new String[16];
    private String[] account = new String[16];
    private final int[][] texts = new int[TEXTS.length][16];
    private final Dictionary<String> owners = new Dictionary<>();
    private final Dictionary<String> sources = new Dictionary<>();
    private final Dictionary<String> segments = new Dictionary<>();
    private final Dictionary<String> products = new Dictionary<>();
    private int[] stage = new int[16];
    private final Dictionary<Stage> stages = new Dictionary<>();
    private int[] currency = new int[16];
    private final Dictionary<Currency> currencies = new Dictionary<>();
    private byte[] flags = new byte[16];
    private long[] amount = new long[16];
    private long[] cost = new long[16];
    private long[] margin = new long[16];
    private byte[] marginScale = new byte[16];
    private long[] override = new long[16];
    private byte[] overrideScale = new byte[16];
    private int[] overrideBy = new int[16];
    private int[] overrideReason = new int[16];
    private final Dictionary<String> notes = new Dictionary<>();
    private byte[] category = new byte[16];
    private final int[][] days = new int[DAYS.length][16];
    @SuppressWarnings("unchecked")
    private SortedMap<String, String>[] attributes = new SortedMap[16];

    private Builder() {}

    /** Column index by field ordinal, -1 for a field that is no such column: one load on the hot path. */
    private static final int[] TEXT_INDEX = indexes(TEXTS);
    private static final int[] DAY_INDEX = indexes(DAYS);

    private static int[] indexes(DealField[] fields) {
      int[] out = new int[DealField.values().length];
      java.util.Arrays.fill(out, -1);
      for (int i = 0; i < fields.length; i++) {
        out[fields[i].ordinal()] = i;
      }
      return out;
    }

    static int textIndex(DealField field) {
      int i = TEXT_INDEX[field.ordinal()];
      if (i < 0) {
        throw new IllegalArgumentException("field " + field + " is not a grouping text of a deal batch"
            + " (owner, source, segment, product)");
      }
      return i;
    }

    static int dayIndex(DealField field) {
      int i = DAY_INDEX[field.ordinal()];
      if (i < 0) {
        throw new IllegalArgumentException("field " + field + " is not a date of a deal batch"
            + " (createdDate, expectedCloseDate, closedDate)");
      }
      return i;
    }

    List<Dictionary<String>> textDictionaries() {
      return List.of(owners, sources, segments, products);
    }

    /**
     * Appends a deal as the next row.
     *
     * <pre>{@code
     * DealBatch.Builder b = DealBatch.builder();
     * deals.forEach(b::add);
     * }</pre>
     *
     * @param deal the deal
     * @return this builder
     * @throws BatchLimitException if the batch is full or a value is beyond a limit (see {@link
     *     DealBatch}); the builder is then unchanged
     */
    public Builder add(Deal deal) {
      Objects.requireNonNull(deal, "deal");
      int[] dayValues = checked(deal);
      if (size == id.length) {
        grow();
      }
      int row = size;
      id[row] = deal.id();
      name[row] = deal.name().orElse(null);
      account[row] = deal.account().orElse(null);
      texts[0][row] = owners.codeOrNone(deal.owner());
      texts[1][row] = sources.codeOrNone(deal.source());
      texts[2][row] = segments.codeOrNone(deal.segment());
      texts[3][row] = products.codeOrNone(deal.product());
      stage[row] = stages.code(deal.stage());
      for (int d = 0; d < DAYS.length; d++) {
        days[d][row] = dayValues[d];
      }
      attributes[row] = deal.attributes().isEmpty() ? null : deal.attributes();
      flags[row] = money(deal, row);
      flags[row] |= decimals(deal, row);
      size++;
      return this;
    }

    /** Checks every limit before anything is appended; returns the epoch days. */
    private int[] checked(Deal deal) {
      if (size == MAX_ROWS) {
        throw new BatchLimitException("a deal batch holds at most " + MAX_ROWS + " deals: deal " + deal.id()
            + " does not fit; build this batch and start another");
      }
      int[] out = new int[DAYS.length];
      List<Optional<LocalDate>> dates = List.of(deal.createdDate(), deal.expectedCloseDate(), deal.closedDate());
      for (int d = 0; d < DAYS.length; d++) {
        out[d] = dates.get(d).isEmpty() ? NO_DATE : epochDay(deal, DAYS[d], dates.get(d).get());
      }
      deal.probabilityOverride().ifPresent(o -> fits(deal, "probabilityOverride", o.probability().toBigDecimal()));
      deal.projectedMarginRate().ifPresent(r -> fits(deal, "projectedMarginRate", r));
      return out;
    }

    private static int epochDay(Deal deal, DealField field, LocalDate date) {
      long d = date.toEpochDay();
      if (d <= NO_DATE || d > Integer.MAX_VALUE) {
        throw new BatchLimitException("deal " + deal.id() + ": " + field.path() + " " + date
            + " is beyond the epoch days a deal batch holds (an int)");
      }
      return (int) d;
    }

    private static void fits(Deal deal, String field, BigDecimal value) {
      if (value.scale() < 0 || value.scale() > MAX_SCALE || value.unscaledValue().bitLength() > 63) {
        throw new BatchLimitException("deal " + deal.id() + ": " + field + " " + value.toPlainString()
            + " does not fit a deal batch: at most " + MAX_SCALE + " decimals and 18 digits");
      }
    }

    /** The amount, cost and currency columns of a row; returns their flags. */
    private byte money(Deal deal, int row) {
      byte f = 0;
      Optional<Money> a = deal.amount();
      Optional<Money> c = deal.costToClose();
      currency[row] = a.or(() -> c).map(m -> currencies.code(m.getCurrency())).orElse(-1);
      amount[row] = a.map(Money::getAmountMinor).orElse(0L);
      cost[row] = c.map(Money::getAmountMinor).orElse(0L);
      f |= a.isPresent() ? AMOUNT : 0;
      f |= c.isPresent() ? COST : 0;
      return f;
    }

    /** The margin, override and category columns of a row; returns their flags. */
    private byte decimals(Deal deal, int row) {
      byte f = 0;
      Optional<BigDecimal> m = deal.projectedMarginRate();
      margin[row] = m.map(r -> r.unscaledValue().longValue()).orElse(0L);
      marginScale[row] = (byte) m.map(BigDecimal::scale).orElse(0).intValue();
      f |= m.isPresent() ? MARGIN : 0;
      Optional<ProbabilityOverride> o = deal.probabilityOverride();
      override[row] = o.map(p -> p.probability().toBigDecimal().unscaledValue().longValue()).orElse(0L);
      overrideScale[row] = (byte) o.map(p -> p.probability().toBigDecimal().scale()).orElse(0).intValue();
      overrideBy[row] = o.map(p -> notes.code(p.setBy())).orElse(-1);
      overrideReason[row] = o.flatMap(ProbabilityOverride::reason).map(notes::code).orElse(-1);
      f |= o.isPresent() ? OVERRIDE : 0;
      category[row] = (byte) deal.forecastCategoryOverride().map(Enum::ordinal).orElse(-1).intValue();
      f |= deal.forecastCategoryOverride().isPresent() ? CATEGORY : 0;
      return f;
    }

    private void grow() {
      int n = (int) Math.min(MAX_ROWS, Math.max(16L, (long) id.length * 2));
      id = java.util.Arrays.copyOf(id, n);
      name = java.util.Arrays.copyOf(name, n);
      account = java.util.Arrays.copyOf(account, n);
      for (int f = 0; f < texts.length; f++) {
        texts[f] = java.util.Arrays.copyOf(texts[f], n);
      }
      stage = java.util.Arrays.copyOf(stage, n);
      currency = java.util.Arrays.copyOf(currency, n);
      flags = java.util.Arrays.copyOf(flags, n);
      amount = java.util.Arrays.copyOf(amount, n);
      cost = java.util.Arrays.copyOf(cost, n);
      margin = java.util.Arrays.copyOf(margin, n);
      marginScale = java.util.Arrays.copyOf(marginScale, n);
      override = java.util.Arrays.copyOf(override, n);
      overrideScale = java.util.Arrays.copyOf(overrideScale, n);
      overrideBy = java.util.Arrays.copyOf(overrideBy, n);
      overrideReason = java.util.Arrays.copyOf(overrideReason, n);
      category = java.util.Arrays.copyOf(category, n);
      for (int d = 0; d < days.length; d++) {
        days[d] = java.util.Arrays.copyOf(days[d], n);
      }
      attributes = java.util.Arrays.copyOf(attributes, n);
    }

    /**
     * How many deals have been added.
     *
     * @return the count
     */
    public int size() {
      return size;
    }

    /**
     * The batch of the deals added so far. The builder stays usable: a later build holds these deals and the ones added after.
     *
     * @return the batch
     */
    public DealBatch build() {
      return new DealBatch(this);
    }
  }
}
