package dev.revops.forecast.projection;

import dev.revops.core.InvalidValueException;
import dev.revops.core.aggregate.Accumulator;
import dev.revops.core.deal.Deal;
import dev.revops.core.dimension.Dimension;
import dev.revops.core.dimension.OpenDimension;
import dev.revops.core.metric.ExclusionTally;
import dev.revops.core.metric.MergeCheck;
import dev.revops.core.metric.Provenance;
import dev.revops.core.money.CurrencyMismatchException;
import dev.revops.core.money.Money;
import dev.revops.core.period.Period;
import dev.revops.core.roster.Roster;
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
import java.util.Currency;
import java.util.LinkedHashMap;
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
 * comes the template's collection days (payment terms or DSO) after each invoice; the template's
 * cost to close x probability, rounded once, falls in the close period. Excluded, with the reason:
 * deals not open, without an amount or a positive one, without an expected close date or a
 * template, of a forecast category the scenario leaves out, without a rate into the reporting
 * currency on the close date, or whose contract cannot be scheduled.
 *
 * <p><b>Booked contracts.</b> Their schedule ({@link RevenueSchedule#of(Contract, RevenueOptions,
 * ClosedBooks)}, closed books respected) from the as-of period on, exactly; cash is what their
 * payments record plus what is billed and not collected, expected the collection days after each
 * invoice (overdue: in the as-of period); their template's cost to close in the booking period
 * when it is projected.
 *
 * <p><b>Currencies.</b> Without a reporting currency in the scope, figures are per currency. With
 * one, each record is converted at the rate in force on its close date (open deals) or booking date
 * (contracts): an open deal's price x rate x probability is rounded once; a contract's figures are
 * converted period by period and rounded so each figure's periods sum to its converted total
 * rounded once ({@link Money#roundKeepingSum}). A scope with a reporting currency and no rate table
 * refuses a record in another currency ({@link CurrencyMismatchException}, naming both).
 *
 * <p><b>Groups.</b> With {@link ProjectionOptions#groupBy()}, every record's figures are also
 * summed in its group's rows, so the groups sum exactly to the rows.
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
  static final String NO_RATE = "no exchange rate into the reporting currency on its close or booking date";

  private final ProjectionOptions options;
  private final ProbabilityModel model;
  private final RevenueTemplates templates;
  private final ClosedBooks books;
  private final RevenueOptions revenue;
  private final Period from;
  private final ProjectionCells cells = new ProjectionCells();
  private final TreeMap<List<String>, ProjectionCells> groups = new TreeMap<>(Projection::compareKeys);
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
   * @throws CurrencyMismatchException if the scope has a reporting currency but no rate table and
   *     the record (or its fixed cost to close) is in another currency
   */
  @Override
  public void add(ProjectionRecord record) {
    Objects.requireNonNull(record, "record");
    if (record instanceof ProjectionRecord.OpenDeal d) {
      addDeal(d.deal());
    } else {
      addBooked((ProjectionRecord.Booked) record);
    }
  }

  /** Group keys in the order of their values, dimension by dimension. */
  private static int compareKeys(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  private void addDeal(Deal deal) {
    Optional<String> reason = excludedBecause(deal);
    if (reason.isPresent()) {
      excluded.add(reason.get(), deal.id());
      return;
    }
    RevenueTemplate t = templates.forDeal(deal).get();
    LocalDate expected = deal.expectedCloseDate().get().plusDays(options.slipDays());
    boolean late = expected.isBefore(options.scope().asOfDate());
    LocalDate close = late ? options.scope().asOfDate() : expected;
    Money amount = deal.amount().get();
    Optional<Projected.Fx> fx = fx(amount.getCurrency(), close);
    Optional<Optional<BigDecimal>> closeCost = fx.flatMap(f -> closeCost(t, amount, f, close));
    if (closeCost.isEmpty()) {
      excluded.add(NO_RATE, deal.id());
      return;
    }
    BigDecimal p = model.probability(deal).toBigDecimal();
    Projected projected;
    try {
      Contract c = Contract.asIfWon(deal, close, t.obligations(close, amount, options.scope().zone()), t.billing(close));
      ContractSchedule s = RevenueSchedule.of(c, revenue);
      projected = Projected.openDeal(s, p, t, fx.get(), closeCost.get(), options.scope().periodOf(close),
          options.scope());
    } catch (InvalidValueException | ArithmeticException e) {
      excluded.add(UNSCHEDULABLE, deal.id());
      return;
    }
    openDeals++;
    pastDue += late ? 1 : 0;
    sum(projected, 1, Optional.of(deal), close);
    ranges.add(deal.id(), p, projected);
  }

  /**
   * The figure currency of a record in a currency closing on a date, and the rate into it: its own
   * currency without a reporting currency; else the reporting currency at the rate in force.
   *
   * @return empty when the rate table has no rate of that pair on that date
   * @throws CurrencyMismatchException when the scope has a reporting currency but no rate table at
   *     all and the record is in another currency
   */
  private Optional<Projected.Fx> fx(Currency currency, LocalDate on) {
    Currency into = options.scope().reportingCurrency().orElse(currency);
    return rate(currency, into, on).map(r -> new Projected.Fx(into, r));
  }

  private Optional<BigDecimal> rate(Currency from, Currency to, LocalDate on) {
    if (!from.equals(to) && options.scope().exchangeRates().rates().isEmpty()) {
      throw new CurrencyMismatchException(to, from);
    }
    return options.scope().exchangeRates().rate(from, to, on);
  }

  /**
   * A record's whole cost to close in the figure currency, exact: the rate x its amount, or the
   * fixed amount converted on the close date.
   *
   * @return empty when a fixed amount has no rate into the figure currency; else the cost, empty
   *     when the template has none
   */
  private Optional<Optional<BigDecimal>> closeCost(RevenueTemplate t, Money amount, Projected.Fx fx, LocalDate on) {
    if (t.costToClose().isEmpty()) {
      return Optional.of(Optional.empty());
    }
    CostToClose c = t.costToClose().get();
    if (c.rate().isPresent()) {
      return Optional.of(Optional.of(amount.getAmount().multiply(c.rate().get()).multiply(fx.rate())));
    }
    Money fixed = c.amount().get();
    return rate(fixed.getCurrency(), fx.into(), on).map(r -> Optional.of(fixed.getAmount().multiply(r)));
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

  private void addBooked(ProjectionRecord.Booked b) {
    Contract contract = b.contract();
    Optional<RevenueTemplate> template = b.template();
    LocalDate booking = contract.bookingDate();
    Optional<Projected.Fx> fx = fx(contract.currency(), booking);
    Optional<Optional<BigDecimal>> closeCost = fx.flatMap(f -> template.isEmpty() ? Optional.of(Optional.empty())
        : closeCost(template.get(), contract.transactionPrice(), f, booking));
    if (closeCost.isEmpty()) {
      excluded.add(NO_RATE, contract.id());
      return;
    }
    Projected projected;
    try {
      ContractSchedule s = RevenueSchedule.of(contract, revenue, books);
      int days = template.map(RevenueTemplate::collectionDays).orElse(options.bookedPaymentTermsDays());
      projected = Projected.booked(s, from, days, template.flatMap(RevenueTemplate::grossMarginRate),
          closeCost.get(), options.scope().periodOf(booking), fx.get(), options.scope());
    } catch (InvalidValueException | ArithmeticException e) {
      excluded.add(UNSCHEDULABLE, contract.id());
      return;
    }
    booked++;
    sum(projected, 0, b.deal(), b.deal().flatMap(Deal::closedDate).orElse(booking));
    ranges.addBooked(projected);
  }

  /** Adds a record's figures into the cells and its group's: booked (part 0) or pipeline (part 1). */
  private void sum(Projected p, int part, Optional<Deal> deal, LocalDate credit) {
    cells.add(p, part);
    if (!options.groupBy().isEmpty()) {
      groups.computeIfAbsent(key(deal, credit), k -> new ProjectionCells()).add(p, part);
    }
  }

  /** A record's group: its deal's value of each dimension on the credit day, {@code none} without a deal. */
  private List<String> key(Optional<Deal> deal, LocalDate credit) {
    List<String> key = new ArrayList<>(options.groupBy().size());
    Roster roster = options.roster().orElse(Roster.empty());
    for (OpenDimension d : options.groupBy()) {
      key.add(deal.map(x -> d.valueOf(x, Optional.of(options.scope().periodOf(credit)), roster, credit))
          .orElse(Dimension.NONE));
    }
    return key;
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
    cells.merge(other.cells);
    other.groups.forEach((k, c) -> groups.computeIfAbsent(k, x -> new ProjectionCells()).merge(c));
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
    boolean costToClose = templates.templates().stream().anyMatch(t -> t.costToClose().isPresent());
    List<ProjectionRow> rows = cells.rows(costToClose);
    List<ProjectionGroup> grouped = new ArrayList<>();
    groups.forEach((k, c) -> {
      Map<String, String> named = new LinkedHashMap<>();
      for (int i = 0; i < k.size(); i++) {
        named.put(options.groupBy().get(i).name(), k.get(i));
      }
      grouped.add(new ProjectionGroup.Builder().putAllGroup(named).addAllRows(c.rows(costToClose)).build());
    });
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
        .addAllRows(rows).addAllGroups(grouped).addAllRanges(ranges.result(rows)).openDeals(openDeals).bookedContracts(booked)
        .pastDue(pastDue).provenance(provenance).build();
  }
}
