package dev.revops.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command that prints tables prints the same figures as CSV and holds each of them in its
 * JSON: each figure of the CSV output (which is every figure of the tables) is looked up among the
 * JSON's values.
 */
class OutputFormatsTest {
  private static final Pattern MONEY = Pattern.compile("([A-Z]{3}) (-?[0-9]+(\\.[0-9]+)?)");

  static Stream<Arguments> commands() {
    return Stream.of(
        Arguments.of((Object) new String[] {"validate"}),
        Arguments.of((Object) new String[] {"pipeline", "--group-by", "owner,period"}),
        Arguments.of((Object) new String[] {"velocity", "--group-by", "segment", "--deal", "D00007"}),
        Arguments.of((Object) new String[] {"conversion", "--group-by", "segment", "--evaluate", "--split-date",
            "2026-04-01"}),
        Arguments.of((Object) new String[] {"review", "--group-by", "owner", "--periods", "all"}),
        Arguments.of((Object) new String[] {"reconcile", "--contract", "K-D00007"}),
        Arguments.of((Object) new String[] {"handoffs"}),
        Arguments.of((Object) new String[] {"funnel", "--group-by", "source", "--window", "90", "--by-period"}),
        Arguments.of((Object) new String[] {"project"}),
        Arguments.of((Object) new String[] {"retention"}),
        Arguments.of((Object) new String[] {"calls"}),
        Arguments.of((Object) new String[] {"winloss", "--group-by", "owner"}),
        Arguments.of((Object) new String[] {"attribution", "--by", "segment"}),
        Arguments.of((Object) new String[] {"attribution", "--by", "campaign", "--basis", "weighted"}),
        Arguments.of((Object) new String[] {"cac", "--count-by", "w-shaped"}));
  }

  /** The CSV records after the header. */
  static List<List<String>> csv(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        fields.add(field.toString());
        field.setLength(0);
        records.add(fields);
        fields = new ArrayList<>();
        i++;
      } else {
        field.append(c);
      }
    }
    assertEquals(0, field.length() + fields.size(), "the CSV ends with CRLF");
    assertEquals(Output.CSV_HEADER, records.get(0));
    return records.subList(1, records.size());
  }

  /** Every scalar of the JSON, numbers without trailing zeros, amounts also without their currency. */
  static Set<String> values(JsonNode json) {
    Set<String> out = new HashSet<>();
    List<JsonNode> todo = new ArrayList<>(List.of(json));
    while (!todo.isEmpty()) {
      JsonNode n = todo.remove(todo.size() - 1);
      if (n.isContainerNode()) {
        n.forEach(todo::add);
        n.fieldNames().forEachRemaining(out::add);
      } else if (n.isNumber()) {
        out.add(normal(n.decimalValue().toPlainString()));
      } else {
        out.add(n.asText());
        Matcher m = MONEY.matcher(n.asText());
        if (m.matches()) {
          out.add(normal(m.group(2)));
        }
      }
    }
    return out;
  }

  static String normal(String value) {
    try {
      BigDecimal d = new BigDecimal(value).stripTrailingZeros();
      return (d.scale() < 0 ? d.setScale(0) : d).toPlainString();
    } catch (NumberFormatException e) {
      return value;
    }
  }

  @ParameterizedTest
  @MethodSource("commands")
  void every_figure_of_the_tables_is_in_the_csv_and_in_the_json(String[] args) throws IOException {
    RevopsCliTest.Run csv = RevopsCliTest.run(Stream.concat(Stream.of(args), Stream.of("--format", "csv"))
        .toArray(String[]::new));
    RevopsCliTest.Run json = RevopsCliTest.run(Stream.concat(Stream.of(args), Stream.of("--format", "json"))
        .toArray(String[]::new));
    assertTrue(csv.status() <= 1 && json.status() == csv.status(), csv.err() + json.err());
    List<List<String>> records = csv(csv.out());
    assertTrue(records.size() > 10, csv.out());
    Set<String> values = values(new ObjectMapper().readTree(json.out()));
    List<String> missing = new ArrayList<>();
    for (List<String> r : records) {
      if (!values.contains(normal(r.get(5)))) {
        missing.add(String.join(",", r));
      }
    }
    assertEquals(List.of(), missing.subList(0, Math.min(40, missing.size())), missing.size() + " figures missing");
  }
}
