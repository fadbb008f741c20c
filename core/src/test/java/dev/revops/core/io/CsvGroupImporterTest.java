package dev.revops.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.InvalidValueException;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsvGroupImporterTest {
  record Line(String order, BigDecimal amount) {}

  record Order(String id, BigDecimal total, int lines) {}

  final CsvGroupImporter<Line, Order> orders = CsvGroupImporter.of("orders", "order", List.of("order", "amount"),
      "order", row -> {
        Optional<BigDecimal> amount = row.decimal("amount");
        return row.hasProblems() || amount.isEmpty() ? null : new Line(row.get("order").get(), amount.get());
      }, (id, lines) -> {
        BigDecimal total = lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() <= 0) {
          throw new InvalidValueException("total", total.toPlainString(), "must be positive");
        }
        return new Order(id, total, lines.size());
      });

  @Test
  void groups_consecutive_rows_and_rejects_a_group_whole_with_a_reason_per_row() throws IOException {
    String csv = "order,amount\nA,10\nA,5\nB,1\nB,x\nC,-3\nC,1\nD,2\nA,7\nE,4\n";
    ImportResult<Order> r = orders.readAll(new StringReader(csv));
    assertEquals(List.of(new Order("D", new BigDecimal("2"), 1), new Order("E", new BigDecimal("4"), 1)),
        r.accepted());
    assertEquals(9, r.report().rowsRead());
    assertEquals(2, r.report().rowsAccepted());
    assertEquals(2, r.report().recordsAccepted());
    String apart = "order 'A' belongs to a order whose rows are not together, so the whole order is rejected "
        + "(group the file by order)";
    assertEquals(List.of(
            "row 2 (A): " + apart + " (rows 2-3 and 9)",
            "row 3 (A): " + apart + " (rows 2-3 and 9)",
            "row 4 (B): row belongs to the same order as row 5, which was rejected",
            "row 5 (B): amount 'x' is not a plain decimal number",
            "row 6 (C): total '-2' must be positive",
            "row 7 (C): row belongs to the same order as row 6, which could not be assembled",
            "row 9 (A): " + apart + " (rows 2-3 and 9)"),
        r.rejected().stream().map(Rejection::toString).toList());
  }
}
