package dev.revops.forecast.attribution;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Every model's credits side by side, the primary first. Example: {@code result.primary().dealsTotal()}.
 *
 * @param primaryModel the primary model's id
 * @param models each model's credits, the primary first, then in the order given
 * @param touchesAfterConversion touches read that came after their deal's conversion (credited by no model)
 */
public record AttributionResult(@JsonProperty("primaryModel") String primaryModel, @JsonProperty("models") List<ModelCredits> models, @JsonProperty("touchesAfterConversion") long touchesAfterConversion) {

  /**
   * The primary model's credits.
   *
   * @return the first of {@link #models()}
   */
  public ModelCredits primary() {
    return models.get(0);
  }

  /**
   * One model's credits.
   *
   * @param id the model id
   * @return its credits
   * @throws IllegalArgumentException if no model has that id
   */
  public ModelCredits model(String id) {
    return models.stream().filter(m -> m.model().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no model " + id + " in this result"));
  }
}
