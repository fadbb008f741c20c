package dev.revops.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.Stage;
import java.io.IOException;

/**
 * Reads a reference to a stage: a stage id, display name or alias of the pipeline definition the
 * mapper was created with ({@link RevopsJson#mapper(PipelineDefinition)}).
 *
 * <p>Fails with a message naming the value when the name matches no stage, and when the mapper has
 * no definition.
 */
public final class StageIdDeserializer extends StdDeserializer<Stage> {
  private static final long serialVersionUID = 1L;

  /** Creates the deserializer (Jackson does, from annotations). */
  public StageIdDeserializer() {
    super(Stage.class);
  }

  @Override
  public Stage deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return (Stage) ctxt.handleUnexpectedToken(Stage.class, p);
    }
    String raw = p.getText();
    Object attribute = ctxt.getAttribute(PipelineDefinition.class);
    if (!(attribute instanceof PipelineDefinition definition)) {
      throw JsonMappingException.from(p, "reading stage '" + raw + "' needs its pipeline definition: "
          + "create the mapper with RevopsJson.mapper(definition)");
    }
    return definition.resolveStage(raw).orElseThrow(() -> InvalidFormatException.from(p,
        "stage '" + raw + "' is not a stage id, display name or alias of " + definition, raw,
        Stage.class));
  }
}
