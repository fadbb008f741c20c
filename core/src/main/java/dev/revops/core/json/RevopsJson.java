package dev.revops.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.ContextAttributes;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.revops.core.pipeline.PipelineDefinition;
import java.util.Objects;

/**
 * The one preconfigured Jackson {@link ObjectMapper} for every type of revops-model.
 *
 * <p>What it sets, and why:
 * <ul>
 *   <li>Unknown properties fail, naming the property (a typo in a definition file must not pass
 *       silently); duplicate keys and trailing tokens fail too.</li>
 *   <li>Floating-point JSON numbers are read as {@link java.math.BigDecimal}, so decimals stay
 *       exact, and decimals are written plainly (never {@code 1E+1}); money is always a
 *       string.</li>
 *   <li>{@code java.time} values are ISO-8601 strings; {@code Optional}s are supported and absent
 *       values are omitted.</li>
 *   <li>Map entries are written sorted by key, so output is stable.</li>
 *   <li>With a pipeline definition, stage references (by id, display name or alias) are read
 *       against it.</li>
 * </ul>
 *
 * <p>A mapper is thread-safe once configured; create one and share it.
 *
 * <pre>{@code
 * ObjectMapper json = RevopsJson.mapper(definition);
 * String text = json.writeValueAsString(deal);
 * Deal back = json.readValue(text, Deal.class);
 * PipelineDefinition d = RevopsJson.mapper().readValue(file, PipelineDefinition.class);
 * }</pre>
 */
public final class RevopsJson {
  private RevopsJson() {}

  /**
   * A strict mapper without a pipeline definition: reads and writes definitions, money,
   * probabilities and metrics; writes but cannot read deals and histories.
   *
   * @return a new mapper
   */
  public static ObjectMapper mapper() {
    return mapper(JsonOptions.builder().build());
  }

  /**
   * A strict mapper that reads stage references against {@code definition}.
   *
   * @param definition the pipeline definition
   * @return a new mapper
   */
  public static ObjectMapper mapper(PipelineDefinition definition) {
    return mapper(JsonOptions.builder().definition(definition).build());
  }

  /**
   * A mapper configured by {@code options}.
   *
   * @param options the options
   * @return a new mapper
   */
  public static ObjectMapper mapper(JsonOptions options) {
    Objects.requireNonNull(options, "options");
    JsonMapper mapper = JsonMapper.builder()
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, !options.ignoreUnknownProperties())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .configure(SerializationFeature.INDENT_OUTPUT, options.indent())
        // Only annotated accessors are properties: derived methods such as isOpen() stay out.
        .disable(MapperFeature.AUTO_DETECT_GETTERS)
        .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT,
            JsonInclude.Include.USE_DEFAULTS))
        .build();
    options.definition().ifPresent(d -> mapper.setDefaultAttributes(
        ContextAttributes.getEmpty().withSharedAttribute(PipelineDefinition.class, d)));
    return mapper;
  }
}
