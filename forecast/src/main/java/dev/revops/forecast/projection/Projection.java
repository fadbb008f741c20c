package dev.revops.forecast.projection;

import dev.revops.core.InvalidValueException;
import dev.revops.core.aggregate.Accumulator;
import dev.revops.core.deal.Deal;
import dev.revops.core.metric.ExclusionTally;
import dev.revops.core.metric.MergeCheck;
import dev.revops.core.metric.Provenance;
import dev.revops.core.money.Money;
import dev.revops.core.period.Period;
import dev.revops.core.scope.Scope;
import dev.revops.forecast.conversion.ProbabilityModel;
import dev.revops.forecast.revenue.ClosedBooks;
import dev.revops.forecast.revenue.Contract;
import dev.revops.forecast.revenue.ContractSchedule;
import dev.revops.forecast.revenue.RevenueOptions;
import dev.revops.forecast.revenue.RevenueSchedule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The projection from pipeline to revenue, billings, cash and margin per period, as an
 * accumulator: {@link #add} open deals and booked contracts, {@link #merge} accumulators of other
 * records, read the {@link #result}.
 *
 * <p><b>Open deals.</b> Each is booked as if won on its expected close date (plus the scenario's
 * slip; a date before the as-of date becomes the as-of date) with its product's
 * {@link RevenueTemplate} ({@link Contract#asIfWon}), scheduled by {@link RevenueSchedule}, and
 * weighted by its probability from the model: its price x probability is rounded once
 * ({@link dev.revops.core.money.Rounding#MONEY}) and split over the schedule's periods and invoices
 * by {@link Money#allocate}, so a deal of probability 1 projects exactly its won contract's
 * schedule, and each deal's revenue, billings and cash each sum to its price x probability. Cash
 * comes the template's payment terms after each invoice. Excluded, with the reason: deals not
 * open, without an amount or a positive one, without an expected close date or a template, of a
 * forecast category the scenario leaves out, or whose contract cannot be scheduled.
 *
 * <p><b>Booked contracts.</b> Their schedule ({@link RevenueSchedule#of(Contract, RevenueOptions,
 * ClosedBooks)}, closed books respected) from the as-of period on, exactly; cash is what their
 * payments record plus what is billed and not collected, expected the payment terms after each
 * invoice (overdue: in the as-of period).
 *
 * <p>Per period and currency (the scope's period kind, fiscal calendar and zone), from the
 * as-of period on. Merge-safe: sums are exact in minor units, the ranges' deals are ordered by id
 * before the simulation. Not thread-safe: use one accumulator per thread.
 *
 * <pre>{@code
 * Projection projection = new Projection(ProjectionOptions.of(scope), BuiltInModel.DEAL_EFFECTIVE, templates);
 * deals.forEach(d -> projection.add(ProjectionRecord.openDeal(d)));
 * contracts.forEach(c -> projection.add(ProjectionRecord.booked(c)));
 * ProjectionResult result = projection.result();
 * }</pre>
 */
public final class Projection implements Accumulator<ProjectionRecord, ProjectionResult, Projection> {
  static final String WON = "won (its booked contract is projected)";
  static final String LOST = "lost";
  static final String NO_AMOUNT = "no amount";
  static final String NOT_POSITIVE = "amount not positive";
  static final String NO_CLOSE_DATE = "no expected close date";
  static final String NO_TEMPLATE = "no revenue template";
  static final String CATEGORY = "forecast category not in the scenario";
  static final String UNSCHEDULABLE = "cannot be scheduled";

  private final ProjectionOptions options;
  private final ProbabilityModel model;
  private final RevenueTemplates templates;
  private final ClosedBooks books;
  private final RevenueOptions revenue;
  private final Period from;
  private final Map<Currency, TreeMap<Period, long[]>> cells = new TreeMap<>(Comparator.comparing(
      Currency::getCurrencyCode));
  private final ProjectionRanges ranges;
  private final ExclusionTally excluded;
  private long openDeals;
  private long booked;
  private long pastDue;

  /**
   * An empty projection with no period closed.
   *
   * @param options the scope and scenario
   * @param model where each open deal's probability comes from
   * @param templates how each product's deals become revenue
   */
  public Projection(ProjectionOptions options, ProbabilityModel model, RevenueTemplates templates) {
    this(options, model, templates, ClosedBooks.none());
  }

  /**
   * An empty projection against closed books.
   *
   * @param options the scope and scenario
   * @param model where each open deal's probability comes from
   * @param templates how each product's deals become revenue
   * @param books what closed periods hold, for booked contracts
   * @throws IllegalArgumentException if the books are kept in other periods
   */
  public Projection(ProjectionOptions options, ProbabilityModel model, RevenueTemplates templates, ClosedBooks books) {
    this.options = Objects.requireNonNull(options, "options");
    this.model = Objects.requireNonNull(model, "model");
    this.templates = Objects.requireNonNull(templates, "templates");
    this.books = Objects.requireNonNull(books, "books");
    Scope scope = options.scope();
    // per currency: the schedules are computed without a functional currency
    this.revenue = RevenueOptions.of(Scope.builder().asOf(scope.asOf()).zone(scope.zone())
        .periodKind(scope.periodKind()).fiscalCalendar(scope.fiscalCalendar()).workingCalendar(scope.workingCalendar())
        .addAllBasedOn(scope.basedOn()).exampleLimit(scope.exampleLimit()).build());
    books.checkOptions(revenue);
    this.from = scope.periodOf(scope.asOfDate());
    this.ranges = new ProjectionRanges(options.ranges());
    this.excluded = new ExclusionTally(scope.exampleLimit());
  }

  /**
   * Counts an open deal or a booked contract, or records why it is excluded.
   *
   * @param record the record
   */
  @Override
  public void add(ProjectionRecord record) {
    Objects.requireNonNull(record, "record");
    if (record instanceof ProjectionRecord.OpenDeal d) {
      addDeal(d.deal());
    } else {
      ProjectionRecord.Booked b = (ProjectionRecord.Booked) record;
      addBooked(b.contract(), b.template());
    }
  }

  private void addDeal(Deal deal) {
    Optional<String> reason = excludedBecause(deal);
    if (reason.isPresent()) {
      excluded.add(reason.get(), deal.id());
      return;
    }
    RevenueTemplate t = templates.forDeal(deal).get();
    LocalDate close = deal.expectedCloseDate().get().plusDays(options.slipDays());
    boolean late = close.isBefore(options.scope().asOfDate());
    close = late ? options.scope().asOfDate() : close;
    BigDecimal p = model.probability(deal).toBigDecimal();
    Projected projected;
    try {
      Contract c = Contract.asIfWon(deal, close, t.obligations(close, deal.amount().get(), options.scope().zone()),
          t.billing(close));
      ContractSchedule s = RevenueSchedule.of(c, revenue);
      projected = Projected.openDeal(s, p, t.paymentTermsDays(), t.grossMarginRate(), options.scope());
    } catch (InvalidValueException | ArithmeticException e) {
      excluded.add(UNSCHEDULABLE, deal.id());
      return;
    }
    openDeals++;
    pastDue += late ? 1 : 0;
    sum(projected, 1);
    ranges.add(deal.id(), p, projected);
  }

  private Optional<String> excludedBecause(Deal deal) {
    if (deal.isWon()) {
      return Optional.of(WON);
    } else if (deal.isLost()) {
      return Optional.of(LOST);
    } else if (deal.amount().isEmpty()) {
      return Optional.of(NO_AMOUNT);
    } else if (!deal.amount().get().isPositive()) {
      return Optional.of(NOT_POSITIVE);
    } else if (deal.expectedCloseDate().isEmpty()) {
      return Optional.of(NO_CLOSE_DATE);
    } else if (templates.forDeal(deal).isEmpty()) {
      return Optional.of(NO_TEMPLATE);
    } else if (options.categories().isEmpty() ? deal.effectiveForecastCategory() == dev.revops.core.pipeline
        .ForecastCategory.OMITTED : !options.categories().contains(deal.effectiveForecastCategory())) {
      return Optional.of(CATEGORY);
    }
    return Optional.empty();
  }

  private void addBooked(Contract contract, Optional<RevenueTemplate> template) {
    Projected projected;
    try {
      ContractSchedule s = RevenueSchedule.of(contract, revenue, books);
      int terms = template.map(RevenueTemplate::paymentTermsDays).orElse(options.bookedPaymentTermsDays());
      projected = Projected.booked(s, from, terms, template.flatMap(RevenueTemplate::grossMarginRate),
          options.scope());
    } catch (InvalidValueException | ArithmeticException e) {
      excluded.add(UNSCHEDULABLE, contract.id());
      return;
    }
    booked++;
    sum(projected, 0);
    ranges.addBooked(projected);
  }

  /** Adds a record's figures into the cells: booked at 0-3, pipeline at 4-7. */
  private void sum(Projected p, int part) {
    TreeMap<Period, long[]> byPeriod = cells.computeIfAbsent(p.currency, c -> new TreeMap<>());
    p.figures.forEach((period, f) -> add(byPeriod.computeIfAbsent(period, x -> new long[2 * Projected.FIGURES]),
        part * Projected.FIGURES, f));
  }

  private static void add(long[] into, int offset, long[] f) {
    for (int i = 0; i < f.length; i++) {
      into[offset + i] = Math.addExact(into[offset + i], f[i]);
    }
  }

  /**
   * Adds what another projection, built with the same options, model, templates and books, holds.
   *
   * @param other a projection of other records
   * @return this projection
   * @throws IllegalArgumentException if the other was built differently
   */
  @Override
  public Projection merge(Projection other) {
    MergeCheck.of("projection", this, other).same("options", options, other.options)
        .same("probability model", model.ref(), other.model.ref()).same("revenue templates", templates, other.templates)
        .same("closed books", books, other.books);
    other.cells.forEach((currency, byPeriod) -> {
      TreeMap<Period, long[]> mine = cells.computeIfAbsent(currency, c -> new TreeMap<>());
      byPeriod.forEach((period, f) -> add(mine.computeIfAbsent(period, x -> new long[2 * Projected.FIGURES]), 0, f));
    });
    ranges.merge(other.ranges);
    excluded.merge(other.excluded);
    openDeals += other.openDeals;
    booked += other.booked;
    pastDue += other.pastDue;
    return this;
  }

  /**
   * The projection so far.
   *
   * @return rows per currency and period, ranges when asked, and the provenance
   */
  @Override
  public ProjectionResult result() {
    List<ProjectionRow> rows = new ArrayList<>();
    cells.forEach((currency, byPeriod) -> byPeriod.forEach((period, f) -> {
      ProjectionFigures b = ProjectionFigures.of(currency, f[0], f[1], f[2], f[3]);
      ProjectionFigures p = ProjectionFigures.of(currency, f[4], f[5], f[6], f[7]);
      rows.add(new ProjectionRow.Builder().period(period).booked(b).pipeline(p).total(b.plus(p)).build());
    }));
    Provenance p = Provenance.of(ProjectionMetrics.PROJECTION.ref(), options.scope(), openDeals + booked, excluded);
    List<dev.revops.core.definition.DefinitionRef> basedOn = new ArrayList<>(p.basedOn());
    List.of(model.ref(), templates.ref()).forEach(r -> {
      if (!basedOn.contains(r)) {
        basedOn.add(r);
      }
    });
    Provenance provenance = Provenance.builder().definition(p.definition()).addAllBasedOn(basedOn).asOf(p.asOf())
        .counted(p.counted()).addAllExcluded(p.excluded()).build();
    return new ProjectionResult.Builder().options(options).probabilityModel(model.ref()).templates(templates.ref())
        .addAllRows(rows).addAllRanges(ranges.result(rows)).openDeals(openDeals).bookedContracts(booked)
        .pastDue(pastDue).provenance(provenance).build();
  }
}
