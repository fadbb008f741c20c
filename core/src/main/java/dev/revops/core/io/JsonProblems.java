package dev.revops.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.revops.core.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a Jackson failure to read one record means, as the problems of a rejection. */
final class JsonProblems {
  private static final Pattern MISSING = Pattern.compile("\\[([^\\]]*)\\]");

  private JsonProblems() {}

  /** The problems a Jackson failure stands for, each with the JSON property it concerns. */
  static List<Problem> of(JsonProcessingException e, String thing) {
    Optional<String> property = Optional.empty();
    if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      property = m.getPath().stream().map(JsonMappingException.Reference::getFieldName)
          .filter(Objects::nonNull).reduce((a, b) -> b);
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InvalidValueException invalid) {
        List<Problem> out = new ArrayList<>();
        for (InvalidValueException.Violation v : invalid.violations()) {
          // A violation inside a nested value (money, probability) is reported on its property.
          String column = invalid.subject().isEmpty() && property.isPresent() ? property.get() : v.field();
          out.add(new Problem.Builder().column(column).value(v.value()).reason(v.rule())
              .detail(Optional.of(v.detail()).filter(d -> !d.isEmpty())).build());
        }
        return out;
      }
      if (t instanceof IllegalStateException missing && String.valueOf(missing.getMessage()).contains("required")) {
        Matcher m = MISSING.matcher(missing.getMessage());
        return List.of(Problem.of(Optional.empty(), Optional.of(m.find() ? m.group(1) : ""),
            "misses required properties"));
      }
    }
    if (e instanceof UnrecognizedPropertyException u) {
      return List.of(Problem.of(Optional.of(u.getPropertyName()), Optional.empty(), "is not a property of a " + thing));
    }
    if (e instanceof InvalidFormatException f) {
      return List.of(new Problem.Builder().column(property).value(String.valueOf(f.getValue()))
          .reason("is not a valid value").detail(e.getOriginalMessage()).build());
    }
    if (e instanceof JsonMappingException) {
      return List.of(new Problem.Builder().column(property).reason("has the wrong JSON type")
          .detail(e.getOriginalMessage()).build());
    }
    return List.of(new Problem.Builder().reason("is not valid JSON").detail(e.getOriginalMessage()).build());
  }
}
