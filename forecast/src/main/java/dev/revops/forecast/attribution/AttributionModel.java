package dev.revops.forecast.attribution;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.revops.core.InvalidValueException;
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
import java.util.Objects;
import java.util.Optional;

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
 * <p>Example: {@code AttributionModel.W_SHAPED.weights(journey, eligible)}.
 *
 * @param id the model's id (e.g. {@code w-shaped}); not blank
 * @param version its version, at least 1
 * @param name a display name
 * @param kind position or time decay
 * @param milestoneWeights weights of milestones (position models), none negative
 * @param middleWeight the weight shared by the middle touches (position models), not negative
 * @param halfLife the half-life (time decay only), positive
 * @param normalisation what the declared weights must sum to
 */
public record AttributionModel(@JsonProperty("id") String id, @JsonProperty("version") int version, @JsonProperty("name") String name, @JsonProperty("kind") ModelKind kind,
    @JsonProperty("milestoneWeights") Map<Milestone, BigDecimal> milestoneWeights, @JsonProperty("middleWeight") BigDecimal middleWeight, @JsonProperty("halfLife") Optional<Duration> halfLife,
    @JsonProperty("normalisation") WeightNormalisation normalisation) {

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

  /**
   * Checks the definition; rejects negative weights, a missing half-life and weights breaking the normalisation.
   *
   * @param id see the record's description
   * @param version see the record's description
   * @param name see the record's description
   * @param kind see the record's description
   * @param milestoneWeights see the record's description
   * @param middleWeight see the record's description
   * @param halfLife see the record's description
   * @param normalisation see the record's description
   */
  public AttributionModel {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new InvalidValueException("id", id, "must not be blank");
    }
    if (version < 1) {
      throw new InvalidValueException("version", version, "must be at least 1");
    }
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(middleWeight, "middleWeight");
    Objects.requireNonNull(halfLife, "halfLife");
    Objects.requireNonNull(normalisation, "normalisation");
    EnumMap<Milestone, BigDecimal> weights = new EnumMap<>(Milestone.class);
    weights.putAll(Objects.requireNonNull(milestoneWeights, "milestoneWeights"));
    milestoneWeights = Collections.unmodifiableMap(weights);
    checkWeights(id, kind, milestoneWeights, middleWeight, halfLife, normalisation);
  }

  private static void checkWeights(String id, ModelKind kind, Map<Milestone, BigDecimal> weights,
      BigDecimal middle, Optional<Duration> halfLife, WeightNormalisation normalisation) {
    if (kind == ModelKind.TIME_DECAY) {
      if (halfLife.isEmpty() || halfLife.get().isZero() || halfLife.get().isNegative()) {
        throw new InvalidValueException("halfLife", halfLife, "must be a positive duration for time decay model " + id);
      }
      return;
    }
    BigDecimal sum = middle;
    for (Map.Entry<Milestone, BigDecimal> e : weights.entrySet()) {
      if (e.getValue().signum() < 0) {
        throw new InvalidValueException("milestoneWeights", e, "must not be negative");
      }
      sum = sum.add(e.getValue());
    }
    if (middle.signum() < 0) {
      throw new InvalidValueException("middleWeight", middle, "must not be negative");
    }
    if (sum.signum() <= 0) {
      throw new InvalidValueException("milestoneWeights", weights, "must leave a positive total weight");
    }
    if (normalisation == WeightNormalisation.SUM_TO_ONE && sum.compareTo(BigDecimal.ONE) != 0) {
      throw new InvalidValueException("milestoneWeights", sum,
          "must sum to 1 with the middle weight under normalisation SUM_TO_ONE (use PROPORTIONAL to scale)");
    }
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
    return new AttributionModel(id, version, name, ModelKind.POSITION, milestoneWeights, middleWeight,
        Optional.empty(), normalisation);
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
    return new AttributionModel(id, 1, name, ModelKind.TIME_DECAY, Map.of(), BigDecimal.ZERO, Optional.of(halfLife),
        WeightNormalisation.PROPORTIONAL);
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
    return DefinitionRef.of(id, version);
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
    if (kind == ModelKind.TIME_DECAY) {
      double halfLifeSeconds = halfLife.orElseThrow().getSeconds();
      for (int i = 0; i < eligible.size(); i++) {
        double age = Duration.between(eligible.get(i).instant(), conversion).getSeconds();
        w.set(i, new BigDecimal(Math.pow(2, -age / halfLifeSeconds), DECAY));
      }
      return w;
    }
    boolean[] holdsMilestone = new boolean[eligible.size()];
    for (Map.Entry<Milestone, BigDecimal> e : milestoneWeights.entrySet()) {
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
    if (middle > 0 && middleWeight.signum() > 0) {
      BigDecimal share = middleWeight.divide(BigDecimal.valueOf(middle), DECAY);
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
    return new AttributionModel(id, 1, name, ModelKind.POSITION, w, new BigDecimal(middle), Optional.empty(),
        WeightNormalisation.SUM_TO_ONE);
  }
}
