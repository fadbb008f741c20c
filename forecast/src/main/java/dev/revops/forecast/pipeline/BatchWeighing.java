package dev.revops.forecast.pipeline;

import dev.revops.core.columnar.DealBatch;
import dev.revops.core.dimension.Dimension;
import dev.revops.core.metric.ExclusionTally;
import dev.revops.core.pipeline.DealField;
import dev.revops.core.pipeline.Stage;
import dev.revops.forecast.conversion.BuiltInModel;
import dev.revops.forecast.conversion.ProbabilityModel;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One pass of the weighted pipeline over a {@link DealBatch}, on its columns: the same rules as
 * {@link WeightedPipeline#add} (through {@link DealLens}), each sum kept exactly in integers at a
 * fixed scale per batch (amounts in minor units; times the probability at the batch's largest
 * probability scale; times the margin rate at the largest rate scale), added into the pipeline's
 * decimal cells once per cell at the end.
 *
 * <p>Taken when the options and model allow it ({@link #of}): a built-in probability model, no
 * reporting currency, and groups of fixed deal dimensions but the forecast category.
 */
final class BatchWeighing {
  private static final Set<Dimension> FAST = EnumSet.of(Dimension.OWNER, Dimension.SOURCE, Dimension.SEGMENT,
      Dimension.PRODUCT, Dimension.STAGE, Dimension.CLOSE_PERIOD);
  private static final DealField[] TEXT = new DealField[Dimension.values().length];
  private static final long[] POW10 = new long[19];
  /** Sum slots per cell: amount, weighted, weighted cost, weighted margin. */
  private static final int SLOTS = 4;
  /** The most days of close dates whose month codes are looked up rather than computed (4 MB). */
  private static final int MONTH_TABLE = 1 << 20;

  static {
    TEXT[Dimension.OWNER.ordinal()] = DealField.OWNER;
    TEXT[Dimension.SOURCE.ordinal()] = DealField.SOURCE;
    TEXT[Dimension.SEGMENT.ordinal()] = DealField.SEGMENT;
    TEXT[Dimension.PRODUCT.ordinal()] = DealField.PRODUCT;
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
  }

  private final DealBatch batch;
  private final DealLens lens;
  private final Dimension[] dimensions;
  private final long[] multiplier;
  private long currencyMultiplier;
  private final boolean overrides;
  private final int probabilityScale;
  private final int marginScale;
  private long[] stageProbability;
  private boolean[] open;
  private final boolean needsDate;
  private final long windowStart;
  private final long windowEnd;
  private final long asOfDay;
  private long firstMonth;
  /** The close-period code of each day from {@link #firstDay}, when the days span less than {@link #MONTH_TABLE}. */
  private int[] monthCode;
  private int firstDay;
  private final CellIndex index = new CellIndex();
  private final ExactSums sums = new ExactSums(SLOTS * 64);
  private long[] counts = new long[3 * 64];
  private int[] firstRow = new int[64];

  private BatchWeighing(PipelineOptions options, BuiltInModel model, DealLens lens, DealBatch batch, int scale) {
    this.batch = batch;
    this.lens = lens;
    this.dimensions = options.groupBy().stream().map(d -> d.dimension().orElseThrow()).toArray(Dimension[]::new);
    this.multiplier = new long[dimensions.length];
    this.overrides = model == BuiltInModel.DEAL_EFFECTIVE;
    this.probabilityScale = scale;
    this.marginScale = batch.maxMarginRateScale();
    this.needsDate = options.groupsByPeriod() || options.windowStart().isPresent() || options.windowEnd().isPresent();
    this.windowStart = options.windowStart().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE);
    this.windowEnd = options.windowEnd().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
    this.asOfDay = options.scope().asOfDate().toEpochDay();
  }

  /**
   * The batch pass for these options and model, or empty when they need the per-deal path: a model
   * other than the built-in ones, a reporting currency, a group other than owner, source, segment,
   * product, stage or close period, or probabilities with more than 18 decimals.
   */
  static Optional<BatchWeighing> of(PipelineOptions options, ProbabilityModel model, DealLens lens, DealBatch batch) {
    if (!(model instanceof BuiltInModel) || options.scope().reportingCurrency().isPresent()
        || !options.groupBy().stream().allMatch(d -> d.dimension().filter(FAST::contains).isPresent())) {
      return Optional.empty();
    }
    boolean overrides = model == BuiltInModel.DEAL_EFFECTIVE;
    int scale = overrides ? batch.maxOverrideScale() : 0;
    for (int s = 0; s < batch.stageCount(); s++) {
      scale = Math.max(scale, batch.stage(s).defaultProbability().toBigDecimal().scale());
    }
    if (scale >= POW10.length) {
      return Optional.empty();
    }
    BatchWeighing w = new BatchWeighing(options, (BuiltInModel) model, lens, batch, scale);
    return w.radixFits() ? Optional.of(w.withStages()) : Optional.empty();
  }

  private BatchWeighing withStages() {
    stageProbability = new long[batch.stageCount()];
    open = new boolean[batch.stageCount()];
    for (int s = 0; s < stageProbability.length; s++) {
      Stage stage = batch.stage(s);
      BigDecimal p = stage.defaultProbability().toBigDecimal();
      stageProbability[s] = p.unscaledValue().longValueExact() * POW10[probabilityScale - p.scale()];
      open[s] = stage.isOpen();
    }
    return this;
  }

  /** Sets the key multipliers; false when the keys of all the groups do not fit a long. */
  private boolean radixFits() {
    long m = 1;
    try {
      for (int k = 0; k < dimensions.length; k++) {
        multiplier[k] = m;
        m = Math.multiplyExact(m, radix(dimensions[k]));
      }
      currencyMultiplier = m;
      Math.multiplyExact(m, Math.max(1, batch.currencyCount()));
      return true;
    } catch (ArithmeticException tooMany) {
      return false;
    }
  }

  /** How many codes a dimension has in this batch (0 stands for "none"). */
  private long radix(Dimension d) {
    if (d == Dimension.STAGE) {
      return batch.stageCount();
    }
    if (d != Dimension.CLOSE_PERIOD) {
      return batch.textCount(TEXT[d.ordinal()]) + 1L;
    }
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (int i = 0; i < batch.size(); i++) {
      int day = batch.day(DealField.EXPECTED_CLOSE_DATE, i);
      if (day != DealBatch.NO_DATE) {
        min = Math.min(min, day);
        max = Math.max(max, day);
      }
    }
    firstMonth = min > max ? 0 : monthOf(min);
    firstDay = min;
    if (min <= max && (long) max - min < MONTH_TABLE) {
      monthCode = new int[max - min + 1];
      for (int day = min; day <= max; day++) {
        monthCode[day - min] = (int) (monthOf(day) - firstMonth + 1);
      }
    }
    return min > max ? 1 : monthOf(max) - firstMonth + 2;
  }

  /**
   * Counts every row of the batch, or records why it is excluded.
   *
   * @return the deals past due
   */
  long run(ExclusionTally excluded) {
    long pastDue = 0;
    for (int i = 0; i < batch.size(); i++) {
      int stage = batch.stageCode(i);
      if (!open[stage]) {
        excluded.add(DealLens.CLOSED, batch.id(i));
        continue;
      }
      if (!batch.hasAmount(i)) {
        excluded.add(DealLens.NO_AMOUNT, batch.id(i));
        continue;
      }
      int day = batch.day(DealField.EXPECTED_CLOSE_DATE, i);
      if (day == DealBatch.NO_DATE) {
        if (needsDate) {
          excluded.add(DealLens.NO_CLOSE_DATE, batch.id(i));
          continue;
        }
      } else if (day < windowStart || day >= windowEnd) {
        excluded.add(DealLens.OUTSIDE_WINDOW, batch.id(i));
        continue;
      } else if (day < asOfDay) {
        pastDue++;
      }
      count(i, stage, day);
    }
    return pastDue;
  }

  /** Adds one counted row to its cell. */
  private void count(int i, int stage, int day) {
    int cell = cellOf(i, stage, day);
    long p = overrides && batch.hasProbabilityOverride(i)
        ? batch.overrideUnscaled(i) * POW10[probabilityScale - batch.overrideScale(i)] : stageProbability[stage];
    long amount = batch.amountMinor(i);
    int slot = cell * SLOTS;
    counts[cell * 3]++;
    sums.add(slot, amount);
    sums.addProduct(slot + 1, amount, p);
    if (batch.hasCostToClose(i)) {
      sums.addProduct(slot + 2, batch.costToCloseMinor(i), p);
      counts[cell * 3 + 1]++;
    }
    if (batch.hasMarginRate(i)) {
      // the rate at the batch's margin scale: its unscaled value times 10^(batch scale - its scale)
      long rate = batch.marginRateUnscaled(i);
      long factor = POW10[marginScale - batch.marginRateScale(i)];
      long scaled = rate * factor;
      if (Math.multiplyHigh(rate, factor) == (scaled >> 63)) {
        sums.addProduct(slot + 3, amount, p, scaled);
      } else {
        sums.add(slot + 3, BigInteger.valueOf(amount).multiply(BigInteger.valueOf(p))
            .multiply(BigInteger.valueOf(rate)).multiply(BigInteger.valueOf(factor)));
      }
      counts[cell * 3 + 2]++;
    }
  }

  private int cellOf(int i, int stage, int day) {
    long key = batch.currencyCode(i) * currencyMultiplier;
    for (int k = 0; k < dimensions.length; k++) {
      Dimension d = dimensions[k];
      long code = d == Dimension.STAGE ? stage : d == Dimension.CLOSE_PERIOD ? periodCode(day)
          : batch.textCode(TEXT[d.ordinal()], i) + 1;
      key += code * multiplier[k];
    }
    int before = index.size();
    int cell = index.cell(key);
    if (index.size() > before) {
      grow(cell + 1);
      firstRow[cell] = i;
    }
    return cell;
  }

  /** The close-period code of a day: 0 for none, else its month's place from the batch's first month, plus 1. */
  private long periodCode(int day) {
    if (day == DealBatch.NO_DATE) {
      return 0;
    }
    return monthCode != null ? monthCode[day - firstDay] : monthOf(day) - firstMonth + 1;
  }

  private void grow(int cells) {
    if (cells > firstRow.length) {
      int n = Math.max(cells, firstRow.length * 2);
      firstRow = java.util.Arrays.copyOf(firstRow, n);
      counts = java.util.Arrays.copyOf(counts, 3 * n);
      sums.ensure(SLOTS * n);
    }
  }

  /** Adds every cell of the pass into the pipeline's cells, keyed as {@link DealLens#key} keys a deal. */
  void flushInto(Map<List<String>, Map<Currency, WeightedPipeline.Cell>> cells) {
    for (int cell = 0; cell < index.size(); cell++) {
      int row = firstRow[cell];
      Currency currency = batch.currency(batch.currencyCode(row));
      int digits = currency.getDefaultFractionDigits();
      WeightedPipeline.Cell c = cells.computeIfAbsent(key(row), k -> new HashMap<>())
          .computeIfAbsent(currency, k -> new WeightedPipeline.Cell());
      int slot = cell * SLOTS;
      c.deals += counts[cell * 3];
      c.amount = c.amount.add(sums.decimal(slot, digits));
      c.weighted = c.weighted.add(sums.decimal(slot + 1, digits + probabilityScale));
      c.weightedCost = c.weightedCost.add(sums.decimal(slot + 2, digits + probabilityScale));
      c.withCost += counts[cell * 3 + 1];
      c.weightedMargin = c.weightedMargin.add(sums.decimal(slot + 3, digits + probabilityScale + marginScale));
      c.withMargin += counts[cell * 3 + 2];
    }
  }

  /** The group key of a row, as {@link PipelineOptions#keyOf} gives it. */
  private List<String> key(int row) {
    List<String> key = new ArrayList<>(dimensions.length);
    for (Dimension d : dimensions) {
      if (d == Dimension.STAGE) {
        key.add(batch.stage(batch.stageCode(row)).id());
      } else if (d == Dimension.CLOSE_PERIOD) {
        int day = batch.day(DealField.EXPECTED_CLOSE_DATE, row);
        key.add(day == DealBatch.NO_DATE ? Dimension.NONE : lens.periodOf(LocalDate.ofEpochDay(day)).label());
      } else {
        int code = batch.textCode(TEXT[d.ordinal()], row);
        key.add(code < 0 ? Dimension.NONE : batch.text(TEXT[d.ordinal()], code));
      }
    }
    return key;
  }

  /** The month of an epoch day as year x 12 + month - 1, without building a date (civil from days). */
  static long monthOf(long epochDay) {
    long z = epochDay + 719_468;
    long era = Math.floorDiv(z, 146_097);
    long doe = z - era * 146_097;
    long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long month = mp < 10 ? mp + 3 : mp - 9;
    long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    return year * 12 + month - 1;
  }
}
