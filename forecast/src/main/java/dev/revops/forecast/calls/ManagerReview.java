package dev.revops.forecast.calls;

import dev.revops.core.roster.CreditDate;
import dev.revops.core.aggregate.Accumulator;
import dev.revops.core.deal.Deal;
import dev.revops.core.metric.ExclusionTally;
import dev.revops.core.metric.MergeCheck;
import dev.revops.core.metric.Provenance;
import dev.revops.core.money.Money;
import dev.revops.core.period.Period;
import dev.revops.core.pipeline.ForecastCategory;
import dev.revops.core.roster.Roster;
import dev.revops.core.roster.RosterEntry;
import dev.revops.core.scope.Scope;
import dev.revops.forecast.conversion.ProbabilityModel;
import dev.revops.forecast.pipeline.PeriodRange;
import dev.revops.forecast.pipeline.PipelineOptions;
import dev.revops.forecast.pipeline.RangeForecast;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The Wednesday review per manager, as an accumulator: {@link #add} deals, {@link #merge}
 * accumulators of other deals, read a row per manager: target, call, the called category's roll-up
 * without and with adjustments, the system forecast with its P10-P90, and the gaps.
 *
 * <p>How each figure is found, for a manager m and the period reviewed:
 * <ul>
 *   <li>deals: as {@link HierarchyRollup} counts them (won, and open not Omitted), each credited on
 *       its {@link CreditDate} to its owner's chain; m's figures cover m's own deals and everyone's
 *       below m;</li>
 *   <li>target: {@link TargetRollup} on the roster of the as-of date (m's team target where set,
 *       else the roll-up of own targets; both are in the row);</li>
 *   <li>call: m's latest {@link ForecastCall} of the period, category and currency submitted on or
 *       before the as-of instant;</li>
 *   <li>without and with adjustments: {@link AdjustedForecast} of the category;</li>
 *   <li>system forecast and P10-P90: a {@link RangeForecast} of m's deals of the period (the same
 *       enumeration, seeded simulation or normal approximation, so the same seed gives the same
 *       range); system forecast = closed won + weighted pipeline, its expected value.</li>
 * </ul>
 * The rows are the people at the options' level on the as-of date, or else every person someone
 * reports to on it, from the top down.
 *
 * <p>Merge-safe: the roll-up and every range merge exactly, so any split of the deals gives the
 * result of one pass. Memory: the roll-up's rows, and per person the open deals of the period kept
 * for the simulation (up to the range settings' limit, a normal approximation beyond). Not
 * thread-safe: use one per thread.
 *
 * <pre>{@code
 * ManagerReview review = new ManagerReview(options, BuiltInModel.DEAL_EFFECTIVE);
 * deals.forEach(review::add);
 * review.result().row("bo").get().targetMinusCall();
 * }</pre>
 */
public final class ManagerReview implements Accumulator<Deal, ManagerReviewResult, ManagerReview> {
  private final ManagerReviewOptions options;
  private final ProbabilityModel model;
  private final Period period;
  private final CallLens lens;
  private final PipelineOptions rangeOptions;
  private final HierarchyRollup rollup;
  private final Map<String, RangeForecast> ranges = new HashMap<>();

  /**
   * An empty review.
   *
   * @param options the roster, scope, period, category, currency, targets, calls and adjustments
   * @param model where each open deal's probability comes from
   * @throws dev.revops.core.InvalidValueException if the period is not a label of the scope's calendar
   */
  public ManagerReview(ManagerReviewOptions options, ProbabilityModel model) {
    this.options = Objects.requireNonNull(options, "options");
    this.model = Objects.requireNonNull(model, "model");
    Scope scope = options.callOptions().scope();
    this.period = scope.fiscalCalendar().parse(scope.periodKind(), options.period());
    this.lens = new CallLens(options.callOptions());
    this.rangeOptions = PipelineOptions.builder().scope(scope).build();
    this.rollup = new HierarchyRollup(options.callOptions());
  }

  /**
   * Counts a deal for its owner and everyone above them, or records why not (in the roll-up).
   *
   * @param deal any deal
   */
  @Override
  public void add(Deal deal) {
    rollup.add(Objects.requireNonNull(deal, "deal"));
    CallLens.Seen s = lens.see(deal);
    if (s.excludedBecause().isPresent() || s.category() == ForecastCategory.OMITTED || !s.period().equals(period)) {
      return;
    }
    Roster roster = options.callOptions().roster();
    String owner = deal.owner().orElseThrow();
    if (roster.entryOf(owner, s.creditDate()).isEmpty()) {
      return;
    }
    for (String person : roster.chainOf(owner, s.creditDate())) {
      ranges.computeIfAbsent(person, p -> new RangeForecast(rangeOptions, model, options.rangeSettings())).add(deal);
    }
  }

  /**
   * Adds what another review, built with the same options and model, counted.
   *
   * @param other a review of other deals
   * @return this review
   * @throws IllegalArgumentException if the other was built differently, or is this one
   */
  @Override
  public ManagerReview merge(ManagerReview other) {
    MergeCheck.of("manager review", this, other).same("options", options, other.options)
        .same("probability model", model.ref(), other.model.ref());
    rollup.merge(other.rollup);
    other.ranges.forEach((p, r) -> ranges.computeIfAbsent(p,
        x -> new RangeForecast(rangeOptions, model, options.rangeSettings())).merge(r));
    return this;
  }

  /**
   * The rows so far.
   *
   * @return a row per manager, with the roll-ups they come from
   */
  @Override
  public ManagerReviewResult result() {
    Scope scope = options.callOptions().scope();
    HierarchyResult h = rollup.result();
    AdjustedResult adjusted = AdjustedForecast.of(h, options.period(), options.category(), options.currency(),
        options.adjustments(), scope);
    TargetRollupResult targets = TargetRollup.of(options.targets(), options.callOptions().roster(),
        scope.asOfDate(), scope);
    ExclusionTally callsExcluded = new ExclusionTally(scope.exampleLimit());
    Map<String, ForecastCall> calls = latestCalls(callsExcluded);
    List<ManagerRow> rows = new ArrayList<>();
    for (String person : people()) {
      rows.add(row(person, adjusted, targets, Optional.ofNullable(calls.get(person))));
    }
    Provenance provenance = Provenance.builder().definition(CallMetrics.MANAGER_REVIEW)
        .addAllBasedOn(scope.basedOn()).addBasedOn(model.ref()).asOf(scope.asOf())
        .counted(h.provenance().counted()).addAllExcluded(h.provenance().excluded()).build();
    return ImmutableManagerReviewResult.builder().period(options.period()).category(options.category())
        .currency(options.currency()).creditDate(options.callOptions().creditDate()).probabilityModel(model.ref())
        .rangeSettings(options.rangeSettings()).addAllRows(rows).targets(targets).adjusted(adjusted)
        .callsUsed(calls.size()).addAllCallsExcluded(callsExcluded.result()).provenance(provenance).build();
  }

  /** Each caller's latest call of the period, category and currency on or before the as-of instant. */
  private Map<String, ForecastCall> latestCalls(ExclusionTally excluded) {
    List<ForecastCall> sorted = new ArrayList<>(options.calls());
    sorted.sort(Comparator.comparing(ForecastCall::submittedAt).thenComparing(ForecastCall::caller));
    Map<String, ForecastCall> latest = new HashMap<>();
    for (ForecastCall c : sorted) {
      String id = c.caller() + "@" + c.submittedAt();
      if (!c.period().equals(options.period()) || c.category() != options.category()
          || !c.amount().getCurrency().equals(options.currency())) {
        excluded.add("other-period-category-or-currency", id);
      } else if (c.submittedAt().isAfter(options.callOptions().scope().asOf())) {
        excluded.add("after-as-of", id);
      } else {
        ForecastCall before = latest.put(c.caller(), c);
        if (before != null) {
          excluded.add("superseded", before.caller() + "@" + before.submittedAt());
        }
      }
    }
    return latest;
  }

  /** The people at the options' level on the as-of date, or everyone someone reports to; top first. */
  private List<String> people() {
    Roster roster = options.callOptions().roster();
    LocalDate day = options.callOptions().scope().asOfDate();
    TreeSet<String> people = new TreeSet<>();
    for (RosterEntry e : roster.entries()) {
      if (!e.covers(day)) {
        continue;
      }
      if (options.level().isPresent()) {
        e.level().filter(options.level().get()::equals).ifPresent(l -> people.add(e.person()));
      } else {
        e.manager().ifPresent(people::add);
      }
    }
    List<String> out = new ArrayList<>(people);
    out.sort(Comparator.comparingInt((String p) -> roster.chainOf(p, day).size()).thenComparing(p -> p));
    return out;
  }

  private ManagerRow row(String person, AdjustedResult adjusted, TargetRollupResult targets,
      Optional<ForecastCall> call) {
    Roster roster = options.callOptions().roster();
    LocalDate day = options.callOptions().scope().asOfDate();
    Money zero = Money.zero(options.currency());
    Optional<AdjustedRow> a = adjusted.row(person);
    Optional<TargetRollupRow> t = targets.row(options.period(), person, options.currency());
    Optional<PeriodRange> range = Optional.ofNullable(ranges.get(person)).flatMap(r -> r.result().periods().stream()
        .filter(p -> p.period().equals(period) && p.closedWon().getCurrency().equals(options.currency())).findFirst());
    Money won = range.map(PeriodRange::closedWon).orElse(zero);
    Money expected = range.map(PeriodRange::expected).orElse(zero);
    return ImmutableManagerRow.builder().person(person).level(roster.levelOf(person, day))
        .reportsTo(roster.entryOf(person, day).flatMap(RosterEntry::manager))
        .target(t.map(TargetRollupRow::target)).targets(t)
        .call(call.map(ForecastCall::amount)).calledAt(call.map(ForecastCall::submittedAt))
        .withoutAdjustments(a.map(AdjustedRow::withoutAdjustments).orElse(zero))
        .adjusted(a.map(AdjustedRow::adjusted).orElse(zero)).closedWon(won).weightedPipeline(expected.minus(won))
        .systemForecast(expected).openDeals(range.map(PeriodRange::openDeals).orElse(0L))
        .wonDeals(range.map(PeriodRange::wonDeals).orElse(0L)).p10(range.map(PeriodRange::p10))
        .p50(range.map(PeriodRange::p50)).p90(range.map(PeriodRange::p90)).rangeMethod(range.map(PeriodRange::method))
        .build();
  }
}
