package dev.revops.examples.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BooksFileTest {
  static final LocalDate JULY = LocalDate.parse("2026-07-01");

  @Test
  void a_close_within_the_postings_limit_passes_and_one_past_it_is_refused_in_one_line_naming_the_limit() {
    // a limit of 10 postings, 4 already in the books: 6 more fit, a 7th does not
    assertDoesNotThrow(() -> BooksFile.checkClose(JULY, 4, 6, 10));
    CliException e = assertThrows(CliException.class, () -> BooksFile.checkClose(JULY, 4, 7, 10));
    assertEquals("closing before 2026-07-01 would put more than 10 postings in the books (4 already in them; the "
        + "limit is what books of a quarter of the Java heap hold): nothing was closed or written; give Java more "
        + "memory (java -Xmx...)", e.getMessage());
    assertEquals(-1, e.getMessage().indexOf('\n'));
  }

  @Test
  void the_postings_limit_is_what_a_books_file_of_a_quarter_of_the_heap_holds_at_320_bytes_a_posting() {
    assertEquals(BooksFile.maxBytes() / 320, BooksFile.maxPostings());
    // with -Xmx512m: 128 MiB = 134,217,728 bytes, 419,430 postings (more than the 401,000 verified in it)
    assertEquals(419_430, (512L << 20) / 4 / 320);
  }
}
