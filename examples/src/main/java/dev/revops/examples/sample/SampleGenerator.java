package dev.revops.examples.sample;

import dev.revops.core.deal.Deal;
import dev.revops.core.io.ColumnMapping;
import dev.revops.core.io.DealCsvImporter;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.Random;

/**
 * Writes a small, deterministic CRM export in the {@code gen-deals} layout: {@code deals.csv} (one
 * row per deal), {@code transitions.csv} (one row per stage change), {@code field-changes.csv}
 * (amount, expected close date and probability changes), {@code deals-2026-09-24.csv} (the
 * deals a week earlier), {@code contracts.json} (a contract booked from each won deal),
 * {@code handoffs.jsonl} (the handoffs between teams) and {@code customer-health.csv} (won deals'
 * health after onboarding), for a fictitious B2B software company. Same arguments, same bytes: {@link java.util.Random} is specified to give the
 * same sequence for a seed on every JVM.
 *
 * <p>Like every real export, it carries a few rows that break the model, on purpose, so that
 * {@code revops validate} has something to report. Exactly these:
 * <ul>
 *   <li>deals: an amount written with a thousands separator ({@code "12,500.00"}); a stage no
 *       definition knows ({@code Verbal Commit}); a won deal closed before it was created; an id
 *       repeated; a currency that is not an ISO code ({@code EURO}); a probability of 150;</li>
 *   <li>transitions: one deal whose change does not leave the stage the previous one entered; one
 *       change with an impossible date;</li>
 *   <li>handoffs: an answer dated before the handoff was sent; a send date that does not exist; a
 *       protocol the handoff map does not have.</li>
 * </ul>
 * Pass {@code clean} to write none of them.
 */
public final class SampleGenerator {
  /** The as-of date of the sample: open deals are open at its start. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 10, 1);
  /** The default number of deals of the bundled sample. */
  public static final int DEFAULT_DEALS = 600;
  /** The default seed of the bundled sample. */
  public static final long DEFAULT_SEED = 20261001L;

  private static final String[] OPEN = {"Prospecting", "Qualification", "Discovery", "Proposal", "Negotiation"};
  private static final int[] PERCENT = {10, 20, 40, 60, 80};
  private static final String[] CATEGORY = {"Pipeline", "Pipeline", "Best Case", "Best Case", "Commit"};
  private static final double[] MEDIAN_DAYS = {12, 16, 24, 20, 14};
  private static final String[] SEGMENTS = {"SMB", "Mid-Market", "Enterprise"};
  private static final double[] SEGMENT_SHARE = {0.5, 0.35, 0.15};
  /**
   * Per segment, the natural log of the median deal size in the deal's currency: the location of a
   * log-normal random draw, not an amount. Every amount drawn is rounded to whole cents at once and
   * kept as a {@code long} (cents), never as a floating-point amount.
   */
  private static final double[] LOG_MEDIAN_AMOUNT = {9.0, 10.3, 11.6};
  private static final double[][] ADVANCE = {
      {0.78, 0.80, 0.80, 0.84, 0.86}, {0.74, 0.76, 0.78, 0.80, 0.84}, {0.70, 0.72, 0.75, 0.78, 0.82}};
  private static final String[] SOURCES = {"Inbound", "Outbound", "Partner", "Event", "Referral"};
  private static final String[] PRODUCTS = {"Core", "Analytics", "Platform", "Services"};
  private static final String[] CURRENCIES = {"USD", "USD", "USD", "USD", "USD", "USD", "USD", "EUR", "EUR", "GBP"};
  private static final String[] OWNERS = {"avery", "blake", "casey", "devon", "emery", "finley", "harper", "jordan"};
  private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT)
      .withZone(ZoneOffset.UTC);

  private SampleGenerator() {}

  /** The date of the sample's earlier snapshot: a week before {@link #AS_OF}. */
  public static final LocalDate PREVIOUS = AS_OF.minusDays(7);

  /**
   * The generated files' contents. {@link #files()} adds the sales hierarchy and forecast calls built
   * from these deals: {@code roster.csv}, {@code calls.csv} and {@code adjustments.csv} (see {@code
   * SampleCalls}), and the Wednesday review's {@code calls-2026-q4.csv} and {@code team-targets.csv}
   * (see {@code SampleManagers}).
   *
   * @param dealsCsv the contents of {@code deals.csv}: the deals as of {@link #AS_OF}
   * @param transitionsCsv the contents of {@code transitions.csv}
   * @param fieldChangesCsv the contents of {@code field-changes.csv}: every change of an amount,
   *     an expected close date or a probability, so that the deals of any earlier date can be
   *     rebuilt
   * @param previousDealsCsv the contents of {@code deals-2026-09-24.csv}: the deals as they were at
   *     the start of {@link #PREVIOUS}, as a snapshot exported then would have them (without the
   *     broken rows)
   * @param targetsCsv the contents of {@code targets.csv}: quarterly targets in USD, for the
   *     company and, in 2026-Q4, per owner
   * @param ratesCsv the contents of {@code rates.csv}: monthly EUR and GBP rates into USD
   * @param contractsJson the contents of {@code contracts.json}: a contract booked from each won
   *     deal (see {@link SampleContracts})
   * @param handoffsJsonl the contents of {@code handoffs.jsonl}: the handoffs between teams along
   *     the bundled handoff map, one per line (see {@link SampleHandoffs})
   * @param customerHealthCsv the contents of {@code customer-health.csv}: each won deal's health 90
   *     days after its handoff to customer success
   * @param revenueTemplatesJson the contents of {@code revenue-templates.json}: how each product's
   *     deals become revenue and cash (see {@link SampleTemplates})
   */
  public record Sample(String dealsCsv, String transitionsCsv, String fieldChangesCsv, String previousDealsCsv,
      String targetsCsv, String ratesCsv, String contractsJson, String handoffsJsonl, String customerHealthCsv,
      String revenueTemplatesJson) {

    /**
     * The files by name, in the order they are written.
     *
     * @return file name to contents
     */
    public Map<String, String> files() {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("deals.csv", dealsCsv);
      m.put("transitions.csv", transitionsCsv);
      m.put("field-changes.csv", fieldChangesCsv);
      m.put(previousDealsFile(), previousDealsCsv);
      m.put("targets.csv", targetsCsv);
      m.put("rates.csv", ratesCsv);
      m.put("contracts.json", contractsJson);
      m.put("handoffs.jsonl", handoffsJsonl);
      m.put("customer-health.csv", customerHealthCsv);
      m.put("revenue-templates.json", revenueTemplatesJson);
      m.put("revenue-targets.csv", SampleRevenueTargets.csv());
      m.putAll(SampleCalls.files(dealsCsv, ratesCsv, dealsCsv.hashCode()));
      m.putAll(SampleManagers.files(dealsCsv, ratesCsv, dealsCsv.hashCode()));
      return Collections.unmodifiableMap(m);
    }
  }

  /**
   * The file name of the earlier snapshot.
   *
   * @return {@code deals-2026-09-24.csv}
   */
  public static String previousDealsFile() {
    return "deals-" + PREVIOUS + ".csv";
  }

  /** What the second pass needs of one deal's life. */
  private record Life(String id, String owner, Instant created, List<Instant> changes, List<String> stages,
      String outcome, int finalStage, int percent, long cents) {}

  /**
   * Generates the sample.
   *
   * @param deals how many deals, at least 400 when {@code clean} is false (the broken rows sit at
   *     fixed positions)
   * @param seed the random seed
   * @param clean true to leave out the deliberately broken rows
   * @return the contents of {@code deals.csv} and {@code transitions.csv}
   */
  public static Sample generate(int deals, long seed, boolean clean) {
    if (deals < 1 || (!clean && deals < 400)) {
      throw new IllegalArgumentException("deals must be at least " + (clean ? 1 : 400) + ", was " + deals);
    }
    Random rng = new Random(seed);
    Instant asOf = AS_OF.atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant start = asOf.minus(365, ChronoUnit.DAYS);
    List<List<String>> dealRows = new ArrayList<>();
    List<List<String>> changeRows = new ArrayList<>();
    List<Integer> firstChange = new ArrayList<>();
    List<Life> lives = new ArrayList<>();
    for (int i = 0; i < deals; i++) {
      String id = String.format(Locale.ROOT, "D%05d", i);
      int seg = pick(rng, SEGMENT_SHARE);
      String owner = OWNERS[rng.nextInt(OWNERS.length)];
      String currency = CURRENCIES[rng.nextInt(CURRENCIES.length)];
      long cents = Math.round(Math.exp(LOG_MEDIAN_AMOUNT[seg] + 0.6 * rng.nextGaussian()) * 100);
      Instant created = start.plusSeconds((long) (rng.nextDouble() * (asOf.getEpochSecond() - start.getEpochSecond())));
      firstChange.add(changeRows.size());
      changeRows.add(List.of(id, "", OPEN[0], INSTANT.format(created), owner));
      Walk walk = walk(rng, seg, id, owner, created, asOf, changeRows);
      LocalDate createdDate = LocalDate.ofInstant(created, ZoneOffset.UTC);
      Status status = status(rng, walk);
      String amount = cents(cents);
      long costCents = Math.round(cents * (0.02 + rng.nextDouble() * 0.08));
      String cost = String.format(Locale.ROOT, "%d.%02d", costCents / 100, costCents % 100);
      String margin = String.format(Locale.ROOT, "%.1f", 55 + rng.nextDouble() * 30);
      dealRows.add(new ArrayList<>(List.of(id, "Deal " + i, String.format(Locale.ROOT, "A%04d", rng.nextInt(deals / 3 + 1)),
          owner, SEGMENTS[seg], SOURCES[rng.nextInt(SOURCES.length)], PRODUCTS[rng.nextInt(PRODUCTS.length)], currency,
          amount, status.stage(), status.probability(), status.category(), createdDate.toString(), status.expected(),
          status.closed(), cost, margin)));
      lives.add(new Life(id, owner, created, walk.times(), walk.names(), walk.outcome(), walk.stage(), status.percent(),
          cents));
    }
    Timelines timelines = timelines(lives, dealRows, new Random(seed ^ 0x5DEECE66DL));
    if (!clean) {
      breakRows(dealRows, changeRows, firstChange);
    }
    String dealHeader = "deal_id,name,account_id,owner,segment,source,product,currency,amount,stage,probability,"
        + "forecast_category,created_date,expected_close_date,closed_date,cost_to_close,margin_pct";
    String dealsCsv = csv(dealHeader, dealRows);
    List<SampleHandoffs.Journey> journeys = lives.stream().map(l -> new SampleHandoffs.Journey(l.id(), l.owner(),
        l.created(), l.changes(), l.stages())).toList();
    SampleHandoffs.Files handoffs = SampleHandoffs.generate(journeys, Bundled.handoffMap(), asOf, seed, clean);
    return new Sample(dealsCsv, csv("deal_id,from_stage,to_stage,changed_at,actor", changeRows),
        csv("deal_id,field,from_value,to_value,changed_at,actor", timelines.changes()),
        csv(dealHeader, timelines.previous()), targets(), rates(), SampleContracts.json(won(dealsCsv), seed),
        handoffs.handoffsJsonl(), handoffs.customerHealthCsv(), SampleTemplates.json());
  }

  /**
   * A deal's walk through the stages: when it last moved, the open stage it is in, its outcome
   * ({@code Closed Won} or {@code Closed Lost}, null while open), and every stage with its entry.
   */
  private record Walk(Instant last, int stage, String outcome, List<Instant> times, List<String> names) {}

  /**
   * Walks a deal from its creation until it closes or the as-of comes, each move a row of the
   * transitions.
   */
  private static Walk walk(Random rng, int seg, String id, String owner, Instant created, Instant asOf,
      List<List<String>> changeRows) {
    List<Instant> times = new ArrayList<>(List.of(created));
    List<String> names = new ArrayList<>(List.of(OPEN[0]));
    Instant t = created;
    int stage = 0;
    String outcome = null;
    while (true) {
      double days = -Math.log(1 - rng.nextDouble()) * MEDIAN_DAYS[stage] / Math.log(2);
      Instant next = t.plusSeconds((long) (days * 86_400));
      if (next.isAfter(asOf)) {
        break;
      }
      t = next;
      String from = OPEN[stage];
      String to;
      if (rng.nextDouble() < ADVANCE[seg][stage]) {
        if (stage == OPEN.length - 1) {
          to = "Closed Won";
        } else if (stage < OPEN.length - 2 && rng.nextDouble() < 0.05) {
          stage += 2;
          to = OPEN[stage];
        } else {
          stage += 1;
          to = OPEN[stage];
        }
      } else if (stage > 0 && rng.nextDouble() < 0.1) {
        stage -= 1;
        to = OPEN[stage];
      } else {
        to = "Closed Lost";
      }
      changeRows.add(List.of(id, from, to, INSTANT.format(t), owner));
      times.add(t);
      names.add(to);
      if (to.startsWith("Closed")) {
        outcome = to;
        break;
      }
    }
    return new Walk(t, stage, outcome, times, names);
  }

  /** The columns of a deal's row its walk decides; percent is -1 for a closed deal. */
  private record Status(String stage, String probability, String category, String expected, String closed,
      int percent) {}

  /** A closed deal's status from its outcome; an open one's, sometimes with its probability overridden. */
  private static Status status(Random rng, Walk walk) {
    if (walk.outcome() != null) {
      String closedDate = LocalDate.ofInstant(walk.last(), ZoneOffset.UTC).toString();
      boolean won = walk.outcome().equals("Closed Won");
      return new Status(walk.outcome(), won ? "100" : "0", won ? "Closed" : "Omitted", closedDate, closedDate, -1);
    }
    int stage = walk.stage();
    int p = PERCENT[stage];
    if (rng.nextDouble() < 0.25) {
      p = Math.max(5, Math.min(95, p + (rng.nextBoolean() ? 10 : -10)));
    }
    return new Status(OPEN[stage], String.valueOf(p), CATEGORY[stage], AS_OF.plusDays(rng.nextInt(200) - 15).toString(),
        "", p);
  }

  /** The field changes of every deal, and the deals as of {@link #PREVIOUS}. */
  private record Timelines(List<List<String>> changes, List<List<String>> previous) {}

  /** One field change of a deal, before it is written. */
  private record Change(Instant at, String field, String from, String to) {}

  /**
   * Gives each deal a history of its expected close date (slips while open; set to the closed date
   * when it closes), sometimes an amount change, and the probability override of an open deal set
   * during its current stage; and writes the deals as they were at the start of
   * {@link #PREVIOUS}. A second random stream, so the deals and transitions stay as they were.
   */
  private static Timelines timelines(List<Life> lives, List<List<String>> rows, Random rng) {
    Instant asOf = AS_OF.atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant previous = PREVIOUS.atStartOfDay(ZoneOffset.UTC).toInstant();
    List<List<String>> out = new ArrayList<>();
    List<List<String>> snapshot = new ArrayList<>();
    for (int i = 0; i < lives.size(); i++) {
      Life l = lives.get(i);
      List<String> row = rows.get(i);
      Instant end = l.outcome() != null ? l.changes().get(l.changes().size() - 1) : asOf;
      LocalDate created = LocalDate.ofInstant(l.created(), ZoneOffset.UTC);
      LocalDate finalExpected = LocalDate.parse(row.get(13));
      List<Change> changes = new ArrayList<>();
      double r = rng.nextDouble();
      int slips = r < 0.5 ? 0 : r < 0.78 ? 1 : r < 0.92 ? 2 : 3;
      long[] gaps = new long[slips];
      long total = 0;
      List<Instant> at = new ArrayList<>();
      for (int k = 0; k < slips; k++) {
        gaps[k] = 7 + rng.nextInt(39);
        total += gaps[k];
        at.add(between(l.created(), end, rng));
      }
      Collections.sort(at);
      LocalDate expected;
      if (l.outcome() == null) {
        expected = finalExpected.minusDays(total);
        if (expected.isBefore(created.plusDays(7))) {
          slips = 0;
          expected = finalExpected;
        }
      } else {
        expected = created.plusDays(20 + rng.nextInt(71));
      }
      for (int k = 0; k < slips; k++) {
        LocalDate later = expected.plusDays(gaps[k]);
        changes.add(new Change(at.get(k), "expectedCloseDate", expected.toString(), later.toString()));
        expected = later;
      }
      if (l.outcome() != null && !expected.equals(finalExpected)) {
        changes.add(new Change(end, "expectedCloseDate", expected.toString(), finalExpected.toString()));
      }
      amountChange(l, end, rng).ifPresent(changes::add);
      if (l.outcome() == null && l.percent() != PERCENT[l.finalStage()]) {
        Instant entered = l.changes().get(l.changes().size() - 1);
        changes.add(new Change(between(entered, asOf, rng), "probability", decimal(PERCENT[l.finalStage()]),
            decimal(l.percent())));
      }
      changes.sort(java.util.Comparator.comparing(Change::at));
      for (Change c : changes) {
        out.add(List.of(l.id(), c.field(), c.from(), c.to(), INSTANT.format(c.at()), l.owner()));
      }
      if (!l.created().isAfter(previous)) {
        snapshot.add(stateAt(previous, l, row, changes));
      }
    }
    return new Timelines(out, snapshot);
  }

  /** Sometimes a change of the deal's amount before it reached its amount now. */
  private static Optional<Change> amountChange(Life l, Instant end, Random rng) {
    if (rng.nextDouble() < 0.25) {
      Instant when = between(l.created(), end, rng);
      long before = Math.round(l.cents() * (0.75 + 0.5 * rng.nextDouble()));
      if (before > 0 && before != l.cents()) {
        return Optional.of(new Change(when, "amount", cents(before), cents(l.cents())));
      }
    }
    return Optional.empty();
  }

  /** A deal's row as it was at an instant: stage, amount, expected close date and probability then. */
  private static List<String> stateAt(Instant when, Life l, List<String> row, List<Change> changes) {
    List<String> then = new ArrayList<>(row);
    int j = 0;
    while (j + 1 < l.changes().size() && !l.changes().get(j + 1).isAfter(when)) {
      j++;
    }
    String stage = l.stages().get(j);
    if (stage.startsWith("Closed")) {
      return then;
    }
    int index = List.of(OPEN).indexOf(stage);
    String probability = String.valueOf(PERCENT[index]);
    boolean expectedFound = false;
    for (Change c : changes) {
      boolean after = c.at().isAfter(when);
      switch (c.field()) {
        case "amount" -> then.set(8, after ? c.from() : c.to());
        case "expectedCloseDate" -> {
          // the value then is the one before the first change after the instant
          if (after && !expectedFound) {
            then.set(13, c.from());
            expectedFound = true;
          }
        }
        default -> {
          if (!after) {
            probability = String.valueOf(l.percent());
          }
        }
      }
    }
    then.set(9, stage);
    then.set(10, probability);
    then.set(11, CATEGORY[index]);
    then.set(14, "");
    return then;
  }

  private static Instant between(Instant from, Instant to, Random rng) {
    long span = Math.max(0, to.getEpochSecond() - from.getEpochSecond());
    return from.plusSeconds((long) (rng.nextDouble() * span));
  }

  private static String cents(long cents) {
    return String.format(Locale.ROOT, "%d.%02d", cents / 100, cents % 100);
  }

  private static String decimal(int percent) {
    return java.math.BigDecimal.valueOf(percent, 2).stripTrailingZeros().toPlainString();
  }

  /** The won deals the export's deals file holds (its broken rows left out). */
  private static List<Deal> won(String dealsCsv) {
    try {
      return DealCsvImporter.of(Bundled.definition("gen-deals"), ColumnMapping.genDeals())
          .readAll(new StringReader(dealsCsv)).accepted().stream().filter(Deal::isWon).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Company targets for three quarters around the as-of date, and per-owner targets for its quarter. */
  private static String targets() {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("2026-Q3", "", "900000", "USD"));
    rows.add(List.of("2026-Q4", "", "1100000", "USD"));
    rows.add(List.of("2027-Q1", "", "1000000", "USD"));
    for (String owner : OWNERS) {
      rows.add(List.of("2026-Q4", owner, "137500", "USD"));
    }
    return csv("period,owner,amount,currency", rows);
  }

  /** Monthly rates into USD over the sample's span, moving a little from month to month. */
  private static String rates() {
    List<List<String>> rows = new ArrayList<>();
    LocalDate month = LocalDate.of(2025, 7, 1);
    for (int k = 0; k < 30; k++, month = month.plusMonths(1)) {
      rows.add(List.of("EUR", "USD", month.toString(), String.format(Locale.ROOT, "%.4f", 1.0800 + 0.0025 * (k % 8))));
      rows.add(List.of("GBP", "USD", month.toString(), String.format(Locale.ROOT, "%.4f", 1.2600 + 0.0030 * (k % 6))));
    }
    return csv("from,to,effectiveFrom,rate", rows);
  }

  /** Puts the documented problems into fixed rows. */
  private static void breakRows(List<List<String>> deals, List<List<String>> changes, List<Integer> firstChange) {
    deals.get(17).set(8, "12,500.00");
    deals.get(42).set(9, "Verbal Commit");
    List<String> won = firstWith(deals, 101, "Closed Won");
    won.set(14, LocalDate.parse(won.get(12)).minusDays(3).toString());
    deals.get(150).set(0, deals.get(149).get(0));
    deals.get(233).set(7, "EURO");
    List<String> open = firstOpen(deals, 310);
    open.set(10, "150");
    // A deal with at least three changes: its third change names the wrong stage left.
    for (int d = 77; d < deals.size() - 1; d++) {
      if (firstChange.get(d + 1) - firstChange.get(d) >= 3) {
        List<String> row = new ArrayList<>(changes.get(firstChange.get(d) + 2));
        row.set(1, row.get(1).equals("Prospecting") ? "Discovery" : "Prospecting");
        changes.set(firstChange.get(d) + 2, row);
        break;
      }
    }
    List<String> bad = new ArrayList<>(changes.get(firstChange.get(120)));
    bad.set(3, "2026-13-45T09:00:00Z");
    changes.set(firstChange.get(120), bad);
  }

  private static List<String> firstWith(List<List<String>> deals, int from, String stage) {
    for (int d = from; d < deals.size(); d++) {
      if (deals.get(d).get(9).equals(stage)) {
        return deals.get(d);
      }
    }
    throw new IllegalStateException("no " + stage + " deal after row " + from);
  }

  private static List<String> firstOpen(List<List<String>> deals, int from) {
    for (int d = from; d < deals.size(); d++) {
      if (!deals.get(d).get(9).startsWith("Closed")) {
        return deals.get(d);
      }
    }
    throw new IllegalStateException("no open deal after row " + from);
  }

  private static int pick(Random rng, double[] shares) {
    double r = rng.nextDouble();
    double acc = 0;
    for (int i = 0; i < shares.length; i++) {
      acc += shares[i];
      if (r < acc) {
        return i;
      }
    }
    return shares.length - 1;
  }

  private static String csv(String header, List<List<String>> rows) {
    StringBuilder b = new StringBuilder(header).append('\n');
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        if (i > 0) {
          b.append(',');
        }
        String v = row.get(i);
        b.append(v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
      }
      b.append('\n');
    }
    return b.toString();
  }
}
