package dev.revops.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.revops.core.InvalidValueException;
import dev.revops.core.io.ColumnMapping;
import dev.revops.core.io.ImportFormatException;
import dev.revops.core.io.ReferenceJoin;
import dev.revops.core.io.ReferenceTable;
import dev.revops.core.json.RevopsJson;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Locale;

/** Column mappings adjusted from the command line, and the reference tables their joins read. */
final class Mappings {
  private Mappings() {}

  /** The mapping with the one-off format options that were given (null: keep the mapping's). */
  static ColumnMapping withFormat(ColumnMapping m, String datePattern, String decimal, String thousands,
      String delimiter) {
    if (datePattern == null && decimal == null && thousands == null && delimiter == null) {
      return m;
    }
    ObjectNode tree = RevopsJson.mapper().valueToTree(m);
    put(tree, "datePattern", datePattern);
    put(tree, "decimalSeparator", decimal);
    put(tree, "thousandsSeparator", thousands == null ? null
        : thousands.equalsIgnoreCase("space") ? " " : thousands);
    put(tree, "delimiter", delimiter == null ? null : delimiter.equalsIgnoreCase("tab") ? "\t" : delimiter);
    try {
      return RevopsJson.mapper().treeToValue(tree, ColumnMapping.class);
    } catch (IOException | IllegalArgumentException e) {
      Throwable cause = e;
      while (cause.getCause() != null && !(cause instanceof InvalidValueException)) {
        cause = cause.getCause();
      }
      throw new CliException("the number, date or delimiter options do not fit: " + cause.getMessage(), e);
    }
  }

  private static void put(ObjectNode tree, String field, String value) {
    if (value != null) {
      tree.put(field, value);
    }
  }

  /** The table a {@code --join NAME=FILE} gives, keyed as the mapping's join of that name says. */
  static ReferenceTable table(ColumnMapping m, String name, Path file, Charset encoding) {
    ReferenceJoin join = m.joins().stream().filter(j -> j.table().equals(name)).findFirst()
        .orElseThrow(() -> new CliException("--join " + name + ": mapping " + m.name() + " joins no table of that "
            + "name (it joins: " + String.join(", ", m.joins().stream().map(ReferenceJoin::table).toList()) + ")"));
    try (Reader in = Inputs.open(file, encoding)) {
      ReferenceTable t = ReferenceTable.read(name, in, join.key());
      if (t.report().rowsRejected() > 0) {
        throw new CliException(String.format(Locale.ROOT, "--join %s: %,d rows of %s rejected, for example %s",
            name, t.report().rowsRejected(), file, Options.firstExample(t.report())));
      }
      return t;
    } catch (ImportFormatException e) {
      throw new CliException(file + " cannot be joined as " + name + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw Inputs.unreadable(file, e);
    }
  }
}
