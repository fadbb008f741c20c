package dev.revops.forecast.funnel;

import dev.revops.core.aggregate.Accumulator;
import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.lead.CohortOutcome;
import dev.revops.core.lead.ConversionCount;
import dev.revops.core.lead.FunnelStep;
import dev.revops.core.lead.LeadJourney;
import dev.revops.core.lead.LeadProgress;
import dev.revops.core.metric.ExclusionTally;
import dev.revops.core.metric.MergeCheck;
import dev.revops.core.metric.Metric;
import dev.revops.core.metric.Provenance;
import dev.revops.core.period.Period;
import dev.revops.core.scope.Scope;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The lead funnel, as an accumulator: {@link #add} one {@link LeadJourney} per lead, {@link #merge}
 * funnels of other leads, read the {@link #result}.
 *
 * <p>Per group: the leads that reached each step (each counted once per step); for every step to
 * the next one and to the last one (to won deals, when the funnel ends there), conversion by the
 * rules asked for — the cohort rule (per entry period and for all cohorts: converted, not
 * converted, unresolved; of resolved and of all) and the period rule (conversions of a period over
 * entries of the same period; it may exceed 100% and says so) — and time to convert, estimated by
 * the library's one Kaplan-Meier routine ({@link dev.revops.forecast.velocity.SurvivalSummary#walk})
 * with leads not converted yet censored.
 *
 * <p>A lead is left out, and counted with its reason in the provenance, when it was created after
 * the as-of instant, when its history names a stage the lifecycle does not have, or when it reached
 * no step by the as-of instant. A lead whose data holds a trap (a deal won before its first
 * contact) is counted as its data says and listed in {@link FunnelResult#flagged()}.
 *
 * <p>Times are kept per lead and conversion (four bytes each) so that percentiles are exact and any
 * split of the leads, merged in any order, gives the result of one pass. Not thread-safe: use one
 * accumulator per thread and merge them.
 *
 * <pre>{@code
 * Funnel funnel = new Funnel(options);
 * journeys.forEach(funnel::add);
 * FunnelResult r = funnel.result();
 * }</pre>
 */
public final class Funnel implements Accumulator<LeadJourney, FunnelResult, Funnel> {
  /** A leaf of the result: a group, a step or conversion, and a period (null for all). */
  private record Key(List<String> group, int index, Period period) {}

  /**
   * Durations in seconds of one conversion of one group: the conversions (events) and the leads
   * not converted yet (censored), in ints as stage velocity keeps them (68 years at most).
   */
  private static final class Times {
    final IntList completed = new IntList();
    final IntList censored = new IntList();
    long leftOut;

    void merge(Times o) {
      completed.addAll(o.completed);
      censored.addAll(o.censored);
      leftOut += o.leftOut;
    }
  }

  /** A growable array of ints. */
  private static final class IntList {
    int[] values = new int[8];
    int size;

    void add(int v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    void addAll(IntList o) {
      for (int i = 0; i < o.size; i++) {
        add(o.values[i]);
      }
    }

    int[] sorted() {
      int[] out = Arrays.copyOf(values, size);
      Arrays.sort(out);
      return out;
    }
  }

  private final FunnelOptions options;
  private final Scope scope;
  private final List<FunnelStep> steps;
  private final int[][] pairs;
  private final Map<Key, long[]> entries = new HashMap<>();
  private final Map<Key, long[]> cohorts = new HashMap<>();
  private final Map<Key, long[]> periodEntries = new HashMap<>();
  private final Map<Key, long[]> periodConversions = new HashMap<>();
  private final Map<Key, Times> times = new HashMap<>();
  private final ExclusionTally excluded;
  private final ExclusionTally flagged;
  private long counted;

  /**
   * An empty funnel.
   *
   * @param options what to count and how
   */
  public Funnel(FunnelOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.scope = options.scope();
    this.steps = options.funnel().steps();
    this.pairs = pairs(steps.size());
    this.excluded = new ExclusionTally(scope.exampleLimit());
    this.flagged = new ExclusionTally(scope.exampleLimit());
  }

  /** Each step to the next, then each step to the last one (when that is not already its next). */
  private static int[][] pairs(int n) {
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i + 1 < n; i++) {
      out.add(new int[] {i, i + 1});
    }
    for (int i = 0; i + 2 < n; i++) {
      out.add(new int[] {i, n - 1});
    }
    return out.toArray(int[][]::new);
  }

  /**
   * The options this funnel counts with.
   *
   * @return the options
   */
  public FunnelOptions options() {
    return options;
  }

  @Override
  public void add(LeadJourney journey) {
    Objects.requireNonNull(journey, "journey");
    Instant asOf = scope.asOf();
    String id = journey.leadId();
    if (journey.lead().createdAt().isAfter(asOf)) {
      excluded.add("created after the as-of instant", id);
      return;
    }
    LeadProgress p = options.funnel().progress(journey, asOf);
    if (!p.unknownStages().isEmpty()) {
      excluded.add("history names a stage the lifecycle does not have", id);
      return;
    }
    if (!p.enteredFunnel()) {
      excluded.add("reached no funnel step by the as-of instant", id);
      return;
    }
    counted++;
    p.flags().forEach(f -> flagged.add(f, id));
    List<String> group = new ArrayList<>(options.groupBy().size());
    options.groupBy().forEach(d -> group.add(d.valueOf(journey.lead(), scope.zone())));
    boolean period = options.rules().contains(ConversionRule.PERIOD);
    for (int i = 0; i < steps.size(); i++) {
      Optional<Instant> reached = p.reached(i);
      if (reached.isPresent()) {
        count(entries, new Key(group, i, null), 1)[0]++;
        if (period) {
          count(periodEntries, new Key(group, i, scope.periodOf(reached.get())), 1)[0]++;
        }
      }
    }
    for (int k = 0; k < pairs.length; k++) {
      int from = pairs[k][0];
      int to = pairs[k][1];
      Optional<Instant> entered = p.reached(from);
      if (entered.isEmpty()) {
        continue;
      }
      Optional<Instant> converted = p.conversionAt(from, to);
      if (options.rules().contains(ConversionRule.COHORT)) {
        int outcome = p.outcome(from, to, options.window()).ordinal();
        count(cohorts, new Key(group, k, null), 3)[outcome]++;
        count(cohorts, new Key(group, k, scope.periodOf(entered.get())), 3)[outcome]++;
      }
      if (period && converted.isPresent()) {
        count(periodConversions, new Key(group, k, null), 1)[0]++;
        count(periodConversions, new Key(group, k, scope.periodOf(converted.get())), 1)[0]++;
      }
      if (options.timeToConvert()) {
        Times t = times.computeIfAbsent(new Key(group, k, null), x -> new Times());
        long seconds = Duration.between(entered.get(), converted.orElse(asOf)).getSeconds();
        if (seconds < 0 || seconds > Integer.MAX_VALUE) {
          t.leftOut++;
        } else {
          (converted.isPresent() ? t.completed : t.censored).add((int) seconds);
        }
      }
    }
  }

  private static long[] count(Map<Key, long[]> cells, Key key, int size) {
    return cells.computeIfAbsent(key, k -> new long[size]);
  }

  @Override
  public Funnel merge(Funnel other) {
    MergeCheck.of("funnel", this, other).same("options", options, other.options);
    add(entries, other.entries);
    add(cohorts, other.cohorts);
    add(periodEntries, other.periodEntries);
    add(periodConversions, other.periodConversions);
    other.times.forEach((k, t) -> times.computeIfAbsent(k, x -> new Times()).merge(t));
    excluded.merge(other.excluded);
    flagged.merge(other.flagged);
    counted += other.counted;
    return this;
  }

  private static void add(Map<Key, long[]> into, Map<Key, long[]> from) {
    from.forEach((k, v) -> {
      long[] cell = into.computeIfAbsent(k, x -> new long[v.length]);
      for (int i = 0; i < v.length; i++) {
        cell[i] += v[i];
      }
    });
  }

  @Override
  public FunnelResult result() {
    FunnelResult.Builder b = new FunnelResult.Builder().provenance(provenance(FunnelMetrics.STEP_ENTRIES))
        .addAllSteps(steps).addAllFlagged(flagged.result());
    options.groupBy().forEach(d -> b.addGroupBy(d.key()));
    for (Key k : sorted(entries)) {
      b.addEntries(new StepEntries.Builder().putAllGroup(group(k.group())).step(steps.get(k.index()).id())
          .entered(entries.get(k)[0]).build());
    }
    if (options.rules().contains(ConversionRule.COHORT)) {
      b.cohort(cohortResult());
    }
    if (options.rules().contains(ConversionRule.PERIOD)) {
      b.period(periodResult());
    }
    if (options.timeToConvert()) {
      b.timeToConvert(TimesToConvert.result(provenance(FunnelMetrics.TIME_TO_CONVERT), this::timeRows));
    }
    return b.build();
  }

  private CohortConversionResult cohortResult() {
    CohortConversionResult.Builder c = new CohortConversionResult.Builder()
        .provenance(provenance(FunnelMetrics.COHORT_CONVERSION)).window(options.window());
    for (Key k : sorted(cohorts)) {
      long[] n = cohorts.get(k);
      c.addRows(new CohortConversionRow.Builder().putAllGroup(group(k.group())).from(from(k)).to(to(k))
          .cohort(Optional.ofNullable(k.period()).map(Period::label))
          .count(ConversionCount.of(n[0] + n[1] + n[2], n[CohortOutcome.CONVERTED.ordinal()],
              n[CohortOutcome.NOT_CONVERTED.ordinal()], n[CohortOutcome.UNRESOLVED.ordinal()])).build());
    }
    return c.build();
  }

  private PeriodConversionResult periodResult() {
    Map<Key, long[]> rows = new HashMap<>();
    periodConversions.forEach((k, v) -> rows.computeIfAbsent(k, x -> new long[2])[1] = v[0]);
    for (int k = 0; k < pairs.length; k++) {
      int pair = k;
      periodEntries.forEach((e, v) -> {
        if (e.index() == pairs[pair][0]) {
          rows.computeIfAbsent(new Key(e.group(), pair, e.period()), x -> new long[2])[0] = v[0];
        }
      });
      entries.forEach((e, v) -> {
        if (e.index() == pairs[pair][0]) {
          rows.computeIfAbsent(new Key(e.group(), pair, null), x -> new long[2])[0] = v[0];
        }
      });
    }
    PeriodConversionResult.Builder p = new PeriodConversionResult.Builder()
        .provenance(provenance(FunnelMetrics.PERIOD_CONVERSION));
    long exceeding = 0;
    for (Key k : sorted(rows)) {
      long[] n = rows.get(k);
      exceeding += n[1] > n[0] ? 1 : 0;
      p.addRows(new PeriodConversionRow.Builder().putAllGroup(group(k.group())).from(from(k)).to(to(k))
          .period(Optional.ofNullable(k.period()).map(Period::label)).entries(n[0]).conversions(n[1])
          .rate(ConversionCount.rate(n[1], n[0])).exceedsOne(n[1] > n[0]).build());
    }
    return p.rowsExceedingOne(exceeding).build();
  }

  private List<TimeToConvertRow> timeRows() {
    List<TimeToConvertRow> out = new ArrayList<>();
    for (Key k : sorted(times)) {
      Times t = times.get(k);
      out.add(TimesToConvert.row(group(k.group()), from(k), to(k), t.completed.sorted(), t.censored.sorted(),
          t.leftOut, options.horizonsDays()));
    }
    return out;
  }

  private String from(Key k) {
    return steps.get(pairs[k.index()][0]).id();
  }

  private String to(Key k) {
    return steps.get(pairs[k.index()][1]).id();
  }

  /** Keys by group, then step or conversion, then period (all periods first). */
  private static <V> List<Key> sorted(Map<Key, V> cells) {
    List<Key> keys = new ArrayList<>(cells.keySet());
    keys.sort(Comparator.comparing((Key k) -> k.group().toArray(String[]::new), Arrays::compare)
        .thenComparingInt(Key::index)
        .thenComparing(Key::period, Comparator.nullsFirst(Comparator.naturalOrder())));
    return keys;
  }

  private SortedMap<String, String> group(List<String> values) {
    SortedMap<String, String> g = new TreeMap<>();
    for (int i = 0; i < values.size(); i++) {
      g.put(options.groupBy().get(i).key(), values.get(i));
    }
    return g;
  }

  private Provenance provenance(Metric metric) {
    List<DefinitionRef> basedOn = new ArrayList<>(scope.basedOn());
    DefinitionRef lifecycle = options.funnel().lifecycle().ref();
    if (!basedOn.contains(lifecycle)) {
      basedOn.add(lifecycle);
    }
    return Provenance.builder().definition(metric.ref()).addAllBasedOn(basedOn).asOf(scope.asOf()).counted(counted)
        .addAllExcluded(excluded.result()).build();
  }
}
