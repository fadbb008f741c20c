package dev.revops.examples.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.revops.core.json.RevopsJson;
import dev.revops.examples.cli.RevopsCli;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The books as a hostile or careless user treats them, through the CLI: contracts that vanish
 * between runs, books edited by hand, closes run backwards. The sample's contracts, in USD at its
 * rates, closed before July: April to June are closed.
 */
class HostileBooksTest {
  static final ObjectMapper JSON = RevopsJson.mapper();
  static final String GONE = "K-D00006";   // booked in March 2026, revenue from April on

  @TempDir
  static Path dir;
  static Path all;
  static Path withoutOne;
  static Path rates;
  static Path closed;

  record Run(int status, String out, String err) {
    JsonNode json() throws IOException {
      assertEquals(0, status, err);
      return JSON.readTree(out);
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = RevopsCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(status, out.toString(), err.toString());
  }

  /** reconcile over the contracts file, April to a month, in USD at the sample's rates. */
  static Run reconcile(Path contracts, String to, String... more) {
    List<String> args = new ArrayList<>(List.of("reconcile", "--contracts", contracts.toString(), "--currency", "USD",
        "--rates", rates.toString(), "--from", "2026-04", "--to", to));
    args.addAll(List.of(more));
    return run(args.toArray(String[]::new));
  }

  @BeforeAll
  static void files() throws IOException {
    rates = copy("rates.csv");
    all = copy("contracts.json");
    ArrayNode contracts = (ArrayNode) JSON.readTree(all.toFile());
    ArrayNode fewer = JSON.createArrayNode();
    contracts.forEach(c -> {
      if (!c.get("id").asText().equals(GONE)) {
        fewer.add(c);
      }
    });
    withoutOne = dir.resolve("without-one.json");
    JSON.writeValue(withoutOne.toFile(), fewer);
    closed = dir.resolve("closed.json");
    Run close = reconcile(all, "2026-09", "--close-before", "2026-07-01", "--save-books", closed.toString(),
        "--note", "June close");
    assertEquals(0, close.status(), close.err());
  }

  static Path copy(String sample) throws IOException {
    Path to = dir.resolve(sample);
    try (InputStream in = HostileBooksTest.class.getResourceAsStream("/dev/revops/examples/sample/" + sample)) {
      Files.copy(in, to);
    }
    return to;
  }

  static List<JsonNode> closedMonths(JsonNode rows) {
    List<JsonNode> out = new ArrayList<>();
    rows.forEach(r -> {
      if (r.get("period").get("label").asText().compareTo("2026-07") < 0) {
        out.add(r);
      }
    });
    return out;
  }

  @Test
  void a_contract_removed_between_runs_keeps_its_closed_months() throws IOException {
    JsonNode before = reconcile(all, "2026-09", "--books", closed.toString(), "--format", "json").json();
    JsonNode after = reconcile(withoutOne, "2026-09", "--books", closed.toString(), "--format", "json").json();
    for (String report : List.of("rows", "functional")) {
      List<JsonNode> was = closedMonths(before.get("scheduleTotals").get(report));
      assertEquals(3 * (report.equals("rows") ? 3 : 1), was.size(), report);   // April to June, 3 currencies
      assertEquals(was, closedMonths(after.get("scheduleTotals").get(report)), report);
    }
    assertEquals(closedMonths(before.get("rollForward").get("rows")), closedMonths(after.get("rollForward").get("rows")));
    assertEquals(List.of(GONE), List.of(after.get("books").get("inTheBooksNotInThisInput").get(0).asText()));
    // the bridge and close of a closed month, with and without the contract
    JsonNode june = reconcile(all, "2026-06", "--books", closed.toString(), "--format", "json").json();
    JsonNode juneWithout = reconcile(withoutOne, "2026-06", "--books", closed.toString(), "--format", "json").json();
    assertEquals(june.get("bridge"), juneWithout.get("bridge"));
    assertEquals(june.get("close"), juneWithout.get("close"));
    // while an open month loses it: the books hold nothing of it after June
    assertTrue(!before.get("close").equals(after.get("close")));
    Run table = reconcile(withoutOne, "2026-09", "--books", closed.toString());
    assertTrue(table.out().contains("In the books, not in this input: 1 contract (" + GONE + "): their closed periods "
        + "are reported as posted, nothing after them."), table.out());
    assertTrue(table.out().contains("The books in " + closed + " are verified: 1 batch, closed before 2026-07-01, "
        + "digest " + JSON.readTree(closed.toFile()).get("batches").get(0).get("digest").asText() + "."), table.out());
  }

  @Test
  void re_closing_without_a_contract_keeps_its_postings() throws IOException {
    Path books = dir.resolve("reclosed.json");
    Files.copy(closed, books);
    JsonNode first = JSON.readTree(books.toFile());
    Run again = reconcile(withoutOne, "2026-09", "--books", books.toString(), "--close-before", "2026-08-01",
        "--save-books", books.toString(), "--note", "July close");
    assertEquals(0, again.status(), again.err());
    JsonNode both = JSON.readTree(books.toFile());
    assertEquals(first.get("batches").get(0), both.get("batches").get(0), "the June close is as it was");
    JsonNode july = both.get("batches").get(1);
    assertEquals("July close", july.get("note").asText());
    assertEquals(first.get("batches").get(0).get("digest"), july.get("previous"));
    assertTrue(count(july.get("postings"), p -> p.get("contract").asText().equals(GONE)) == 0);
    assertTrue(count(july.get("postings"), p -> !p.get("period").asText().equals("2026-07")) == 0,
        "a later batch adds the newly closed month only");
    assertTrue(count(first.get("batches").get(0).get("postings"), p -> p.get("contract").asText().equals(GONE)) > 0);
    Run later = reconcile(withoutOne, "2026-09", "--books", books.toString(), "--format", "json");
    assertEquals(GONE, later.json().get("books").get("inTheBooksNotInThisInput").get(0).asText());
  }

  @Test
  void a_contract_rejected_at_import_or_no_longer_schedulable_keeps_its_closed_months() throws IOException {
    JsonNode before = reconcile(all, "2026-09", "--books", closed.toString(), "--format", "json").json();
    ArrayNode contracts = (ArrayNode) JSON.readTree(all.toFile());
    for (String edit : List.of("rejected", "unschedulable")) {
      ArrayNode edited = JSON.createArrayNode();
      for (JsonNode c : contracts) {
        ObjectNode copy = c.deepCopy();
        if (c.get("id").asText().equals(GONE) && edit.equals("rejected")) {
          copy.put("currency", "eur");   // a currency code is upper case: the row is rejected at import
        } else if (c.get("id").asText().equals(GONE)) {
          ((ObjectNode) copy.get("payments").get(0)).put("invoiceId", "NO-SUCH-INVOICE");   // cannot be scheduled
        }
        edited.add(copy);
      }
      Path file = dir.resolve(edit + ".json");
      JSON.writeValue(file.toFile(), edited);
      JsonNode after = reconcile(file, "2026-09", "--books", closed.toString(), "--format", "json").json();
      assertEquals(edit.equals("rejected") ? 1 : 0, after.get("import").get("rowsRejected").asInt(), edit);
      for (String report : List.of("rows", "functional")) {
        assertEquals(closedMonths(before.get("scheduleTotals").get(report)),
            closedMonths(after.get("scheduleTotals").get(report)), edit + " " + report);
      }
      assertEquals(closedMonths(before.get("rollForward").get("rows")),
          closedMonths(after.get("rollForward").get("rows")), edit);
      assertEquals(List.of(GONE), List.of(after.get("books").get("inTheBooksNotInThisInput").get(0).asText()), edit);
    }
  }

  @Test
  void books_larger_than_their_limit_are_refused_in_one_line_before_they_are_read() throws IOException {
    // a file as large as the whole heap (sparse: nothing written), far beyond a quarter of it
    Path huge = dir.resolve("huge-books.json");
    try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
      f.setLength(Runtime.getRuntime().maxMemory() + 1);
    }
    Run r = reconcile(all, "2026-09", "--books", huge.toString());
    assertEquals(2, r.status(), r.err());
    assertEquals("", r.out());
    assertTrue(r.err().indexOf('\n') == r.err().length() - 1, r.err());
    assertTrue(r.err().startsWith(String.format(java.util.Locale.ROOT, "revops reconcile: %s has %,d bytes: books may "
        + "have at most ", huge, Runtime.getRuntime().maxMemory() + 1)), r.err());
    assertTrue(r.err().contains("(a quarter of the Java heap); give Java more memory (java -Xmx...) to read them"),
        r.err());
  }

  static long count(JsonNode array, Predicate<JsonNode> p) {
    long n = 0;
    for (JsonNode x : array) {
      n += p.test(x) ? 1 : 0;
    }
    return n;
  }

  /** The closed books with one edit, written to a file of their own. */
  static Path edited(String name, java.util.function.Consumer<ArrayNode> editPostingsOfBatch1) throws IOException {
    ObjectNode books = (ObjectNode) JSON.readTree(closed.toFile());
    editPostingsOfBatch1.accept((ArrayNode) books.get("batches").get(0).get("postings"));
    Path file = dir.resolve(name);
    JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), books);
    return file;
  }

  /** One line on stderr, exit 2, naming the file, the batch and the entry. */
  static void refused(Path books, String expected) {
    Run r = reconcile(all, "2026-09", "--books", books.toString());
    assertEquals(2, r.status(), r.out());
    assertEquals("", r.out());
    assertTrue(r.err().endsWith("\n") && r.err().indexOf('\n') == r.err().length() - 1, r.err());
    assertTrue(r.err().startsWith("revops reconcile: " + books + ": " + expected), r.err());
  }

  @Test
  void an_edited_amount_is_refused_naming_batch_and_entry() throws IOException {
    Path books = edited("edited-amount.json", ps -> {
      ObjectNode p = (ObjectNode) ps.get(3);
      assertEquals("REVENUE", p.get("kind").asText());
      p.put("amount", p.get("amount").asText().replaceFirst(" ", " 1"));
    });
    refused(books, "batch 1 (closed before 2026-07-01): entry 4 (");
    assertTrue(reconcile(all, "2026-09", "--books", books.toString()).err().contains(") does not match its digest: "
        + "the entry was edited, or one before it inserted, removed or moved"));
  }

  @Test
  void a_duplicated_entry_is_refused_naming_batch_and_entry() throws IOException {
    Path books = edited("duplicated.json", ps -> ps.insert(4, ps.get(3).deepCopy()));
    refused(books, "batch 1 (closed before 2026-07-01): entry 5 (");
    assertTrue(reconcile(all, "2026-09", "--books", books.toString()).err().contains("repeats entry 4"));
  }

  @Test
  void a_wrong_currency_is_refused_naming_batch_and_entry() throws IOException {
    Path books = edited("wrong-currency.json", ps -> {
      ObjectNode p = (ObjectNode) ps.get(3);
      String amount = p.get("amount").asText();
      p.put("amount", (amount.startsWith("USD") ? "CAD" : "USD") + amount.substring(3));
    });
    refused(books, "batch 1 (closed before 2026-07-01): entry 4 (");
    assertTrue(reconcile(all, "2026-09", "--books", books.toString()).err().contains("is not the contract's currency"));
  }

  @Test
  void a_broken_chain_is_refused_naming_batch_and_entry() throws IOException {
    refused(edited("entry-removed.json", ps -> ps.remove(2)), "batch 1 (closed before 2026-07-01): entry 3 (");
    ObjectNode books = (ObjectNode) JSON.readTree(closed.toFile());
    ((ObjectNode) books.get("batches").get(0)).put("previous", "1".repeat(64));
    Path file = dir.resolve("previous-edited.json");
    JSON.writeValue(file.toFile(), books);
    refused(file, "batch 1 (closed before 2026-07-01): its previous digest 111111111111... is not the start of the "
        + "books (64 zeros): the chain is broken");
  }

  @Test
  void closing_backwards_is_refused_in_one_line() throws IOException {
    Path books = dir.resolve("backwards.json");
    Files.copy(closed, books);
    byte[] was = Files.readAllBytes(books);
    Run r = reconcile(all, "2026-09", "--books", books.toString(), "--close-before", "2026-06-01", "--save-books",
        books.toString());
    assertEquals(2, r.status());
    assertEquals("revops reconcile: --close-before 2026-06-01: the books are closed before 2026-07-01; closing before "
        + "2026-06-01 would go backwards: a new close must be after it\n", r.err());
    Run same = reconcile(all, "2026-09", "--books", books.toString(), "--close-before", "2026-07-01", "--save-books",
        books.toString());
    assertEquals("revops reconcile: --close-before 2026-07-01: the books are already closed before 2026-07-01: a new "
        + "close must be after it\n", same.err());
    assertTrue(java.util.Arrays.equals(was, Files.readAllBytes(books)), "the books are left as they were");
  }

  @Test
  void saving_a_close_over_other_books_is_refused() throws IOException {
    Path other = dir.resolve("other.json");
    Files.copy(closed, other);
    Run r = reconcile(all, "2026-09", "--close-before", "2026-08-01", "--save-books", other.toString());
    assertEquals(2, r.status());
    assertEquals("revops reconcile: --save-books " + other + " exists and is not the --books file: the books are "
        + "append-only, so add this close to them with --books " + other + ", or save to a new file\n", r.err());
  }

  @Test
  void books_of_the_previous_release_are_refused_with_what_to_do() throws IOException {
    Path old = dir.resolve("old-books.json");
    Files.writeString(old, "{\"closedBefore\":\"2026-07-01\",\"revenue\":{},\"billed\":{},\"collected\":{}}");
    Run r = reconcile(all, "2026-09", "--books", old.toString());
    assertEquals(2, r.status());
    assertEquals("revops reconcile: " + old + " holds books of an earlier release (one snapshot, no digests): they "
        + "cannot be verified, so they are not read; close again from the same contracts with --close-before "
        + "2026-07-01 --save-books NEW-FILE\n", r.err());
  }

  @Test
  void books_kept_in_other_options_are_refused() {
    Run r = run("reconcile", "--contracts", all.toString(), "--from", "2026-04", "--to", "2026-09", "--books",
        closed.toString());
    assertEquals(2, r.status());
    assertTrue(r.err().startsWith("revops reconcile: " + closed + ": the books are kept in MONTH periods (fiscal year "
        + "from JANUARY), functional currency USD; these options have MONTH periods (fiscal year from JANUARY), "
        + "functional currency none"), r.err());
  }
}
