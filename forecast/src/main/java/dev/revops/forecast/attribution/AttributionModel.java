package dev.revops.forecast.attribution;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.touch.DealJourney;
import dev.revops.core.touch.Touch;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An attribution model as a named, versioned definition (data, JSON round-trip).
 *
 * <p>The rules, for a deal's <em>eligible</em> touches (those at or before its conversion):
 * <ul>
 *   <li>{@link ModelKind#POSITION}: each milestone's weight goes to the touch the milestone names
 *       (see {@link Milestone}); milestones on the same touch add up on it; a milestone naming no
 *       touch drops its weight. The middle weight is shared equally by the eligible touches that
 *       hold no weighted milestone; with no such touch it is dropped.</li>
 *   <li>{@link ModelKind#TIME_DECAY}: weight 2^(-age / half-life), computed to 16 significant digits.</li>
 *   <li>The weights left are applied in proportion: a journey with one touch gives it everything.
 *       When every weight is zero (e.g. no touch at or before lead creation) the deal is not
 *       credited by this model and is reported excluded.</li>
 * </ul>
 *
 * <p>Rules, checked at construction, all reported at once: the id and name are not blank; the
 * version is at least 1; weights are not negative and leave a positive total; a time-decay model
 * has a positive half-life; under {@link WeightNormalisation#SUM_TO_ONE} the milestone weights and
 * the middle weight sum to exactly 1.
 *
 * <p>JSON: {@code {"id": "w-shaped", "version": 1, "name": "W-shaped", "kind": "POSITION",
 * "milestoneWeights": {"FIRST_TOUCH": 0.3, "LEAD_CREATION": 0.3, "OPPORTUNITY_CREATION": 0.3},
 * "middleWeight": 0.1, "normalisation": "SUM_TO_ONE"}}.
 *
 * <pre>{@code
 * AttributionModel legacy = AttributionModel.builder().id("legacy").version(1).name("Legacy 50/30/20")
 *     .kind(ModelKind.POSITION).putMilestoneWeights(Milestone.FIRST_TOUCH, new BigDecimal("50"))
 *     .putMilestoneWeights(Milestone.LAST_TOUCH, new BigDecimal("30")).middleWeight(new BigDecimal("20"))
 *     .normalisation(WeightNormalisation.PROPORTIONAL).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAttributionModel.class)
@JsonDeserialize(as = ImmutableAttributionModel.class)
public abstract class AttributionModel {

  private static final MathContext DECAY = MathContext.DECIMAL64;

  /** First touch: all credit to the earliest touch. */
  public static final AttributionModel FIRST_TOUCH = single("first-touch", "First touch", Milestone.FIRST_TOUCH);
  /** Last touch: all credit to the latest touch at or before the conversion. */
  public static final AttributionModel LAST_TOUCH = single("last-touch", "Last touch", Milestone.LAST_TOUCH);
  /** Lead creation: all credit to the latest touch at or before lead creation. */
  public static final AttributionModel LEAD_CREATION = single("lead-creation", "Lead creation touch",
      Milestone.LEAD_CREATION);
  /** Opportunity creation: all credit to the latest touch at or before opportunity creation. */
  public static final AttributionModel OPPORTUNITY_CREATION = single("opportunity-creation",
      "Opportunity creation touch", Milestone.OPPORTUNITY_CREATION);
  /** Linear: every eligible touch the same weight. */
  public static final AttributionModel LINEAR = position("linear", "Linear", Map.of(), "1");
  /** U-shaped (first and lead creation): 40% first, 40% lead creation, 20% shared by the middle. */
  public static final AttributionModel U_SHAPED_LEAD = position("u-shaped-first-lead",
      "U-shaped (first touch and lead creation)",
      Map.of(Milestone.FIRST_TOUCH, "0.4", Milestone.LEAD_CREATION, "0.4"), "0.2");
  /** U-shaped (first and last): 40% first, 40% last, 20% shared by the middle. */
  public static final AttributionModel U_SHAPED_LAST = position("u-shaped-first-last",
      "U-shaped (first and last touch)", Map.of(Milestone.FIRST_TOUCH, "0.4", Milestone.LAST_TOUCH, "0.4"), "0.2");
  /** W-shaped: 30% first, 30% lead creation, 30% opportunity creation, 10% middle. */
  public static final AttributionModel W_SHAPED = position("w-shaped", "W-shaped",
      Map.of(Milestone.FIRST_TOUCH, "0.3", Milestone.LEAD_CREATION, "0.3", Milestone.OPPORTUNITY_CREATION, "0.3"),
      "0.1");
  /** Full path: 22.5% each on first, lead creation, opportunity creation and last; 10% middle. */
  public static final AttributionModel FULL_PATH = position("full-path", "Full path",
      Map.of(Milestone.FIRST_TOUCH, "0.225", Milestone.LEAD_CREATION, "0.225",
          Milestone.OPPORTUNITY_CREATION, "0.225", Milestone.LAST_TOUCH, "0.225"), "0.1");
  /** Time decay with a 7-day half-life. */
  public static final AttributionModel TIME_DECAY_7_DAYS = timeDecay("time-decay-7d", "Time decay (7-day half-life)",
      Duration.ofDays(7));

  /** Only the generated implementation extends this class, so every instance is validated. */
  AttributionModel() {}

  /**
   * The model's id, for example {@code w-shaped}.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The definition's version.
   *
   * @return at least 1
   */
  public abstract int version();

  /**
   * A display name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Position weights or time decay.
   *
   * @return the kind
   */
  public abstract ModelKind kind();

  /**
   * The weights of milestones (position models).
   *
   * @return milestone to weight, none negative
   */
  public abstract Map<Milestone, BigDecimal> milestoneWeights();

  /**
   * The weight shared equally by the middle touches (position models).
   *
   * @return the weight, not negative; zero unless set
   */
  @Value.Default
  public BigDecimal middleWeight() {
    return BigDecimal.ZERO;
  }

  /**
   * The half-life of time decay.
   *
   * @return the half-life (time decay only), positive
   */
  public abstract Optional<Duration> halfLife();

  /**
   * What the declared weights must sum to.
   *
   * @return the normalisation rule
   */
  public abstract WeightNormalisation normalisation();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds models; see {@link AttributionModel} for the rules. */
  public static final class Builder extends ImmutableAttributionModel.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("attribution model " + id());
    v.text("id", id());
    v.text("name", name());
    v.check(version() >= 1, "version", version(), "must be at least 1");
    if (kind() == ModelKind.TIME_DECAY) {
      v.check(halfLife().filter(h -> !h.isZero() && !h.isNegative()).isPresent(), "halfLife", halfLife(),
          "must be a positive duration for a time decay model");
      v.throwIfInvalid();
      return;
    }
    v.check(halfLife().isEmpty(), "halfLife", halfLife(), "must be absent for a position model");
    BigDecimal sum = middleWeight();
    for (Map.Entry<Milestone, BigDecimal> e : milestoneWeights().entrySet()) {
      v.check(e.getValue().signum() >= 0, "milestoneWeights." + e.getKey(), e.getValue(), "must not be negative");
      sum = sum.add(e.getValue());
    }
    v.check(middleWeight().signum() >= 0, "middleWeight", middleWeight(), "must not be negative");
    v.check(sum.signum() > 0, "milestoneWeights", sum, "must leave a positive total weight with the middle weight");
    v.check(normalisation() != WeightNormalisation.SUM_TO_ONE || sum.compareTo(BigDecimal.ONE) == 0,
        "milestoneWeights", sum, "must sum to 1 with the middle weight under normalisation SUM_TO_ONE",
        "use PROPORTIONAL to scale weights of another sum");
    v.throwIfInvalid();
  }

  /**
   * A custom position model.
   *
   * @param id the id
   * @param version the version
   * @param name the display name
   * @param milestoneWeights weights by milestone
   * @param middleWeight the middle weight
   * @param normalisation the rule the declared weights follow
   * @return the model
   */
  public static AttributionModel custom(String id, int version, String name, Map<Milestone, BigDecimal> milestoneWeights,
      BigDecimal middleWeight, WeightNormalisation normalisation) {
    return builder().id(id).version(version).name(name).kind(ModelKind.POSITION).putAllMilestoneWeights(milestoneWeights)
        .middleWeight(middleWeight).normalisation(normalisation).build();
  }

  /**
   * A time decay model.
   *
   * @param id the id
   * @param name the display name
   * @param halfLife the half-life, positive
   * @return the model, version 1
   */
  public static AttributionModel timeDecay(String id, String name, Duration halfLife) {
    return builder().id(id).version(1).name(name).kind(ModelKind.TIME_DECAY).halfLife(halfLife)
        .normalisation(WeightNormalisation.PROPORTIONAL).build();
  }

  /**
   * The standard models, in the order reports show them.
   *
   * @return first touch, last touch, lead creation, opportunity creation, linear, both U-shaped,
   *     W-shaped, full path, time decay (7 days)
   */
  public static List<AttributionModel> standard() {
    return List.of(FIRST_TOUCH, LAST_TOUCH, LEAD_CREATION, OPPORTUNITY_CREATION, LINEAR, U_SHAPED_LEAD,
        U_SHAPED_LAST, W_SHAPED, FULL_PATH, TIME_DECAY_7_DAYS);
  }

  /**
   * This model as a definition reference.
   *
   * @return {@code id} and {@code version}
   */
  public DefinitionRef ref() {
    return DefinitionRef.of(id(), version());
  }

  /**
   * Time decay: 2^(-age / half-life), the age taken from the conversion. When every touch is so old
   * that all weights underflow a double to zero (about 1,075 half-lives), the ages are taken from
   * the newest touch instead: the same proportions, so the deal is still credited.
   */
  private List<BigDecimal> decayWeights(List<Touch> eligible, Instant conversion, List<BigDecimal> w) {
    double halfLifeSeconds = halfLife().orElseThrow().getSeconds();
    double newest = Double.MAX_VALUE;
    boolean anyPositive = false;
    for (int i = 0; i < eligible.size(); i++) {
      double age = Duration.between(eligible.get(i).instant(), conversion).getSeconds();
      newest = Math.min(newest, age);
      double weight = Math.pow(2, -age / halfLifeSeconds);
      anyPositive |= weight > 0;
      w.set(i, new BigDecimal(weight, DECAY));
    }
    if (!anyPositive) {
      for (int i = 0; i < eligible.size(); i++) {
        double age = Duration.between(eligible.get(i).instant(), conversion).getSeconds() - newest;
        w.set(i, new BigDecimal(Math.pow(2, -age / halfLifeSeconds), DECAY));
      }
    }
    return w;
  }

  /**
   * The weight of each eligible touch of a journey (not yet scaled; apply in proportion).
   *
   * @param journey the deal's journey (its milestones)
   * @param eligible its touches at or before the conversion, in journey order
   * @param conversion the conversion instant (time decay ages touches from it)
   * @return one weight per eligible touch; all zero when the model credits none of them
   */
  public List<BigDecimal> weights(DealJourney journey, List<Touch> eligible, Instant conversion) {
    List<BigDecimal> w = new ArrayList<>(Collections.nCopies(eligible.size(), BigDecimal.ZERO));
    if (eligible.isEmpty()) {
      return w;
    }
    if (kind() == ModelKind.TIME_DECAY) {
      return decayWeights(eligible, conversion, w);
    }
    boolean[] holdsMilestone = new boolean[eligible.size()];
    for (Map.Entry<Milestone, BigDecimal> e : milestoneWeights().entrySet()) {
      Optional<Integer> at = touchOf(e.getKey(), journey, eligible);
      if (at.isPresent() && e.getValue().signum() > 0) {
        w.set(at.get(), w.get(at.get()).add(e.getValue()));
        holdsMilestone[at.get()] = true;
      }
    }
    int middle = 0;
    for (boolean h : holdsMilestone) {
      middle += h ? 0 : 1;
    }
    if (middle > 0 && middleWeight().signum() > 0) {
      BigDecimal share = middleWeight().divide(BigDecimal.valueOf(middle), DECAY);
      for (int i = 0; i < eligible.size(); i++) {
        w.set(i, holdsMilestone[i] ? w.get(i) : share);
      }
    }
    return w;
  }

  /** The index of the touch a milestone names, if any. */
  static Optional<Integer> touchOf(Milestone m, DealJourney journey, List<Touch> eligible) {
    return switch (m) {
      case FIRST_TOUCH -> Optional.of(0);
      case LAST_TOUCH -> Optional.of(eligible.size() - 1);
      case LEAD_CREATION -> journey.leadCreated().flatMap(at -> latestAtOrBefore(eligible, at));
      case OPPORTUNITY_CREATION -> journey.opportunityCreated().flatMap(at -> latestAtOrBefore(eligible, at));
    };
  }

  private static Optional<Integer> latestAtOrBefore(List<Touch> eligible, Instant at) {
    for (int i = eligible.size() - 1; i >= 0; i--) {
      if (!eligible.get(i).instant().isAfter(at)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  private static AttributionModel single(String id, String name, Milestone m) {
    return position(id, name, Map.of(m, "1"), "0");
  }

  private static AttributionModel position(String id, String name, Map<Milestone, String> weights, String middle) {
    Map<Milestone, BigDecimal> w = new EnumMap<>(Milestone.class);
    weights.forEach((k, v) -> w.put(k, new BigDecimal(v)));
    return builder().id(id).version(1).name(name).kind(ModelKind.POSITION).putAllMilestoneWeights(w)
        .middleWeight(new BigDecimal(middle)).normalisation(WeightNormalisation.SUM_TO_ONE).build();
  }
}
