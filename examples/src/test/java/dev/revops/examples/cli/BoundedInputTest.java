package dev.revops.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoundedInputTest {

  static InputStream bytes(int n) {
    return new ByteArrayInputStream(new byte[n]);
  }

  @Test
  void a_stream_within_its_limit_reads_whole() throws IOException {
    try (InputStream in = new BoundedInput(bytes(10), 10)) {
      assertArrayEquals(new byte[10], in.readAllBytes());
    }
  }

  @Test
  void a_stream_one_byte_past_its_limit_ends_in_too_long_whichever_way_it_is_read() throws IOException {
    assertThrows(BoundedInput.TooLong.class, () -> new BoundedInput(bytes(11), 10).readAllBytes());
    InputStream one = new BoundedInput(bytes(11), 10);
    for (int i = 0; i < 10; i++) {
      assertEquals(0, one.read());
    }
    assertThrows(BoundedInput.TooLong.class, one::read);
    assertThrows(BoundedInput.TooLong.class, () -> new BoundedInput(bytes(11), 10).skip(11));
  }

  @Test
  void books_that_pass_the_limit_while_read_are_refused_in_one_line(@TempDir Path dir) throws IOException {
    // the size check before reading passes only a regular file; the stream bounds the rest (a pipe)
    Path books = Files.writeString(dir.resolve("books.json"), "{\"format\":\"revops-books/1\",\"batches\":[]}");
    assertEquals(0, BooksFile.read(books, 1_000).batches().size());
    CliException e = assertThrows(CliException.class, () -> BooksFile.read(books, 20));
    assertEquals(books + " has 40 bytes: books may have at most 20 (a quarter of the Java heap); give Java more "
        + "memory (java -Xmx...) to read them", e.getMessage());
  }
}
