package dev.revops.core.json;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.pipeline.PipelineDefinition;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How {@link RevopsJson#mapper(JsonOptions)} configures a mapper.
 *
 * <pre>{@code
 * ObjectMapper lenient = RevopsJson.mapper(JsonOptions.builder()
 *     .definition(definition).ignoreUnknownProperties(true).build());
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableJsonOptions.class)
@JsonDeserialize(as = ImmutableJsonOptions.class)
public abstract class JsonOptions {
  /** Only the generated implementation extends this class, so every instance is validated. */
  JsonOptions() {}

  /**
   * The pipeline definition that stage references (in deals, stage changes and histories) are
   * read against. Without one, those types can be written but not read.
   *
   * @return the definition
   */
  public abstract Optional<PipelineDefinition> definition();

  /**
   * Whether unknown JSON properties are skipped instead of failing.
   *
   * @return false by default: an unknown property is an error naming it
   */
  @Value.Default
  public boolean ignoreUnknownProperties() {
    return false;
  }

  /**
   * Whether written JSON is indented for people.
   *
   * @return false by default
   */
  @Value.Default
  public boolean indent() {
    return false;
  }

  /**
   * A new builder.
   *
   * @return a builder with the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds options. */
  public static final class Builder extends ImmutableJsonOptions.Builder {
    Builder() {}
  }
}
