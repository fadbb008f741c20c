package dev.revops.core.deal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.InvalidValueException;
import dev.revops.core.Validation;
import dev.revops.core.history.FieldChange;
import dev.revops.core.history.StageChange;
import dev.revops.core.json.StageIdDeserializer;
import dev.revops.core.json.StageIdSerializer;
import dev.revops.core.money.Money;
import dev.revops.core.pipeline.DealField;
import dev.revops.core.pipeline.ForecastCategory;
import dev.revops.core.pipeline.GateDecision;
import dev.revops.core.pipeline.GateSubject;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.Stage;
import dev.revops.core.probability.Probability;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * A deal (opportunity): the one shared definition of what sales, finance and customer success
 * each call a deal. Immutable and validated: an invalid deal cannot exist in memory.
 *
 * <p>Rules, checked at construction, all reported at once:
 * <ul>
 *   <li>the id is not blank; optional texts, when present, are not blank and not padded;</li>
 *   <li>the amount and cost-to-close are not negative and share one currency;</li>
 *   <li>the projected margin rate is at most 1 (a margin cannot exceed the amount);</li>
 *   <li>the closed date is present exactly when the stage is won or lost, and not before the
 *       created date;</li>
 *   <li>a closed deal carries no probability or forecast-category override: its probability is
 *       fixed by its outcome; an open deal's category override is never CLOSED;</li>
 *   <li>custom attribute names and values are not blank.</li>
 * </ul>
 *
 * <p>Derived values: the {@linkplain #effectiveProbability() effective probability} (the override
 * if any, else the stage default, with its source), the {@linkplain #weightedValue() weighted value}
 * and the {@linkplain #projectedMargin() projected margin}. Both money products are rounded once to
 * the minor unit with {@link RoundingMode#HALF_EVEN} (banker's rounding).
 *
 * <pre>{@code
 * Deal deal = Deal.builder()
 *     .id("D-1001").name("Acme platform").owner("alice")
 *     .amount(Money.parse("USD 48000.00"))
 *     .stage(definition.stage("proposal"))          // default probability 0.6
 *     .createdDate(LocalDate.parse("2026-09-01"))
 *     .expectedCloseDate(LocalDate.parse("2026-12-15"))
 *     .build();
 * deal.weightedValue();                             // Optional[USD 28800.00]
 * }</pre>
 *
 * <p>JSON writes the stage as its id; reading needs the definition
 * ({@link dev.revops.core.json.RevopsJson#mapper(PipelineDefinition)}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDeal.class)
@JsonDeserialize(as = ImmutableDeal.class)
public abstract class Deal implements GateSubject {

  /** The rounding rule of the deal's derived money values: banker's rounding. */
  public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

  /** Only the generated implementation extends this class, so every instance is validated. */
  Deal() {}

  /**
   * The deal's unique id, as the CRM knows it.
   *
   * @return the id
   */
  @Override
  public abstract String id();

  /**
   * The deal's name.
   *
   * @return the name, if known
   */
  public abstract Optional<String> name();

  /**
   * The account (customer) the deal is with.
   *
   * @return the account, if known
   */
  public abstract Optional<String> account();

  /**
   * The owning sales rep.
   *
   * @return the owner, if assigned
   */
  public abstract Optional<String> owner();

  /**
   * Where the deal came from (Inbound, Partner, ...).
   *
   * @return the source, if known
   */
  public abstract Optional<String> source();

  /**
   * The market segment (SMB, Enterprise, ...).
   *
   * @return the segment, if known
   */
  public abstract Optional<String> segment();

  /**
   * The product or product line.
   *
   * @return the product, if known
   */
  public abstract Optional<String> product();

  /**
   * The deal's amount; not negative.
   *
   * @return the amount, if known
   */
  public abstract Optional<Money> amount();

  /**
   * The stage the deal is in.
   *
   * @return the stage
   */
  @Override
  @JsonSerialize(using = StageIdSerializer.class)
  @JsonDeserialize(using = StageIdDeserializer.class)
  public abstract Stage stage();

  /**
   * A probability someone set, overriding the stage default; open deals only.
   *
   * @return the override, if any
   */
  public abstract Optional<ProbabilityOverride> probabilityOverride();

  /**
   * A forecast category someone set, overriding the stage default; open deals only, never CLOSED.
   *
   * @return the override, if any
   */
  public abstract Optional<ForecastCategory> forecastCategoryOverride();

  /**
   * The date the deal was created.
   *
   * @return the date, if known
   */
  public abstract Optional<LocalDate> createdDate();

  /**
   * The date the deal is expected to close.
   *
   * @return the date, if set
   */
  public abstract Optional<LocalDate> expectedCloseDate();

  /**
   * The date the deal was won or lost; present exactly when the stage is closed.
   *
   * @return the date, for closed deals
   */
  public abstract Optional<LocalDate> closedDate();

  /**
   * The expected cost of closing the deal (discounts, partner fees, effort), in the amount's
   * currency; not negative.
   *
   * @return the cost, if projected
   */
  public abstract Optional<Money> costToClose();

  /**
   * The projected margin as a fraction of the amount, for example {@code 0.72}; at most 1, and
   * negative for a loss-making deal.
   *
   * @return the rate, if projected
   */
  public abstract Optional<BigDecimal> projectedMarginRate();

  /**
   * Custom CRM fields, by name.
   *
   * @return name to value, sorted by name
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> attributes();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds deals; see {@link Deal} for the rules. */
  public static final class Builder extends ImmutableDeal.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("deal " + id());
    v.text("id", id());
    v.text("name", name());
    v.text("account", account());
    v.text("owner", owner());
    v.text("source", source());
    v.text("segment", segment());
    v.text("product", product());
    // each rule's message and particulars are made only when it is broken: a valid deal makes none
    Money amount = amount().orElse(null);
    Money cost = costToClose().orElse(null);
    if (amount != null && amount.isNegative()) {
      v.check(false, "amount", amount, "must not be negative");
    }
    if (cost != null) {
      v.check(!cost.isNegative(), "costToClose", cost, "must not be negative");
      if (amount != null && !amount.isSameCurrency(cost)) {
        v.check(false, "costToClose", cost, "must be in the amount's currency", "amount is in " + amount.getCurrencyCode());
      }
    }
    BigDecimal margin = projectedMarginRate().orElse(null);
    if (margin != null && margin.compareTo(BigDecimal.ONE) > 0) {
      v.check(false, "projectedMarginRate", margin.toPlainString(), "must be at most 1 (a margin cannot exceed the amount)");
    }
    checkClosing(v);
    if (!attributes().isEmpty()) {
      attributes().forEach((name, value) -> {
        v.text("attributes", name);
        v.check(!value.isBlank(), "attributes." + name, value, "must not be blank (leave it absent instead)");
      });
    }
    v.throwIfInvalid();
  }

  /** The rules of the closed date and the overrides by the stage's outcome; messages made only when broken. */
  private void checkClosing(Validation v) {
    Stage stage = stage();
    LocalDate closed = closedDate().orElse(null);
    if (stage.isClosed()) {
      if (closed == null) {
        v.check(false, "closedDate", null, "must be set because the stage is closed", "stage " + stage.displayName());
      }
      v.check(probabilityOverride().isEmpty(), "probabilityOverride",
          probabilityOverride().map(o -> o.probability()).orElse(null),
          "must be absent on a closed deal: its probability is fixed by its outcome");
      v.check(forecastCategoryOverride().isEmpty(), "forecastCategoryOverride",
          forecastCategoryOverride().orElse(null),
          "must be absent on a closed deal: its category is fixed by its outcome");
    } else {
      if (closed != null) {
        v.check(false, "closedDate", closed, "must be absent because the stage is open", "stage " + stage.displayName());
      }
      v.check(forecastCategoryOverride().orElse(null) != ForecastCategory.CLOSED,
          "forecastCategoryOverride", ForecastCategory.CLOSED, "must not be CLOSED on an open deal");
    }
    LocalDate created = createdDate().orElse(null);
    if (closed != null && created != null && closed.isBefore(created)) {
      v.check(false, "closedDate", closed, "must not be before createdDate", "createdDate is " + created);
    }
  }

  /**
   * Whether the deal is still open.
   *
   * @return true when the stage is open
   */
  @JsonIgnore
  public boolean isOpen() {
    return stage().isOpen();
  }

  /**
   * Whether the deal is closed, won or lost.
   *
   * @return true when the stage is won or lost
   */
  @JsonIgnore
  public boolean isClosed() {
    return stage().isClosed();
  }

  /**
   * Whether the deal was won.
   *
   * @return true when the stage is the won stage
   */
  @JsonIgnore
  public boolean isWon() {
    return stage().isWon();
  }

  /**
   * Whether the deal was lost.
   *
   * @return true when the stage is a lost stage
   */
  @JsonIgnore
  public boolean isLost() {
    return stage().isLost();
  }

  /**
   * The probability the deal is weighted with: the override if there is one, else the stage's
   * default (exactly 1 for won and 0 for lost deals).
   *
   * @return the probability and its source
   */
  public EffectiveProbability effectiveProbability() {
    return probabilityOverride()
        .map(o -> EffectiveProbability.of(o.probability(), ProbabilitySource.OVERRIDE, Optional.of(o.setBy())))
        .orElseGet(() -> EffectiveProbability.of(stage().defaultProbability(), ProbabilitySource.STAGE_DEFAULT,
            Optional.empty()));
  }

  /**
   * The forecast category the deal counts in: the override if there is one, else the stage's.
   *
   * @return the category
   */
  public ForecastCategory effectiveForecastCategory() {
    return forecastCategoryOverride().orElse(stage().defaultForecastCategory());
  }

  /**
   * The amount times the effective probability, rounded once to the currency's minor unit with
   * {@link #ROUNDING} (half-even). Example: USD 1000.05 at 0.5 is USD 500.02 (500.025 rounds to
   * the even cent).
   *
   * <p>Aggregates such as the weighted pipeline sum the exact products and round once per total,
   * so a total can differ from the sum of these per-deal values by less than half a minor unit per
   * deal.
   *
   * @return the weighted value, or empty when the amount is unknown
   */
  public Optional<Money> weightedValue() {
    BigDecimal p = effectiveProbability().probability().toBigDecimal();
    return amount().map(a -> a.multipliedBy(p, ROUNDING));
  }

  /**
   * The amount times the projected margin rate, rounded once to the minor unit with
   * {@link #ROUNDING}.
   *
   * @return the projected margin, or empty when the amount or the rate is unknown
   */
  public Optional<Money> projectedMargin() {
    if (amount().isEmpty() || projectedMarginRate().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(amount().get().multipliedBy(projectedMarginRate().get(), ROUNDING));
  }

  /**
   * The value of a built-in field, typed as {@link dev.revops.core.pipeline.CriterionSubject}
   * describes: the probability and forecast category are the effective ones, the stage is its id.
   *
   * @param field the field
   * @return the value, or empty when not set
   */
  @Override
  public Optional<Object> fieldValue(DealField field) {
    switch (Objects.requireNonNull(field, "field")) {
      case ID:
        return Optional.of(id());
      case NAME:
        return name().map(Object.class::cast);
      case ACCOUNT:
        return account().map(Object.class::cast);
      case OWNER:
        return owner().map(Object.class::cast);
      case SOURCE:
        return source().map(Object.class::cast);
      case SEGMENT:
        return segment().map(Object.class::cast);
      case PRODUCT:
        return product().map(Object.class::cast);
      case AMOUNT:
        return amount().map(Object.class::cast);
      case STAGE:
        return Optional.of(stage().id());
      case PROBABILITY:
        return Optional.of(effectiveProbability().probability().toBigDecimal());
      case FORECAST_CATEGORY:
        return Optional.of(effectiveForecastCategory());
      case CREATED_DATE:
        return createdDate().map(Object.class::cast);
      case EXPECTED_CLOSE_DATE:
        return expectedCloseDate().map(Object.class::cast);
      case CLOSED_DATE:
        return closedDate().map(Object.class::cast);
      case COST_TO_CLOSE:
        return costToClose().map(Object.class::cast);
      case PROJECTED_MARGIN_RATE:
        return projectedMarginRate().map(Object.class::cast);
      default:
        throw new IllegalStateException("unknown field " + field);
    }
  }

  /**
   * A field's value as text, in the form a {@link FieldChange} carries it: money as
   * {@code USD 1234.50}, decimals (the effective probability, the margin rate) plain, dates as
   * {@code yyyy-MM-dd}, the forecast category by constant name, the stage by id.
   *
   * <pre>{@code
   * deal.fieldText("amount");              // Optional[USD 48000.00]
   * deal.fieldText("attributes.champion"); // Optional[Dana Kim]
   * }</pre>
   *
   * @param path a {@link DealField} path or {@code attributes.<name>}
   * @return the value; empty when the field has none
   * @throws InvalidValueException if the path names no field
   */
  public Optional<String> fieldText(String path) {
    Objects.requireNonNull(path, "path");
    if (path.startsWith(DealField.ATTRIBUTE_PREFIX)) {
      return attribute(path.substring(DealField.ATTRIBUTE_PREFIX.length()));
    }
    return fieldValue(DealField.ofPath(path)).map(v -> v instanceof BigDecimal d ? d.toPlainString()
        : v instanceof ForecastCategory c ? c.name() : v.toString());
  }

  /**
   * This deal under another version of its pipeline definition: in the stage the new definition
   * resolves this deal's stage id to (by id or alias, so a renamed stage that keeps its old id as an
   * alias maps over), with every field, the closed date and any override kept. What a definition
   * change does to a deal, before any move.
   *
   * <pre>{@code
   * Deal underV2 = deal.inDefinition(definitionV2);
   * underV2.effectiveProbability();   // the v2 stage's default, unless overridden
   * }</pre>
   *
   * @param definition the other version
   * @return the deal in the mapped stage
   * @throws InvalidValueException if no stage of the definition resolves this deal's stage, or the
   *     stage it resolves to has another outcome (an open deal cannot become won by a mapping)
   */
  public Deal inDefinition(PipelineDefinition definition) {
    Objects.requireNonNull(definition, "definition");
    Stage to = definition.resolveStage(stage().id()).orElseThrow(() -> new InvalidValueException("deal " + id(),
        List.of(new InvalidValueException.Violation("stage", stage().id(), "must map to a stage of pipeline "
            + definition.ref() + " by id or alias"))));
    if (to.outcome() != stage().outcome()) {
      throw new InvalidValueException("deal " + id(), List.of(new InvalidValueException.Violation("stage",
          stage().id(), "must map to a stage with the same outcome (" + stage().outcome() + ") in pipeline "
              + definition.ref(), "maps to " + to.id() + " (" + to.outcome() + ")")));
    }
    return DealEdits.copy(this, to, closedDate(), Map.of()).probabilityOverride(probabilityOverride())
        .forecastCategoryOverride(forecastCategoryOverride()).build();
  }

  /**
   * This deal with one field changed to the value a {@link FieldChange} leads to: the one way to
   * edit a deal's fields (stage moves go through {@link #moveTo}). A probability or forecast
   * category sets the override (none when it is the stage's default), set by the change's actor.
   *
   * <pre>{@code
   * Deal later = deal.with(FieldChange.builder().dealId("D1").field("expectedCloseDate")
   *     .from("2026-12-15").to("2027-01-31").at(now).actor("alice").build());
   * }</pre>
   *
   * @param change a change of this deal's field
   * @return the changed deal
   * @throws InvalidValueException if the change is of another deal, overrides a closed deal's
   *     probability or category, gives money as a plain decimal to a deal without an amount (whose
   *     currency it would take), or the changed deal breaks a rule
   */
  public Deal with(FieldChange change) {
    Objects.requireNonNull(change, "change");
    if (!change.dealId().equals(id())) {
      throw new InvalidValueException("change", change.dealId(), "must be of deal " + id());
    }
    Optional<Object> value = change.valueAfter(amount().map(Money::getCurrency));
    String field = change.field();
    if (value.filter(BigDecimal.class::isInstance).isPresent()
        && change.dealField().map(f -> f.kind() == DealField.Kind.MONEY).orElse(false)) {
      throw new InvalidValueException("deal " + id(), List.of(new InvalidValueException.Violation(field,
          change.to().orElse(""), "must name its currency (USD 1234.50): the deal has no amount to take it from")));
    }
    boolean probability = field.equals(DealField.PROBABILITY.path());
    boolean category = field.equals(DealField.FORECAST_CATEGORY.path());
    if ((probability || category) && isClosed()) {
      throw new InvalidValueException("deal " + id(), List.of(new InvalidValueException.Violation(field,
          InvalidValueException.text(change.to().orElse(null)), "cannot be set on a closed deal: it is fixed by its outcome")));
    }
    Map<String, Optional<Object>> values = new HashMap<>();
    if (!probability && !category) {
      values.put(field, value);
    }
    Deal.Builder b = DealEdits.copy(this, stage(), closedDate(), values);
    b.probabilityOverride(probability ? value.map(Probability.class::cast)
        .filter(p -> !p.equals(stage().defaultProbability()))
        .map(p -> ProbabilityOverride.of(p, change.actor().orElse("unknown"))) : probabilityOverride());
    b.forecastCategoryOverride(category ? value.map(ForecastCategory.class::cast)
        .filter(c -> c != stage().defaultForecastCategory()) : forecastCategoryOverride());
    return b.build();
  }

  /**
   * A custom attribute's value.
   *
   * @param name the attribute's name
   * @return the value, or empty when not set
   */
  @Override
  public Optional<String> attribute(String name) {
    return Optional.ofNullable(attributes().get(Objects.requireNonNull(name, "name")));
  }

  /**
   * Moves the deal to another stage, through the definition's gate, recording who moved it.
   * See {@link #moveTo(PipelineDefinition, String, Instant, String, String)}.
   *
   * @param definition the pipeline definition the deal's stage belongs to
   * @param toStageId the canonical id of the target stage
   * @param at when the move happens
   * @param actor who moves the deal
   * @return the moved deal and its stage change
   * @throws StageGateException if the definition refuses the move, listing every reason
   */
  public StageMove moveTo(PipelineDefinition definition, String toStageId, Instant at, String actor) {
    return move(definition, toStageId, at, actor, Optional.empty());
  }

  /**
   * Moves the deal to another stage, through the definition's gate.
   *
   * <p>The definition checks its transition rules and the criteria
   * ({@link PipelineDefinition#checkMove}); a refusal throws with every reason. An allowed move
   * returns a new deal in the target stage and the {@link StageChange} that records it. As in
   * Salesforce, a stage change resets the probability and forecast category to the new stage's
   * defaults: any override is dropped (set a new one deliberately). Entering a won or lost stage
   * sets the closed date to the date of {@code at} in the definition's time zone; reopening clears
   * it.
   *
   * @param definition the pipeline definition the deal's stage belongs to
   * @param toStageId the canonical id of the target stage
   * @param at when the move happens
   * @param actor who moves the deal
   * @param reason why
   * @return the moved deal and its stage change
   * @throws StageGateException if the definition refuses the move, listing every reason
   * @throws InvalidValueException if the target stage is unknown, or the moved deal would break a
   *     rule (for example a closed date before the created date)
   */
  public StageMove moveTo(PipelineDefinition definition, String toStageId, Instant at, String actor,
      String reason) {
    return move(definition, toStageId, at, actor, Optional.of(reason));
  }

  private StageMove move(PipelineDefinition definition, String toStageId, Instant at, String actor,
      Optional<String> reason) {
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    GateDecision decision = definition.checkMove(this, toStageId);
    if (!decision.allowed()) {
      throw new StageGateException(decision);
    }
    Stage to = definition.stage(toStageId);
    Optional<LocalDate> closed = to.isClosed()
        ? Optional.of(LocalDate.ofInstant(at, definition.timeZone())) : Optional.empty();
    Deal moved = copyWithStage(to, closed);
    StageChange change = StageChange.builder().dealId(id()).from(stage()).to(to).at(at).actor(actor)
        .reason(reason).build();
    return StageMove.of(moved, change);
  }

  /** A copy in another stage, without overrides; every other field is kept. */
  private Deal copyWithStage(Stage stage, Optional<LocalDate> closedDate) {
    return builder().id(id()).name(name()).account(account()).owner(owner()).source(source())
        .segment(segment()).product(product()).amount(amount()).stage(stage)
        .createdDate(createdDate()).expectedCloseDate(expectedCloseDate()).closedDate(closedDate)
        .costToClose(costToClose()).projectedMarginRate(projectedMarginRate())
        .putAllAttributes(attributes()).build();
  }
}
