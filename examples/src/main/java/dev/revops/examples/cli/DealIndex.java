package dev.revops.examples.cli;

import dev.revops.core.deal.Deal;
import dev.revops.core.io.IdFingerprints;
import dev.revops.core.deal.ProbabilityOverride;
import dev.revops.core.money.Money;
import dev.revops.core.pipeline.ForecastCategory;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The deals of a file held compactly (about 120 bytes a deal, half of it the id string), to be
 * joined with other states: what the reviews need of a deal (stage, owner, segment, source, product,
 * amount, dates, overrides), found by id. Texts that repeat (owners, segments) are stored once. The
 * reviews index each state's deals. (Deals and their histories are joined by the library's merge-join,
 * {@code DealHistoryJoin}, which keeps whole deals.)
 *
 * <p>Ids are found through {@link IdFingerprints}. A deal read back is rebuilt, so it holds only
 * these fields.
 */
final class DealIndex {
  private static final int NONE = -1;

  private static final long NO_AMOUNT = Long.MIN_VALUE;

  private final PipelineDefinition definition;
  private final List<Stage> stages;
  private final Map<String, Integer> stageIndex = new HashMap<>();
  private final Dictionary texts = new Dictionary();
  private final List<Currency> currencies = new ArrayList<>();

  private final IdFingerprints rows = new IdFingerprints();
  private int size;
  private String[] ids = new String[1024];
  private int[] owner = new int[1024];
  private int[] segment = new int[1024];
  private int[] source = new int[1024];
  private int[] product = new int[1024];
  private byte[] stage = new byte[1024];
  private byte[] currency = new byte[1024];
  private long[] amount = new long[1024];
  private int[] created = new int[1024];
  private int[] expected = new int[1024];
  private int[] closed = new int[1024];
  private boolean[] joined = new boolean[1024];
  private byte[] category = new byte[1024];
  /** Probability overrides by row: few deals have one. */
  private final Map<Integer, ProbabilityOverride> overrides = new HashMap<>();

  DealIndex(PipelineDefinition definition) {
    this.definition = definition;
    this.stages = definition.stages();
    for (int i = 0; i < stages.size(); i++) {
      stageIndex.put(stages.get(i).id(), i);
    }
  }

  /** Adds a deal; a later deal with the same id replaces nothing (the import rejects repeats). */
  void add(Deal d) {
    if (size == ids.length) {
      grow();
    }
    int row = size++;
    ids[row] = d.id();
    owner[row] = texts.code(d.owner().orElse(null));
    segment[row] = texts.code(d.segment().orElse(null));
    source[row] = texts.code(d.source().orElse(null));
    product[row] = texts.code(d.product().orElse(null));
    Integer s = stageIndex.get(d.stage().id());
    if (s == null || !stages.get(s).equals(d.stage())) {
      throw new IllegalArgumentException("deal " + d.id() + " is in a stage of another definition than " + definition);
    }
    stage[row] = (byte) (int) s;
    if (d.amount().isPresent()) {
      Money m = d.amount().get();
      int c = currencies.indexOf(m.getCurrency());
      if (c < 0) {
        currencies.add(m.getCurrency());
        c = currencies.size() - 1;
      }
      currency[row] = (byte) c;
      amount[row] = m.getAmountMinor();
    } else {
      amount[row] = NO_AMOUNT;
    }
    category[row] = (byte) d.forecastCategoryOverride().map(Enum::ordinal).orElse(-1).intValue();
    d.probabilityOverride().ifPresent(o -> overrides.put(row, o));
    created[row] = day(d.createdDate().orElse(null));
    expected[row] = day(d.expectedCloseDate().orElse(null));
    closed[row] = day(d.closedDate().orElse(null));
    rows.putIfAbsent(d.id(), row);
  }

  int size() {
    return size;
  }

  /** The deal with an id, rebuilt, marking it joined; null when the file has none. */
  Deal join(String id) {
    int row = (int) rows.get(id);
    if (row < 0) {
      return null;
    }
    joined[row] = true;
    return deal(row);
  }

  /** The deal with an id, rebuilt, without marking it joined; null when the file has none. */
  Deal find(String id) {
    int row = (int) rows.get(id);
    return row < 0 ? null : deal(row);
  }

  /** Each deal no history was joined to. */
  void forEachUnjoined(Consumer<Deal> action) {
    for (int row = 0; row < size; row++) {
      if (!joined[row]) {
        action.accept(deal(row));
      }
    }
  }

  private Deal deal(int row) {
    Deal.Builder b = Deal.builder().id(ids[row]).stage(stages.get(stage[row]));
    texts.text(owner[row]).ifPresent(b::owner);
    texts.text(segment[row]).ifPresent(b::segment);
    texts.text(source[row]).ifPresent(b::source);
    texts.text(product[row]).ifPresent(b::product);
    if (amount[row] != NO_AMOUNT) {
      b.amount(Money.ofMinor(currencies.get(currency[row]), amount[row]));
    }
    date(created[row]).ifPresent(b::createdDate);
    date(expected[row]).ifPresent(b::expectedCloseDate);
    date(closed[row]).ifPresent(b::closedDate);
    if (category[row] >= 0) {
      b.forecastCategoryOverride(ForecastCategory.values()[category[row]]);
    }
    b.probabilityOverride(Optional.ofNullable(overrides.get(row)));
    return b.build();
  }

  private static int day(LocalDate d) {
    return d == null ? Integer.MIN_VALUE : (int) d.toEpochDay();
  }

  private static Optional<LocalDate> date(int day) {
    return day == Integer.MIN_VALUE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(day));
  }

  private void grow() {
    int n = ids.length * 2;
    ids = Arrays.copyOf(ids, n);
    owner = Arrays.copyOf(owner, n);
    segment = Arrays.copyOf(segment, n);
    source = Arrays.copyOf(source, n);
    product = Arrays.copyOf(product, n);
    stage = Arrays.copyOf(stage, n);
    currency = Arrays.copyOf(currency, n);
    amount = Arrays.copyOf(amount, n);
    created = Arrays.copyOf(created, n);
    expected = Arrays.copyOf(expected, n);
    closed = Arrays.copyOf(closed, n);
    joined = Arrays.copyOf(joined, n);
    category = Arrays.copyOf(category, n);
  }

  /** Texts stored once each, by code. */
  private static final class Dictionary {
    private final Map<String, Integer> codes = new HashMap<>();
    private final List<String> values = new ArrayList<>();

    int code(String text) {
      if (text == null) {
        return NONE;
      }
      return codes.computeIfAbsent(text, t -> {
        values.add(t);
        return values.size() - 1;
      });
    }

    Optional<String> text(int code) {
      return code == NONE ? Optional.empty() : Optional.of(values.get(code));
    }
  }
}
