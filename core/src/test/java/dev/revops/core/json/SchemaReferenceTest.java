package dev.revops.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.revops.core.io.ColumnMapping;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.TestPipelines;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaReferenceTest {
  final ObjectMapper json = RevopsJson.mapper();

  /** The JSON of a value with a {@code $schema} string added as the root object's first property. */
  String withSchema(Object value) throws Exception {
    return "{\"$schema\":\"https://revops.dev/schema/x.schema.json\"," + json.writeValueAsString(value).substring(1);
  }

  @Test
  void a_schema_reference_at_the_root_is_skipped_and_the_rest_read_strictly() throws Exception {
    PipelineDefinition def = TestPipelines.standard();
    assertEquals(def, json.readValue(withSchema(def), PipelineDefinition.class));
    ColumnMapping maven = ColumnMapping.mavenCrm();
    assertEquals(maven, json.readValue(withSchema(maven), ColumnMapping.class));
    // last, not first, it is skipped too
    String text = json.writeValueAsString(maven);
    assertEquals(maven, json.readValue(text.substring(0, text.length() - 1) + ",\"$schema\":\"s\"}",
        ColumnMapping.class));
  }

  @Test
  void a_schema_reference_below_the_root_is_an_unknown_property() throws Exception {
    String text = json.writeValueAsString(ColumnMapping.mavenCrm())
        .replace("\"columns\":{", "\"columns\":{\"$schema\":\"s\",");
    UnrecognizedPropertyException e = assertThrows(UnrecognizedPropertyException.class,
        () -> json.readValue(text, ColumnMapping.class));
    assertEquals("$schema", e.getPropertyName());
  }

  @Test
  void a_schema_reference_in_an_element_of_a_list_is_an_unknown_property() throws Exception {
    String element = withSchema(ColumnMapping.genDeals());
    assertThrows(UnrecognizedPropertyException.class,
        () -> json.readValue("[" + element + "]", new TypeReference<List<ColumnMapping>>() { }));
  }

  @Test
  void a_schema_reference_that_is_not_a_string_is_an_error() throws Exception {
    String text = json.writeValueAsString(ColumnMapping.genDeals());
    for (String value : List.of("1", "{}", "[]", "null", "true")) {
      assertThrows(JsonMappingException.class,
          () -> json.readValue("{\"$schema\":" + value + "," + text.substring(1), ColumnMapping.class), value);
    }
  }

  @Test
  void any_other_unknown_property_still_fails_naming_it() throws Exception {
    String text = withSchema(ColumnMapping.genDeals()).replace("\"name\":", "\"nmae\":\"x\",\"name\":");
    UnrecognizedPropertyException e = assertThrows(UnrecognizedPropertyException.class,
        () -> json.readValue(text, ColumnMapping.class));
    assertEquals("nmae", e.getPropertyName());
  }
}
