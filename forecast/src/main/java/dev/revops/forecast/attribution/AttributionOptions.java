package dev.revops.forecast.attribution;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.revops.core.InvalidValueException;
import dev.revops.core.scope.Scope;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What an {@link Attribution} computes: in a scope with a reporting currency, the models side by
 * side, which is primary, and which amounts are credited.
 *
 * <p>Example: {@code new AttributionOptions(scope, AttributionModel.standard(), "w-shaped", AmountBasis.WON_ONLY)}.
 *
 * @param scope as-of (the conversion of open deals), period kind, reporting currency (required), example limit
 * @param models the models, ids distinct, at least one
 * @param primaryModel the id of the primary model, one of {@code models}
 * @param basis won only, or won and weighted open
 */
public record AttributionOptions(@JsonProperty("scope") Scope scope, @JsonProperty("models") List<AttributionModel> models, @JsonProperty("primaryModel") String primaryModel, @JsonProperty("basis") AmountBasis basis) {

  /**
   * Checks the options.
   *
   * @param scope see the record's description
   * @param models see the record's description
   * @param primaryModel see the record's description
   * @param basis see the record's description
   */
  public AttributionOptions {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(primaryModel, "primaryModel");
    Objects.requireNonNull(basis, "basis");
    models = List.copyOf(Objects.requireNonNull(models, "models"));
    if (scope.reportingCurrency().isEmpty()) {
      throw new InvalidValueException("scope.reportingCurrency", "absent", "must be set: credits are in one currency");
    }
    Set<String> ids = new HashSet<>();
    for (AttributionModel m : models) {
      if (!ids.add(m.id())) {
        throw new InvalidValueException("models", m.id(), "must not repeat a model id");
      }
    }
    if (!ids.contains(primaryModel)) {
      throw new InvalidValueException("primaryModel", primaryModel, "must be one of the models " + ids);
    }
  }
}
