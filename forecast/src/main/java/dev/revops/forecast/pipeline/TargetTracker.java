package dev.revops.forecast.pipeline;

import dev.revops.core.aggregate.Accumulator;
import dev.revops.core.deal.Deal;
import dev.revops.core.dimension.Dimension;
import dev.revops.core.dimension.OpenDimension;
import dev.revops.core.metric.MergeCheck;
import dev.revops.forecast.conversion.ProbabilityModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How targets stand against the deals, as an accumulator: {@link #add} deals, {@link #merge}
 * trackers of other deals, read one {@link TargetAttainment} per target.
 *
 * <p>Each target is compared with figures grouped by exactly its own dimensions: the targets are
 * grouped by the set of dimensions they are split by (none for a whole-pipeline target, owner for
 * a per-owner target...), and each such set gets a {@link ForecastRollup} grouped by it and a
 * {@link WeightedPipeline} grouped by it and the close period, all fed in the same pass. So a
 * per-owner target and a whole-pipeline target of the same period are both compared like with
 * like, whatever the other targets are. The options' own grouping is not used (each set of
 * dimensions replaces it); their scope and window are.
 *
 * <p>Of the options' {@link dev.revops.core.scope.Scope}, what {@link ForecastRollup} and {@link
 * WeightedPipeline} use; the targets' period labels are read in its period kind and fiscal
 * calendar.
 *
 * <p>Merging merges the roll-ups and weighted pipelines, which are exact: any split of the deals
 * gives the result of one pass. Not thread-safe: use one tracker per thread.
 *
 * <pre>{@code
 * TargetTracker tracker = new TargetTracker(targets, options, BuiltInModel.DEAL_EFFECTIVE);
 * deals.forEach(tracker::add);
 * List<TargetAttainment> attainment = tracker.result();   // in the targets' order
 * }</pre>
 */
public final class TargetTracker implements Accumulator<Deal, List<TargetAttainment>, TargetTracker> {
  /** The targets split by one set of dimensions, and the aggregates they are compared with. */
  private static final class Group {
    final List<Integer> targets = new ArrayList<>();
    final ForecastRollup rollup;
    final WeightedPipeline weighted;

    Group(ForecastRollup rollup, WeightedPipeline weighted) {
      this.rollup = rollup;
      this.weighted = weighted;
    }
  }

  private final List<Target> targets;
  private final PipelineOptions options;
  private final ProbabilityModel model;
  private final Map<List<OpenDimension>, Group> groups = new LinkedHashMap<>();

  /**
   * An empty tracker.
   *
   * @param targets the targets, in the order results are wanted
   * @param options the scope and window the figures are computed in (their grouping is not used)
   * @param model where each open deal's probability comes from, for the weighted pipeline
   */
  public TargetTracker(List<Target> targets, PipelineOptions options, ProbabilityModel model) {
    this.targets = List.copyOf(Objects.requireNonNull(targets, "targets"));
    this.options = Objects.requireNonNull(options, "options");
    this.model = Objects.requireNonNull(model, "model");
    for (int i = 0; i < this.targets.size(); i++) {
      List<OpenDimension> dimensions = dimensionsOf(this.targets.get(i));
      groups.computeIfAbsent(dimensions, this::group).targets.add(i);
    }
  }

  /**
   * The dimensions a target is split by, in the order of their keys.
   *
   * @param target a target
   * @return its dimensions; empty for a whole-pipeline target
   */
  static List<OpenDimension> dimensionsOf(Target target) {
    return target.group().keySet().stream().map(OpenDimension::parse).toList();
  }

  private Group group(List<OpenDimension> dimensions) {
    List<OpenDimension> withPeriod = new ArrayList<>(dimensions);
    withPeriod.add(OpenDimension.of(Dimension.CLOSE_PERIOD));
    return new Group(new ForecastRollup(options.groupedBy(dimensions)),
        new WeightedPipeline(options.groupedBy(withPeriod), model));
  }

  @Override
  public void add(Deal deal) {
    Objects.requireNonNull(deal, "deal");
    for (Group g : groups.values()) {
      g.rollup.add(deal);
      g.weighted.add(deal);
    }
  }

  /**
   * Adds the counts of another tracker, built with the same targets, options and model.
   *
   * @param other a tracker of other deals
   * @return this tracker
   * @throws IllegalArgumentException if the other was built differently
   */
  @Override
  public TargetTracker merge(TargetTracker other) {
    MergeCheck.of("target tracker", this, other).same("targets", targets, other.targets)
        .same("options", options, other.options).same("probability model", model.ref(), other.model.ref());
    groups.forEach((dimensions, g) -> {
      Group o = other.groups.get(dimensions);
      g.rollup.merge(o.rollup);
      g.weighted.merge(o.weighted);
    });
    return this;
  }

  /**
   * How each target stands so far.
   *
   * @return one attainment per target, in the targets' order
   */
  @Override
  public List<TargetAttainment> result() {
    TargetAttainment[] out = new TargetAttainment[targets.size()];
    for (Group g : groups.values()) {
      List<Target> mine = g.targets.stream().map(targets::get).toList();
      List<TargetAttainment> a = TargetAttainment.of(mine, g.rollup.result(), Optional.of(g.weighted.result()));
      for (int i = 0; i < a.size(); i++) {
        out[g.targets.get(i)] = a.get(i);
      }
    }
    return List.copyOf(Arrays.asList(out));
  }
}
