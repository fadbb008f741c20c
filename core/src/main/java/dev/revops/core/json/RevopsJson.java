package dev.revops.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.ContextAttributes;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
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
 *       silently); duplicate keys and trailing tokens fail too. The one exception is a string
 *       {@code "$schema"} property of the document's root object, naming the JSON Schema the file
 *       follows: it is skipped.</li>
 *   <li>Floating-point JSON numbers are read as {@link java.math.BigDecimal}, so decimals stay
 *       exact, and decimals are written plainly (never {@code 1E+1}); money is always a
 *       string.</li>
 *   <li>No coercion between JSON shapes: a number is not a date, an instant or a string (an id),
 *       a string is not a number (a probability) or a boolean, a float is not an integer.
 *       Dates and instants are ISO-8601 strings resolved strictly ({@code 2025-02-30} is an
 *       error, not February 28); a date is a date, not a date-time. Currency codes are three
 *       upper-case letters, as in CSV.</li>
 *   <li>Numbers are bounded before any arithmetic: at most {@value #MAX_NUMBER_CHARS}
 *       characters, and a decimal at most 100 digits after its point and before it (so
 *       {@code 1e-999999999} is an error, not gigabytes).</li>
 *   <li>{@code Optional}s are supported and absent values are omitted.</li>
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
  /** The longest JSON number read, in characters; a longer one is an error before it is parsed. */
  public static final int MAX_NUMBER_CHARS = 100;

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
    JsonMapper mapper = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(MAX_NUMBER_CHARS).build()).build())
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        // no scalar coercion: a string is not a number or a boolean, a float is not an int, a
        // number or a boolean is not a string (StrictScalars: a number is not a date either)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .addModule(StrictScalars.module())
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, !options.ignoreUnknownProperties())
        .addHandler(new SchemaReference())
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
