package dev.revops.forecast;

import dev.revops.core.scope.Scope;
import dev.revops.core.metric.MergeRules;
import dev.revops.core.period.FiscalCalendar;
import dev.revops.core.period.Period;
import dev.revops.core.period.PeriodKind;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.TestPipelines;
import dev.revops.core.scope.Scope;
import dev.revops.forecast.conversion.Calibration;
import dev.revops.forecast.conversion.ConversionOptions;
import dev.revops.forecast.conversion.HoldOut;
import dev.revops.forecast.conversion.NaiveBayesCounts;
import dev.revops.forecast.conversion.TransitionCounts;
import dev.revops.forecast.conversion.BuiltInModel;
import dev.revops.core.dimension.Dimension;
import dev.revops.core.lead.LeadFunnel;
import dev.revops.core.lead.LifecycleDefinition;
import dev.revops.forecast.funnel.ConversionRule;
import dev.revops.forecast.funnel.Funnel;
import dev.revops.forecast.funnel.FunnelOptions;
import dev.revops.forecast.pipeline.ForecastRollup;
import dev.revops.forecast.pipeline.PipelineOptions;
import dev.revops.forecast.pipeline.RangeForecast;
import dev.revops.forecast.pipeline.RangeSettings;
import dev.revops.forecast.pipeline.WeightedPipeline;
import dev.revops.forecast.revenue.PeriodClose;
import dev.revops.forecast.revenue.RevenueBridge;
import dev.revops.forecast.revenue.RevenueOptions;
import dev.revops.forecast.revenue.RevenueRollForward;
import dev.revops.forecast.revenue.RevenueWaterfall;
import dev.revops.forecast.recurring.Cohorts;
import dev.revops.forecast.recurring.CustomerHistories;
import dev.revops.forecast.recurring.MrrMovements;
import dev.revops.forecast.recurring.RecurringOptions;
import dev.revops.forecast.recurring.RenewalOptions;
import dev.revops.forecast.recurring.Renewals;
import dev.revops.forecast.recurring.RetentionDefinitions;
import dev.revops.forecast.recurring.RetentionRates;
import dev.revops.forecast.review.ExecutionReview;
import dev.revops.forecast.review.ForecastReconciliation;
import dev.revops.forecast.review.PipelineReview;
import dev.revops.forecast.review.PipelineState;
import dev.revops.forecast.review.ReviewOptions;
import dev.revops.forecast.velocity.SalesVelocity;
import dev.revops.forecast.velocity.StageVelocity;
import dev.revops.forecast.velocity.VelocityOptions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The merge rules (see {@code MergeCheck}) for every accumulator of {@code forecast}: null refused
 * naming the argument, merging into itself refused, merging one built differently refused naming the
 * difference.
 */
class AccumulatorMergeRulesTest {
  static final PipelineDefinition DEF = TestPipelines.standard();
  static final LocalDate AS_OF = LocalDate.parse("2026-10-01");
  static final LocalDate LATER = LocalDate.parse("2026-10-02");
  static final PipelineOptions PIPELINE = PipelineOptions.builder().scope(Scope.asOf(AS_OF)).build();
  static final PipelineOptions PIPELINE_LATER = PipelineOptions.builder().scope(Scope.asOf(LATER)).build();
  static final ConversionOptions CONVERSION = ConversionOptions.builder().scope(Scope.asOf(AS_OF)).build();
  static final ConversionOptions CONVERSION_LATER = ConversionOptions.builder().scope(Scope.asOf(LATER)).build();
  static final VelocityOptions VELOCITY = VelocityOptions.builder().scope(Scope.asOf(AS_OF)).build();
  static final VelocityOptions VELOCITY_BY_OWNER = VelocityOptions.builder().scope(Scope.asOf(AS_OF)).addGroupBy(Dimension.OWNER)
      .build();
  static final ReviewOptions REVIEW = review(PeriodKind.QUARTER);
  static final ReviewOptions REVIEW_MONTHS = review(PeriodKind.MONTH);
  static final RevenueOptions REVENUE = RevenueOptions.of(Scope.asOf(AS_OF));
  static final RevenueOptions REVENUE_PARIS = RevenueOptions.of(Scope.builder().asOf(REVENUE.scope().asOf())
      .zone(ZoneId.of("Europe/Paris")).build());
  static final RecurringOptions RECURRING = RecurringOptions.builder().scope(Scope.asOf(AS_OF))
      .from(LocalDate.parse("2026-01-01")).build();
  static final RecurringOptions RECURRING_LATER = RecurringOptions.builder().scope(Scope.asOf(AS_OF))
      .from(LocalDate.parse("2026-02-01")).build();
  static final RenewalOptions RENEWALS = RenewalOptions.builder().scope(Scope.asOf(AS_OF))
      .from(LocalDate.parse("2026-01-01")).build();
  static final Period MARCH = month("2026-03");
  static final Period APRIL = month("2026-04");

  static ReviewOptions review(PeriodKind kind) {
    return ReviewOptions.builder().addStates(PipelineState.of("2026-09-24", Instant.parse("2026-09-24T00:00:00Z")),
        PipelineState.of("2026-10-01", Instant.parse("2026-10-01T00:00:00Z")))
        .scope(Scope.builder().asOf(Instant.parse("2026-10-01T00:00:00Z")).periodKind(kind).build()).build();
  }

  static Period month(String label) {
    return FiscalCalendar.calendarYear().parse(PeriodKind.MONTH, label);
  }

  static Stream<MergeRules.Case<?>> accumulators() {
    return Stream.of(
        new MergeRules.Case<WeightedPipeline>("WeightedPipeline",
            () -> new WeightedPipeline(PIPELINE, BuiltInModel.DEAL_EFFECTIVE),
            () -> new WeightedPipeline(PIPELINE_LATER, BuiltInModel.DEAL_EFFECTIVE), WeightedPipeline::merge,
            a -> a.add(null), "deal", "options: scope.asOf 2026-10-01T00:00:00Z and 2026-10-02T00:00:00Z"),
        new MergeRules.Case<ForecastRollup>("ForecastRollup", () -> new ForecastRollup(PIPELINE),
            () -> new ForecastRollup(PIPELINE_LATER), ForecastRollup::merge, a -> a.add(null), "deal",
            "options: scope.asOf 2026-10-01T00:00:00Z and 2026-10-02T00:00:00Z"),
        new MergeRules.Case<RangeForecast>("RangeForecast",
            () -> new RangeForecast(PIPELINE, BuiltInModel.DEAL_EFFECTIVE, RangeSettings.defaults()),
            () -> new RangeForecast(PIPELINE, BuiltInModel.DEAL_EFFECTIVE, RangeSettings.builder().trials(500).build()),
            RangeForecast::merge, a -> a.add(null), "deal", "range settings: trials 10000 and 500"),
        new MergeRules.Case<TransitionCounts>("TransitionCounts", () -> new TransitionCounts(CONVERSION, DEF),
            () -> new TransitionCounts(CONVERSION_LATER, DEF), TransitionCounts::merge, a -> a.add(null),
            "record", "options: scope.asOf 2026-10-01T00:00:00Z and 2026-10-02T00:00:00Z"),
        new MergeRules.Case<NaiveBayesCounts>("NaiveBayesCounts",
            () -> new NaiveBayesCounts(CONVERSION, DEF, List.of(Dimension.SEGMENT)),
            () -> new NaiveBayesCounts(CONVERSION, DEF, List.of(Dimension.SOURCE)), NaiveBayesCounts::merge,
            a -> a.add(null), "record", "features: [0] segment and source"),
        new MergeRules.Case<Calibration>("Calibration", () -> new Calibration(DEF.ref(), Scope.asOf(AS_OF)),
            () -> new Calibration(BuiltInModel.STAGE_DEFAULT.ref(), Scope.asOf(AS_OF)), Calibration::merge, a -> a.add(null), "prediction",
            "model"),
        new MergeRules.Case<HoldOut>("HoldOut", () -> new HoldOut(DEF, CONVERSION, LATER.plusDays(1), List.of()),
            () -> new HoldOut(DEF, CONVERSION, LATER, List.of()), HoldOut::merge, a -> a.add(null), "record",
            "asOf: 2026-10-03 and 2026-10-02"),
        new MergeRules.Case<StageVelocity>("StageVelocity", () -> new StageVelocity(VELOCITY),
            () -> new StageVelocity(VELOCITY_BY_OWNER), StageVelocity::merge, a -> a.add(null), "record",
            "options: groupBy [] and [\"owner\"]"),
        new MergeRules.Case<SalesVelocity>("SalesVelocity", () -> new SalesVelocity(VELOCITY),
            () -> new SalesVelocity(VELOCITY_BY_OWNER), SalesVelocity::merge, a -> a.add(null), "record",
            "options: groupBy [] and [\"owner\"]"),
        new MergeRules.Case<PipelineReview>("PipelineReview",
            () -> new PipelineReview(REVIEW, DEF, BuiltInModel.DEAL_EFFECTIVE, BuiltInModel.STAGE_DEFAULT),
            () -> new PipelineReview(REVIEW, DEF, BuiltInModel.STAGE_DEFAULT, BuiltInModel.STAGE_DEFAULT),
            PipelineReview::merge, a -> a.add(null), "series", "probability model: id deal-effective and stage-default"),
        new MergeRules.Case<ForecastReconciliation>("ForecastReconciliation",
            () -> new ForecastReconciliation(REVIEW, BuiltInModel.DEAL_EFFECTIVE, List.of(), RangeSettings.defaults()),
            () -> new ForecastReconciliation(REVIEW_MONTHS, BuiltInModel.DEAL_EFFECTIVE, List.of(),
                RangeSettings.defaults()), ForecastReconciliation::merge, a -> a.add(null), "series",
            "options: scope.periodKind QUARTER and MONTH"),
        new MergeRules.Case<ExecutionReview>("ExecutionReview",
            () -> new ExecutionReview(REVIEW, BuiltInModel.DEAL_EFFECTIVE),
            () -> new ExecutionReview(REVIEW_MONTHS, BuiltInModel.DEAL_EFFECTIVE), ExecutionReview::merge,
            a -> a.add(null), "series", "options: scope.periodKind QUARTER and MONTH"),
        new MergeRules.Case<PeriodClose>("PeriodClose", () -> new PeriodClose(REVENUE, MARCH),
            () -> new PeriodClose(REVENUE_PARIS, MARCH), PeriodClose::merge, a -> a.add(null), "schedule",
            "options: scope.workingCalendar.zone Z and Europe/Paris; scope.zone Z and Europe/Paris"),
        new MergeRules.Case<RevenueBridge>("RevenueBridge", () -> new RevenueBridge(REVENUE, MARCH, 10),
            () -> new RevenueBridge(REVENUE, MARCH, 5), RevenueBridge::merge, a -> a.add(null), "schedule",
            "listLimit: 10 and 5"),
        new MergeRules.Case<RevenueRollForward>("RevenueRollForward", () -> new RevenueRollForward(REVENUE, List.of(MARCH)),
            () -> new RevenueRollForward(REVENUE, List.of(MARCH, APRIL)), RevenueRollForward::merge, a -> a.add(null),
            "schedule", "periods: "),
        new MergeRules.Case<RevenueWaterfall>("RevenueWaterfall", () -> new RevenueWaterfall(REVENUE, List.of(MARCH), 10),
            () -> new RevenueWaterfall(REVENUE, List.of(APRIL), 10), RevenueWaterfall::merge, a -> a.add(null), "schedule",
            "periods: "),
        new MergeRules.Case<Funnel>("Funnel", () -> new Funnel(funnel(AS_OF)), () -> new Funnel(funnel(LATER)),
            Funnel::merge, a -> a.add(null), "journey",
            "options: scope.asOf 2026-10-01T00:00:00Z and 2026-10-02T00:00:00Z"),
        new MergeRules.Case<CustomerHistories>("CustomerHistories", CustomerHistories::new, null,
            CustomerHistories::merge, a -> a.add(null), "line", ""),
        new MergeRules.Case<MrrMovements>("MrrMovements", () -> new MrrMovements(RECURRING),
            () -> new MrrMovements(RECURRING_LATER), MrrMovements::merge, a -> a.add(null), "history", "from 2026-01-01 and 2026-02-01"),
        new MergeRules.Case<RetentionRates>("RetentionRates",
            () -> new RetentionRates(RECURRING, RetentionDefinitions.ALL),
            () -> new RetentionRates(RECURRING, List.of(RetentionDefinitions.GROSS_REVENUE_RETENTION)),
            RetentionRates::merge, a -> a.add(null), "history", "definitions"),
        new MergeRules.Case<Cohorts>("Cohorts", () -> new Cohorts(RECURRING), () -> new Cohorts(RECURRING_LATER),
            Cohorts::merge, a -> a.add(null), "history", "from 2026-01-01 and 2026-02-01"),
        new MergeRules.Case<Renewals>("Renewals", () -> new Renewals(RENEWALS),
            () -> new Renewals(RenewalOptions.builder().from(RENEWALS.from()).scope(RENEWALS.scope()).gapDays(10).build()),
            Renewals::merge, a -> a.add(null), "term", "gapDays 30 and 10"));
  }

  static FunnelOptions funnel(LocalDate asOf) {
    return FunnelOptions.builder().scope(Scope.asOf(asOf))
        .funnel(LeadFunnel.of(LifecycleDefinition.hubspotDefault(), "MQL", "won")).addRules(ConversionRule.COHORT)
        .build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("accumulators")
  void keeps_the_merge_rules(MergeRules.Case<?> c) {
    MergeRules.check(c);
  }
}
