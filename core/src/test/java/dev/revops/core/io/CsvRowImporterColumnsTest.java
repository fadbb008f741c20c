package dev.revops.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.revops.core.InvalidValueException;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Files without a header row: the caller names the columns and the first line is a row. */
class CsvRowImporterColumnsTest {
  final CsvRowImporter<String> ids = CsvRowImporter.of("things", List.of("id"), row -> {
    String id = row.require("id").orElse(null);
    row.decimal("amount");
    return row.hasProblems() ? null : id;
  });

  @Test
  void reads_the_first_line_as_a_row_and_reports_the_files_line_numbers() throws IOException {
    ImportResult<String> r = ids.withColumns(List.of("id", "amount")).readAll(new StringReader("a,1\nb,x\n\nc,3\n"));
    assertEquals(List.of("a", "c"), r.accepted());
    assertEquals(List.of(2L), r.rejected().stream().map(Rejection::row).toList());
    assertEquals(3, r.report().rowsRead());
    assertEquals(1, r.report().blankLinesSkipped());
  }

  @Test
  void required_columns_are_checked_against_the_names_given() {
    ImportFormatException e = assertThrows(ImportFormatException.class,
        () -> ids.withColumns(List.of("key", "amount")).readAll(new StringReader("a,1\n")));
    assertEquals(true, e.getMessage().contains("must have the columns id"), e.getMessage());
    assertThrows(InvalidValueException.class, () -> ids.withColumns(List.of("id", " ")));
  }
}
