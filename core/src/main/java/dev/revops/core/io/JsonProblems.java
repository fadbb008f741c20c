package dev.revops.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.revops.core.InvalidValueException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Jackson failure to read one record means, as the problems of a rejection: each with the
 * JSON property it concerns (the input's name) and the property's value as the input has it (its
 * JSON text: {@code "2025-02-30"} with its quotes, {@code 20000}).
 */
final class JsonProblems {
  private static final Pattern MISSING = Pattern.compile("\\[([^\\]]*)\\]");
  private static final Pattern STEP = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)\\]");
  private static final JsonFactory PLAIN = new JsonFactory();
  /** How much of a record's text a syntax error shows. */
  static final int SHOWN = 200;

  private JsonProblems() {}

  /**
   * The problems a Jackson failure stands for.
   *
   * @param e the failure
   * @param thing one record, for example {@code "deal"}
   * @param text the record's JSON text
   */
  static List<Problem> of(JsonProcessingException e, String thing, String text) {
    List<Object> path = new ArrayList<>();
    Optional<String> property = Optional.empty();
    if (e instanceof JsonMappingException m) {
      for (JsonMappingException.Reference r : m.getPath()) {
        if (r.getFieldName() != null) {
          path.add(r.getFieldName());
          property = Optional.of(r.getFieldName());
        } else if (r.getIndex() >= 0) {
          path.add(r.getIndex());
        }
      }
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InvalidValueException invalid) {
        return violations(invalid, path, property, text);
      }
      if (t instanceof IllegalStateException missing && String.valueOf(missing.getMessage()).contains("required")) {
        Matcher m = MISSING.matcher(missing.getMessage());
        return List.of(Problem.of(Optional.empty(), Optional.of(m.find() ? m.group(1) : ""),
            "misses required properties"));
      }
    }
    if (e instanceof UnrecognizedPropertyException u) {
      return List.of(new Problem.Builder().column(u.getPropertyName()).value(Optional.ofNullable(raw(text, path)))
          .reason("is not a property of a " + thing).build());
    }
    if (e instanceof StreamConstraintsException) {
      return List.of(new Problem.Builder().value(shown(text)).reason("exceeds a limit of the JSON reader")
          .detail(e.getOriginalMessage()).build());
    }
    if (e instanceof MismatchedInputException && !path.isEmpty()) {
      String message = e.getOriginalMessage();
      boolean rule = message.startsWith("must be ");
      String reason = rule ? message : e instanceof InvalidFormatException ? "is not a valid value"
          : "has the wrong JSON type";
      return List.of(new Problem.Builder().column(property).value(Optional.ofNullable(raw(text, path)))
          .reason(reason).detail(Optional.ofNullable(rule ? null : message)).build());
    }
    if (e instanceof JsonMappingException) {
      return List.of(new Problem.Builder().column(property).value(Optional.ofNullable(raw(text, path)))
          .reason(path.isEmpty() ? "has the wrong JSON type for a " + thing : "is not a valid value")
          .detail(e.getOriginalMessage()).build());
    }
    return List.of(new Problem.Builder().value(shown(text)).reason("is not valid JSON")
        .detail(e.getOriginalMessage()).build());
  }

  /** The problems of broken model rules, each on its property, with the property's JSON text. */
  private static List<Problem> violations(InvalidValueException invalid, List<Object> path, Optional<String> property,
      String text) {
    List<Problem> out = new ArrayList<>();
    for (InvalidValueException.Violation v : invalid.violations()) {
      // A violation inside a nested value (money, probability) is reported on its property; one of
      // the record's own rules names a field, which is the JSON property of that name.
      boolean nested = invalid.subject().isEmpty() && property.isPresent();
      List<Object> at = new ArrayList<>(path);
      if (!nested) {
        at.addAll(steps(v.field()));
      }
      String column = nested ? property.get() : v.field();
      String raw = raw(text, at);
      Optional<String> cell = Optional.ofNullable(raw);
      out.add(Problem.ofViolation(v, cell.map(c -> column), cell));
    }
    return out;
  }

  /** A field path such as {@code obligations[0].service} as steps. */
  private static List<Object> steps(String field) {
    List<Object> out = new ArrayList<>();
    Matcher m = STEP.matcher(field);
    while (m.find()) {
      out.add(m.group(1) != null ? m.group(1) : (Object) Integer.valueOf(m.group(2)));
    }
    return out;
  }

  /** A record's text as a problem's value: whole, or its first {@value #SHOWN} characters. */
  static String shown(String text) {
    return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "...";
  }

  /**
   * The JSON text of the value at a path in a record, as the input has it; null when the path is
   * empty or the record has no such value (or cannot be read up to it).
   */
  static String raw(String text, List<Object> path) {
    if (path.isEmpty()) {
      return null;
    }
    try (JsonParser p = PLAIN.createParser(text)) {
      p.nextToken();
      for (Object step : path) {
        if (!(step instanceof String name ? fieldOf(p, name) : elementOf(p, (Integer) step))) {
          return null;
        }
      }
      int start = (int) p.currentTokenLocation().getCharOffset();
      if (p.currentToken().isScalarValue()) {
        p.getText(); // reads the whole token
      } else {
        p.skipChildren();
      }
      int end = (int) p.currentLocation().getCharOffset();
      return start >= 0 && end >= start && end <= text.length() ? text.substring(start, end) : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static boolean fieldOf(JsonParser p, String name) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      return false;
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      boolean found = name.equals(p.currentName());
      p.nextToken();
      if (found) {
        return true;
      }
      p.skipChildren();
    }
    return false;
  }

  private static boolean elementOf(JsonParser p, int index) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      return false;
    }
    for (int i = 0; ; i++) {
      JsonToken t = p.nextToken();
      if (t == null || t == JsonToken.END_ARRAY) {
        return false;
      }
      if (i == index) {
        return true;
      }
      p.skipChildren();
    }
  }
}
