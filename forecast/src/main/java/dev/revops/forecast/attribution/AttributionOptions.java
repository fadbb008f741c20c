package dev.revops.forecast.attribution;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.scope.Scope;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * What an {@link Attribution} computes: in a scope with a reporting currency, the models side by
 * side, which is primary, and which amounts are credited (chosen explicitly).
 *
 * <p>Of the scope it uses: the reporting currency (required; deals in another currency are
 * converted with the scope's rates at their conversion date, or excluded when there is no rate),
 * the as-of (the conversion instant of open deals), the zone and period kind (the periods credits
 * fall in) and the example limit. Rules: at least one model, model ids distinct, the primary one of
 * them.
 *
 * <pre>{@code
 * AttributionOptions o = AttributionOptions.of(scope, AttributionModel.standard(), "w-shaped", AmountBasis.WON_ONLY);
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAttributionOptions.class)
@JsonDeserialize(as = ImmutableAttributionOptions.class)
public abstract class AttributionOptions {
  /** Only the generated implementation extends this class, so every instance is validated. */
  AttributionOptions() {}

  /**
   * What the attribution is as of and in.
   *
   * @return the scope
   */
  public abstract Scope scope();

  /**
   * The models, in the order reports show them after the primary.
   *
   * @return the models
   */
  public abstract List<AttributionModel> models();

  /**
   * The id of the primary model.
   *
   * @return one of the models' ids
   */
  public abstract String primaryModel();

  /**
   * Which amounts are credited.
   *
   * @return the basis
   */
  public abstract AmountBasis basis();

  /**
   * Options from their parts.
   *
   * @param scope the scope, with a reporting currency
   * @param models the models
   * @param primaryModel the primary model's id
   * @param basis the amount basis
   * @return the options
   */
  public static AttributionOptions of(Scope scope, List<AttributionModel> models, String primaryModel,
      AmountBasis basis) {
    return builder().scope(scope).addAllModels(models).primaryModel(primaryModel).basis(basis).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds options; see {@link AttributionOptions} for the rules. */
  public static final class Builder extends ImmutableAttributionOptions.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("attribution options");
    v.check(scope().reportingCurrency().isPresent(), "scope.reportingCurrency", "absent",
        "must be set: credits are in one currency");
    v.check(!models().isEmpty(), "models", models(), "must name at least one model");
    Set<String> ids = new HashSet<>();
    models().forEach(m -> v.check(ids.add(m.id()), "models", m.id(), "must not repeat a model id"));
    v.check(ids.contains(primaryModel()), "primaryModel", primaryModel(), "must be one of the models",
        models().stream().map(AttributionModel::id).collect(Collectors.joining(", ")));
    v.throwIfInvalid();
  }
}
