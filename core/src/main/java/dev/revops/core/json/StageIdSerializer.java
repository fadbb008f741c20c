package dev.revops.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.revops.core.pipeline.Stage;
import java.io.IOException;

/**
 * Writes a reference to a stage as its canonical id, for example {@code "closed-won"}. Used on the
 * stage fields of deals and stage changes; the stage's full definition lives in the pipeline
 * definition.
 */
public final class StageIdSerializer extends StdSerializer<Stage> {
  private static final long serialVersionUID = 1L;

  /** Creates the serializer (Jackson does, from annotations). */
  public StageIdSerializer() {
    super(Stage.class);
  }

  @Override
  public void serialize(Stage stage, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeString(stage.id());
  }
}
