package dev.revops.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import java.io.IOException;

/**
 * Skips the {@value #PROPERTY} property of a document's root object, which names the JSON Schema
 * the file follows (for editors and validators) and is no part of the value: a definition, mapping
 * or handoff map file may carry {@code "$schema": "https://revops.dev/schema/..."} and still be read
 * strictly. Only a string at the root is skipped; {@code $schema} anywhere else, or not a string, is
 * an unknown property like any other.
 */
final class SchemaReference extends DeserializationProblemHandler {
  /** The property skipped. */
  static final String PROPERTY = "$schema";

  @Override
  public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
      Object beanOrClass, String propertyName) throws IOException {
    if (!PROPERTY.equals(propertyName) || p.currentToken() != JsonToken.VALUE_STRING) {
      return false;
    }
    JsonStreamContext object = p.getParsingContext();
    return object.inObject() && object.getParent() != null && object.getParent().inRoot();
  }
}
