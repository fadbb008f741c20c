package dev.revops.forecast.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.columnar.DealBatch;
import dev.revops.core.deal.Deal;
import dev.revops.core.deal.DealArbitraryProvider;
import dev.revops.core.deal.ProbabilityOverride;
import dev.revops.core.dimension.Dimension;
import dev.revops.core.money.Money;
import dev.revops.core.period.FiscalCalendar;
import dev.revops.core.period.PeriodKind;
import dev.revops.core.probability.Probability;
import dev.revops.core.scope.Scope;
import dev.revops.forecast.conversion.BuiltInModel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * A batch of extreme deals weighs as deal by deal: amounts near {@code Long.MAX_VALUE} minor units,
 * costs up to 2^63, margin rates of every scale from 0 to 18 in one batch (negative ones near 2^63,
 * which take the sums past a long), overrides of up to 18 decimals, close dates a million days from
 * 1970, a fiscal year from February, months or quarters, a far zone, with and without a window:
 * the same result, or the same overflow error, on both paths.
 */
class WeightedPipelineBatchExtremesProperties {
  @Property(tries = 400)
  void a_batch_of_extreme_deals_weighs_as_deal_by_deal_or_overflows_alike(
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
    Random r = new Random(seed);
    List<Deal> deals = new ArrayList<>();
    List<Deal> base = DealArbitraryProvider.deals().list().ofSize(30).generator(1000).next(new Random(seed))
        .value();
    for (Deal d : base) {
      Optional<Money> amount = d.amount();
      Optional<Money> cost = d.costToClose();
      Optional<BigDecimal> margin = d.projectedMarginRate();
      Optional<ProbabilityOverride> override = d.probabilityOverride();
      Optional<LocalDate> close = d.expectedCloseDate();
      Optional<LocalDate> created = d.createdDate();
      Optional<LocalDate> closed = d.closedDate();
      if (amount.isPresent()) {
        long a = switch (r.nextInt(4)) {
          case 0 -> Long.MAX_VALUE / (1 + r.nextInt(5));
          case 1 -> r.nextLong() >>> (1 + r.nextInt(63));
          default -> r.nextInt(100000);
        };
        amount = Optional.of(Money.ofMinor(amount.get().getCurrency(), a));
        cost = r.nextBoolean() ? Optional.empty()
            : Optional.of(Money.ofMinor(amount.get().getCurrency(), r.nextLong() >>> (1 + r.nextInt(63))));
      }
      if (r.nextBoolean()) {
        int scale = r.nextInt(19);
        long u = r.nextBoolean() ? -(r.nextLong() >>> 1) : (long) Math.pow(10, scale) / (1 + r.nextInt(9));
        margin = Optional.of(BigDecimal.valueOf(u, scale));
      }
      if (d.isOpen() && r.nextInt(3) == 0) {
        int scale = r.nextInt(19);
        BigDecimal p = BigDecimal.valueOf(Math.floorMod(r.nextLong(), (long) Math.pow(10, scale) + 1), scale);
        override = Optional.of(ProbabilityOverride.of(Probability.of(p), "x"));
      }
      if (r.nextInt(5) == 0) {
        close = Optional.of(LocalDate.ofEpochDay(r.nextInt(2_000_000) - 1_000_000));
        created = Optional.empty();
        if (d.isClosed()) {
          closed = Optional.of(LocalDate.ofEpochDay(1_500_000));
        }
      }
      deals.add(Deal.builder().id(d.id()).name(d.name()).account(d.account()).owner(d.owner()).source(d.source())
          .segment(d.segment()).product(d.product()).stage(d.stage()).amount(amount).costToClose(cost)
          .probabilityOverride(override).forecastCategoryOverride(d.forecastCategoryOverride())
          .createdDate(created).expectedCloseDate(close).closedDate(closed)
          .projectedMarginRate(margin).putAllAttributes(d.attributes()).build());
    }
    List<List<Dimension>> groups = List.of(List.of(), List.of(Dimension.CLOSE_PERIOD),
        List.of(Dimension.OWNER, Dimension.CLOSE_PERIOD, Dimension.STAGE));
    Scope scope = Scope.builder().asOf(LocalDate.parse("2026-10-01"), ZoneId.of("Pacific/Kiritimati"))
        .periodKind(r.nextBoolean() ? PeriodKind.QUARTER : PeriodKind.MONTH)
        .fiscalCalendar(FiscalCalendar.startingIn(Month.FEBRUARY)).build();
    PipelineOptions.Builder ob = PipelineOptions.builder().scope(scope);
    groups.get(r.nextInt(3)).forEach(ob::addGroupBy);
    if (r.nextBoolean()) {
      ob.windowStart(LocalDate.parse("2022-03-01")).windowEnd(LocalDate.parse("2027-02-01"));
    }
    PipelineOptions options = ob.build();
    BuiltInModel model = r.nextBoolean() ? BuiltInModel.DEAL_EFFECTIVE : BuiltInModel.STAGE_DEFAULT;
    // keep only a subset so that not every case overflows
    List<Deal> sub = deals.subList(0, 1 + r.nextInt(deals.size()));
    WeightedPipeline one = new WeightedPipeline(options, model);
    WeightedPipeline batch = new WeightedPipeline(options, model);
    Object a = WeightedPipelineBatchProperties.outcome(() -> { sub.forEach(one::add); return one.result(); });
    Object c = WeightedPipelineBatchProperties.outcome(() -> batch.addAll(DealBatch.of(sub)).result());
    assertEquals(a, c);
  }
}
