package dev.revops.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

  /** Passes {@code limit} bytes through, then fails as a full disk does. */
  static final class FailingAfter extends FilterOutputStream {
    private long left;

    FailingAfter(OutputStream out, long limit) {
      super(out);
      this.left = limit;
    }

    @Override
    public void write(int b) throws IOException {
      if (left-- <= 0) {
        throw new IOException("No space left on device");
      }
      out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      for (int i = 0; i < len; i++) {
        write(b[off + i]);
      }
    }
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }

  @Test
  void writes_a_new_file_and_replaces_an_existing_one_leaving_nothing_else(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("books.json");
    AtomicFile.write(target, "first");
    assertEquals("first", Files.readString(target));
    AtomicFile.write(target, "second, longer than the first");
    assertEquals("second, longer than the first", Files.readString(target));
    assertEquals(List.of(target), files(dir));
  }

  @Test
  void a_write_that_fails_part_way_leaves_the_previous_file_whole_and_no_temporary_file(@TempDir Path dir)
      throws IOException {
    Path target = dir.resolve("books.json");
    Files.writeString(target, "the previous books");
    String big = "x".repeat(100_000);
    CliException e = assertThrows(CliException.class,
        () -> new AtomicFile(out -> new FailingAfter(out, 10_000)).writeText(target, out -> out.write(big)));
    assertEquals("cannot write " + target + ": no space left on device", e.getMessage());
    assertEquals("the previous books", Files.readString(target));
    assertEquals(List.of(target), files(dir));
  }

  @Test
  void a_write_that_fails_part_way_leaves_no_file_where_there_was_none(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("model.json");
    assertThrows(CliException.class,
        () -> new AtomicFile(out -> new FailingAfter(out, 3)).writeText(target, out -> out.write("{\"a\":1}")));
    assertEquals(List.of(), files(dir));
  }

  @Test
  void contents_that_fail_while_written_leave_the_previous_file_and_no_temporary_file(@TempDir Path dir)
      throws IOException {
    Path target = dir.resolve("books.json");
    Files.writeString(target, "old");
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> AtomicFile.write(target, out -> {
      out.write("half of it");
      throw new IllegalStateException("stopped");
    }));
    assertEquals("stopped", e.getMessage());
    assertEquals("old", Files.readString(target));
    assertEquals(List.of(target), files(dir));
  }

  @Test
  void a_folder_as_target_or_a_missing_folder_is_a_one_line_error(@TempDir Path dir) throws IOException {
    CliException folder = assertThrows(CliException.class, () -> AtomicFile.write(dir, "x"));
    assertEquals("cannot write " + dir + ": is a directory", folder.getMessage());
    Path missing = dir.resolve("no/such/books.json");
    CliException none = assertThrows(CliException.class, () -> AtomicFile.write(missing, "x"));
    assertTrue(none.getMessage().startsWith("cannot write " + missing + ": no such folder"), none.getMessage());
    assertEquals(List.of(), files(dir));
  }

  @Test
  void a_device_is_refused_and_a_link_is_followed(@TempDir Path dir) throws IOException {
    Path device = Path.of("/dev/null");
    if (Files.exists(device)) {
      CliException e = assertThrows(CliException.class, () -> AtomicFile.write(device, "x"));
      assertTrue(e.getMessage().startsWith("cannot write /dev/null: not a regular file"), e.getMessage());
      assertTrue(Files.isRegularFile(device) == false);
    }
    Path books = dir.resolve("real-books.json");
    Files.writeString(books, "old");
    Path link = Files.createSymbolicLink(dir.resolve("books.json"), books);
    AtomicFile.write(link, "new");
    assertTrue(Files.isSymbolicLink(link));
    assertEquals("new", Files.readString(books));
    assertEquals(List.of(link, books), files(dir));
  }

  @Test
  void json_files_go_through_it(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("value.json");
    Json.write(target, List.of(1, 2));
    assertEquals("[ 1, 2 ]\n", Files.readString(target));
  }
}
