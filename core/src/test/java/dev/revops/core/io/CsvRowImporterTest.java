package dev.revops.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.money.Money;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsvRowImporterTest {
  record Quota(String owner, Money amount) {}

  final CsvRowImporter<Quota> quotas = CsvRowImporter.of("quotas", List.of("owner", "amount"), row -> {
    Optional<String> owner = row.require("owner");
    owner.ifPresent(row::recordId);
    Optional<BigDecimal> amount = row.decimal("amount");
    if (row.hasProblems()) {
      return null;
    }
    return new Quota(owner.get(), Money.of(row.get("currency").orElse("USD"), amount.orElseThrow()));
  });

  @Test
  void reads_rows_with_a_row_reader_and_reports_every_problem() throws IOException {
    ImportResult<Quota> r = quotas.readAll(new StringReader(
        "Owner,Amount,Currency\nalice,1000.00,USD\n,5,USD\nbob,lots,USD\ncarol,1.005,USD\ndave,7,EUR,extra\n\nerin,3,EUR\n"));
    assertEquals(List.of(new Quota("alice", Money.parse("USD 1000.00")), new Quota("erin", Money.parse("EUR 3.00"))),
        r.accepted());
    assertEquals(6, r.report().rowsRead());
    assertEquals(1, r.report().blankLinesSkipped());
    assertEquals(List.of(
            "row 3: Owner '' is required",
            "row 4 (bob): Amount 'lots' is not a plain decimal number",
            "row 5 (carol): Amount '1.005' has more decimal places than USD allows (2)",
            "row 6: row has a different number of fields than the header (4 fields, the header 3)"),
        r.rejected().stream().map(Rejection::toString).toList());
    assertEquals("quotas", r.report().records());
    assertTrue(r.report().definition().isEmpty());
  }

  @Test
  void a_missing_required_column_fails_the_import() {
    assertThrows(ImportFormatException.class, () -> quotas.readAll(new StringReader("owner,quota\nalice,5\n")));
  }

  @Test
  void reads_other_delimiters() throws IOException {
    assertEquals(1, quotas.withDelimiter(";").readAll(new StringReader("owner;amount\nalice;5\n")).accepted().size());
  }

  @Test
  void a_unique_key_rejects_a_repeat_naming_the_first_row_instead_of_overriding_it() throws IOException {
    ImportResult<Quota> r = quotas.withUniqueKey("owner", "owner", Quota::owner)
        .readAll(new StringReader("Owner,Amount\nalice,5\nbob,6\n alice ,7\nbob,x\n"));
    assertEquals(List.of("alice", "bob"), r.accepted().stream().map(Quota::owner).toList());
    assertEquals(List.of("row 4 (alice): Owner ' alice ' repeats an earlier row's owner (first at row 2)",
            "row 5 (bob): Amount 'x' is not a plain decimal number"),
        r.rejected().stream().map(Rejection::toString).toList());
  }
}
