package dev.revops.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.revops.core.json.RevopsJson;
import java.util.Map;

/**
 * The JSON Schemas (draft 2020-12) of the settings files the CLI reads, by the {@code $id} a file
 * names in its {@code $schema} property, and where each ships: in the jar of the module that owns
 * the type, beside it.
 */
final class Schemas {
  private Schemas() {}

  /** The prefix of every schema's {@code $id}. */
  static final String BASE = "https://revops.dev/schema/";
  /** Column mappings ({@code --mapping FILE}, {@code revops mapping --print}). */
  static final String COLUMN_MAPPING = BASE + "column-mapping.schema.json";
  /** Pipeline definitions ({@code --definition FILE}, {@code --pipeline-definition P=FILE}). */
  static final String PIPELINE_DEFINITION = BASE + "pipeline-definition.schema.json";
  /** Handoff maps ({@code --map FILE}). */
  static final String HANDOFF_MAP = BASE + "handoff-map.schema.json";
  /** Field ownership files. */
  static final String FIELD_OWNERSHIP = BASE + "field-ownership.schema.json";
  /** Revenue templates ({@code revops project --templates FILE}). */
  static final String REVENUE_TEMPLATES = BASE + "revenue-templates.schema.json";

  /** Each schema's {@code $id} to its class-path resource. */
  static final Map<String, String> RESOURCES = Map.of(
      COLUMN_MAPPING, "dev/revops/core/io/column-mapping.schema.json",
      PIPELINE_DEFINITION, "dev/revops/core/pipeline/pipeline-definition.schema.json",
      HANDOFF_MAP, "dev/revops/handoff/protocol/handoff-map.schema.json",
      FIELD_OWNERSHIP, "dev/revops/handoff/ownership/field-ownership.schema.json",
      REVENUE_TEMPLATES, "dev/revops/forecast/projection/revenue-templates.schema.json");

  /** A value as JSON with {@code "$schema": schema} first, as the bundled files and printed mappings are written. */
  static ObjectNode naming(String schema, Object value) {
    ObjectNode tree = RevopsJson.mapper().createObjectNode().put("$schema", schema);
    tree.setAll((ObjectNode) RevopsJson.mapper().valueToTree(value));
    return tree;
  }
}
