package dev.revops.forecast.attribution;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * Every model's credits side by side, the primary first.
 *
 * <pre>{@code
 * AttributionResult r = attribution.result();
 * r.primary().byChannel();                          // "the" numbers
 * r.model("linear").differenceByChannel();          // linear minus the primary
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAttributionResult.class)
public abstract class AttributionResult {
  /** Only the generated implementation extends this class. */
  AttributionResult() {}

  /**
   * The primary model's id.
   *
   * @return the id
   */
  public abstract String primaryModel();

  /**
   * How the deals' amounts were taken.
   *
   * @return the basis
   */
  public abstract AmountBasis basis();

  /**
   * Each model's credits, the primary first, then in the order of the options.
   *
   * @return the models' credits
   */
  public abstract List<ModelCredits> models();

  /**
   * Touches read that came after their deal's conversion, credited by no model.
   *
   * @return the count
   */
  public abstract long touchesAfterConversion();

  /**
   * The primary model's credits.
   *
   * @return the first of {@link #models()}
   */
  public ModelCredits primary() {
    return models().get(0);
  }

  /**
   * One model's credits.
   *
   * @param id the model id
   * @return its credits
   * @throws IllegalArgumentException if no model has that id
   */
  public ModelCredits model(String id) {
    Objects.requireNonNull(id, "id");
    return models().stream().filter(m -> m.model().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no model " + id + " in this result"));
  }
}
