package dev.revops.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.revops.core.io.ColumnMapping;
import dev.revops.core.io.DealColumns;
import dev.revops.core.io.KeyMatch;
import dev.revops.core.io.NumberScale;
import dev.revops.core.io.ReferenceJoin;
import dev.revops.core.json.RevopsJson;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.examples.sample.Bundled;
import dev.revops.forecast.projection.RevenueTemplates;
import dev.revops.handoff.ownership.FieldOwnership;
import dev.revops.handoff.protocol.HandoffMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas of the settings files, against the files we ship and the values the library
 * writes: every bundled settings file names its schema and validates, every ready mapping as
 * {@code revops mapping --print} prints it validates, every value the library writes validates and
 * reads back equal, and each schema refuses a wrong file that the library refuses too.
 */
class JsonSchemasTest {
  static final ObjectMapper PLAIN = new ObjectMapper();
  static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  /** Data files shipped without a schema: records, not settings. */
  static final Set<String> DATA = Set.of("contracts.json", "retention-contracts.json", "hubspot-default-lifecycle.json");

  /** The type each schema describes. */
  static final Map<String, Class<?>> TYPES = Map.of(
      Schemas.COLUMN_MAPPING, ColumnMapping.class,
      Schemas.PIPELINE_DEFINITION, PipelineDefinition.class,
      Schemas.HANDOFF_MAP, HandoffMap.class,
      Schemas.FIELD_OWNERSHIP, FieldOwnership.class,
      Schemas.REVENUE_TEMPLATES, RevenueTemplates.class);

  static JsonNode schemaDocument(String id) {
    String resource = Schemas.RESOURCES.get(id);
    assertNotNull(resource, "no schema " + id);
    try (InputStream in = JsonSchemasTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertNotNull(in, "the jar lacks " + resource);
      return PLAIN.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Schema schema(String id) {
    return REGISTRY.getSchema(schemaDocument(id));
  }

  static List<Error> errors(String id, JsonNode value) {
    return schema(id).validate(value);
  }

  static void valid(String id, JsonNode value, String what) {
    List<Error> errors = errors(id, value);
    assertTrue(errors.isEmpty(), what + " against " + id + ": " + errors);
  }

  static JsonNode read(Path file) {
    try {
      return PLAIN.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every JSON file under the modules' main resources and the hand-made exports, schemas aside. */
  static List<Path> bundledJsonFiles() throws IOException {
    List<Path> out = new ArrayList<>();
    for (String root : List.of("../core/src/main/resources", "../forecast/src/main/resources",
        "../handoff/src/main/resources", "src/main/resources", "../core/src/test/resources/exports")) {
      if (Files.isDirectory(Path.of(root))) {
        try (Stream<Path> files = Files.walk(Path.of(root))) {
          files.filter(f -> f.toString().endsWith(".json") && !f.toString().endsWith(".schema.json"))
              .sorted().forEach(out::add);
        }
      }
    }
    return out;
  }

  @Test
  void every_schema_is_a_valid_draft_2020_12_schema_with_the_id_it_is_known_by() {
    Schema meta = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    for (String id : Schemas.RESOURCES.keySet()) {
      JsonNode document = schemaDocument(id);
      assertEquals(List.of(), meta.validate(document), id);
      assertEquals(id, document.get("$id").asText());
      assertEquals("https://json-schema.org/draft/2020-12/schema", document.get("$schema").asText());
      assertFalse(document.get("additionalProperties").asBoolean(true), id + " forbids unknown properties");
      assertTrue(document.at("/properties/$schema").isObject(), id + " allows a file to name its schema");
    }
  }

  @Test
  void every_bundled_settings_file_names_its_schema_validates_and_is_read_by_the_library() throws IOException {
    List<Path> files = bundledJsonFiles();
    int checked = 0;
    for (Path f : files) {
      if (DATA.contains(f.getFileName().toString())) {
        continue;
      }
      JsonNode json = read(f);
      String id = json.path("$schema").asText("");
      assertTrue(TYPES.containsKey(id), f + " names no schema we ship: '" + id + "'");
      valid(id, json, f.toString());
      Object value = RevopsJson.mapper().treeToValue(json, TYPES.get(id));
      // in step: what the library writes back is the file without its $schema, up to defaults it fills in
      valid(id, RevopsJson.mapper().valueToTree(value), f + " as the library writes it");
      checked++;
    }
    // 5 pipeline definitions, the handoff map, the field owners, the sample's templates, the exports' renewals
    assertEquals(9, checked, files.toString());
  }

  @Test
  void every_ready_mapping_as_printed_names_its_schema_validates_and_reads_back_equal() throws IOException {
    for (ColumnMapping m : ColumnMapping.ready()) {
      RevopsCliTest.Run printed = RevopsCliTest.run("mapping", "--print", m.name());
      assertEquals(0, printed.status(), printed.err());
      JsonNode json = PLAIN.readTree(printed.out());
      assertEquals(Schemas.COLUMN_MAPPING, json.get("$schema").asText());
      valid(Schemas.COLUMN_MAPPING, json, m.name());
      assertEquals(m, RevopsJson.mapper().readValue(printed.out(), ColumnMapping.class));
      valid(Schemas.COLUMN_MAPPING, RevopsJson.mapper().valueToTree(m), m.name() + " as the library writes it");
    }
  }

  @Test
  void the_readme_mapping_example_names_its_schema_and_validates() throws IOException {
    JsonNode json = PLAIN.readTree(String.join("\n", ReadmeBlocks.block("mapping-json")));
    assertEquals(Schemas.COLUMN_MAPPING, json.get("$schema").asText());
    valid(Schemas.COLUMN_MAPPING, json, "the README's mapping");
  }

  /** A mapping with every field set, so that the schema and the type can be compared field by field. */
  static ColumnMapping everyField() {
    DealColumns.Builder c = DealColumns.builder();
    c.addId("i").addName("n").addAccount("a").addOwner("o").addSource("s").addSegment("g").addProduct("p")
        .addAmount("m").addCurrency("c").addStage("t").addProbability("b").addForecastCategory("f")
        .addCreatedDate("cd").addExpectedCloseDate("e").addClosedDate("cl").addCostToClose("k")
        .addProjectedMarginRate("r").addPipeline("pl").addStatus("st").addWonDate("w").addLostDate("l");
    return ColumnMapping.builder().name("all").columns(c.build()).putAttributeColumns("x", "X")
        .unmappedColumnsAsAttributes(true).defaultCurrency("EUR").probabilityScale(NumberScale.FRACTION)
        .marginScale(NumberScale.FRACTION).datePattern("dd.MM.yyyy").decimalSeparator(",").thousandsSeparator(".")
        .overrideSetBy("me").delimiter(";")
        .addJoins(ReferenceJoin.builder().table("t").on("product").key("k").putAttributes("a", "b").price("p")
            .priceCurrency("EUR").match(KeyMatch.IGNORING_CASE_AND_SPACES).build())
        .build();
  }

  static Set<String> names(JsonNode object) {
    Set<String> out = new TreeSet<>();
    object.fieldNames().forEachRemaining(out::add);
    return out;
  }

  @Test
  void the_mapping_schema_names_every_field_the_library_writes_and_no_other() {
    JsonNode written = RevopsJson.mapper().valueToTree(everyField());
    valid(Schemas.COLUMN_MAPPING, written, "a mapping with every field");
    JsonNode schema = schemaDocument(Schemas.COLUMN_MAPPING);
    Set<String> top = names(schema.get("properties"));
    top.remove("$schema");
    assertEquals(names(written), top);
    assertEquals(names(written.get("columns")), names(schema.at("/properties/columns/properties")));
    assertEquals(names(written.at("/joins/0")), names(schema.at("/$defs/join/properties")));
  }

  @Test
  void the_other_schemas_name_every_top_level_field_the_library_writes() {
    Map<String, Object> values = Map.of(Schemas.PIPELINE_DEFINITION, Bundled.definition("gen-deals"),
        Schemas.HANDOFF_MAP, Bundled.handoffMap(), Schemas.FIELD_OWNERSHIP, Bundled.fieldOwnership());
    values.forEach((id, value) -> {
      JsonNode written = RevopsJson.mapper().valueToTree(value);
      Set<String> top = names(schemaDocument(id).get("properties"));
      top.remove("$schema");
      top.removeAll(names(written));
      // what is left may be absent from this one value: optional fields only
      JsonNode required = schemaDocument(id).get("required");
      required.forEach(r -> assertFalse(top.contains(r.asText()), id + " requires " + r));
      assertTrue(names(written).stream().allMatch(n -> schemaDocument(id).get("properties").has(n)), id + " " + names(written));
    });
    JsonNode stage = RevopsJson.mapper().valueToTree(Bundled.definition("gen-deals")).at("/stages/3");
    assertEquals(names(stage), names(schemaDocument(Schemas.PIPELINE_DEFINITION).at("/$defs/stage/properties")));
  }

  /** The mapping of the README, as a tree to break. */
  static ObjectNode mapping() {
    return (ObjectNode) RevopsJson.mapper().valueToTree(ColumnMapping.salesforceReport());
  }

  /** The schema refuses the file, and so does the library. */
  static void bothRefuse(String id, JsonNode wrong, String keyword) {
    List<Error> errors = errors(id, wrong);
    assertFalse(errors.isEmpty(), "the schema " + id + " accepts " + wrong);
    assertTrue(errors.stream().anyMatch(e -> keyword.equals(e.getKeyword())), keyword + " expected: " + errors + " "
        + errors.stream().map(Error::getKeyword).toList());
    assertThrows(Exception.class, () -> RevopsJson.mapper().treeToValue(wrong, TYPES.get(id)), wrong::toString);
  }

  @Test
  void the_mapping_schema_refuses_a_missing_field_a_wrong_type_and_an_unknown_property() {
    ObjectNode noColumns = mapping();
    noColumns.remove("columns");
    bothRefuse(Schemas.COLUMN_MAPPING, noColumns, "required");
    ObjectNode noStage = mapping();
    ((ObjectNode) noStage.get("columns")).remove("stage");
    bothRefuse(Schemas.COLUMN_MAPPING, noStage, "required");
    bothRefuse(Schemas.COLUMN_MAPPING, mapping().put("delimiter", 1), "type");
    bothRefuse(Schemas.COLUMN_MAPPING, mapping().put("delimiter", ";;"), "maxLength");
    bothRefuse(Schemas.COLUMN_MAPPING, mapping().put("defaultCurrency", "usd"), "pattern");
    bothRefuse(Schemas.COLUMN_MAPPING, mapping().put("decimalSeparator", ","), "not");
    bothRefuse(Schemas.COLUMN_MAPPING, mapping().put("colums", "x"), "additionalProperties");
    ObjectNode typo = mapping();
    ((ObjectNode) typo.get("columns")).putArray("amout").add("Amount");
    bothRefuse(Schemas.COLUMN_MAPPING, typo, "additionalProperties");
    ObjectNode priceAlone = (ObjectNode) RevopsJson.mapper().valueToTree(ColumnMapping.mavenCrm());
    ((ObjectNode) priceAlone.get("joins").get(2)).remove("priceCurrency");
    bothRefuse(Schemas.COLUMN_MAPPING, priceAlone, "dependentRequired");
    ObjectNode badJoin = (ObjectNode) RevopsJson.mapper().valueToTree(ColumnMapping.mavenCrm());
    ((ObjectNode) badJoin.get("joins").get(0)).put("on", "manager");
    bothRefuse(Schemas.COLUMN_MAPPING, badJoin, "enum");
  }

  @Test
  void the_definition_handoff_ownership_and_templates_schemas_refuse_wrong_files() {
    ObjectNode def = RevopsJson.mapper().valueToTree(Bundled.definition("gen-deals"));
    bothRefuse(Schemas.PIPELINE_DEFINITION, def.deepCopy().put("version", "1"), "type");
    ObjectNode noStages = def.deepCopy();
    noStages.remove("stages");
    bothRefuse(Schemas.PIPELINE_DEFINITION, noStages, "required");
    ObjectNode stageTypo = def.deepCopy();
    ((ObjectNode) stageTypo.get("stages").get(0)).put("probability", 0.1);
    bothRefuse(Schemas.PIPELINE_DEFINITION, stageTypo, "additionalProperties");
    ObjectNode twoWon = def.deepCopy();
    ((ObjectNode) twoWon.get("stages").get(6)).put("outcome", "WON").put("defaultProbability", 1)
        .put("defaultForecastCategory", "CLOSED");
    bothRefuse(Schemas.PIPELINE_DEFINITION, twoWon, "maxContains");
    ObjectNode wonAtHalf = def.deepCopy();
    ((ObjectNode) wonAtHalf.get("stages").get(5)).put("defaultProbability", 0.5);
    bothRefuse(Schemas.PIPELINE_DEFINITION, wonAtHalf, "const");

    ObjectNode map = RevopsJson.mapper().valueToTree(Bundled.handoffMap());
    ObjectNode twoTriggers = map.deepCopy();
    ((ObjectNode) twoTriggers.at("/protocols/0/trigger")).put("stageEntered", "discovery");
    bothRefuse(Schemas.HANDOFF_MAP, twoTriggers, "oneOf");
    ObjectNode cost = map.deepCopy();
    ((ObjectNode) cost.at("/protocols/0")).put("costPerFailure", 120);
    bothRefuse(Schemas.HANDOFF_MAP, cost, "type");
    bothRefuse(Schemas.HANDOFF_MAP, map.deepCopy().put("protocol", "x"), "additionalProperties");

    ObjectNode owners = RevopsJson.mapper().valueToTree(Bundled.fieldOwnership());
    ObjectNode ownsId = owners.deepCopy();
    ((ObjectNode) ownsId.get("owners")).put("id", "sales");
    bothRefuse(Schemas.FIELD_OWNERSHIP, ownsId, "propertyNames");
    ObjectNode noDate = owners.deepCopy();
    noDate.remove("effectiveFrom");
    bothRefuse(Schemas.FIELD_OWNERSHIP, noDate, "required");

    ObjectNode templates = (ObjectNode) read(Path.of("src/main/resources/dev/revops/examples/sample/revenue-templates.json"));
    ObjectNode noTerm = templates.deepCopy();
    ((ObjectNode) noTerm.at("/templates/0")).remove("termMonths");
    bothRefuse(Schemas.REVENUE_TEMPLATES, noTerm, "required");
    ObjectNode extra = templates.deepCopy();
    ((ArrayNode) extra.get("templates")).addObject().put("product", "X");
    bothRefuse(Schemas.REVENUE_TEMPLATES, extra, "required");
  }

  @Test
  void a_definition_file_naming_its_schema_is_read_by_the_cli(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    Path def = dir.resolve("def.json");
    Files.writeString(def, PLAIN.writeValueAsString(Schemas.naming(Schemas.PIPELINE_DEFINITION,
        Bundled.definition("salesforce-default"))));
    Path mapping = dir.resolve("mapping.json");
    Files.writeString(mapping, RevopsCliTest.run("mapping", "--print", "salesforce-data-loader").out());
    RevopsCliTest.Run r = RevopsCliTest.run("validate", "--deals",
        "../" + CrmExportCommandsTest.EXPORTS + "/salesforce-data-loader.csv", "--mapping", mapping.toString(),
        "--definition", def.toString());
    assertEquals(0, r.status(), r.out() + r.err());
    Path map = dir.resolve("map.json");
    Files.writeString(map, PLAIN.writeValueAsString(Schemas.naming(Schemas.HANDOFF_MAP, Bundled.handoffMap())));
    RevopsCliTest.Run h = RevopsCliTest.run("handoffs", "--map", map.toString(), "--format", "json");
    assertTrue(h.status() == 0 || h.status() == 1, h.err());
    assertEquals("", h.err());
  }
}
