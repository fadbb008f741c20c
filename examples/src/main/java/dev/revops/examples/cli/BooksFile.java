package dev.revops.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.revops.core.InvalidValueException;
import dev.revops.core.json.RevopsJson;
import dev.revops.forecast.revenue.ClosedBooks;
import dev.revops.forecast.revenue.InvalidBooksException;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The books on disk ({@code --books}, {@code --save-books}): read and verified, each problem one
 * line naming the file, the batch and the entry; written through {@link Json#write}.
 */
final class BooksFile {
  private BooksFile() {}

  /**
   * The largest books file read: a quarter of the heap Java may use, 128 MB with {@code -Xmx512m}
   * (about 440,000 postings and balances). Books of 117 MB (401,000 postings of 30,250 contracts)
   * were verified and overlaid on those contracts' schedules within {@code -Xmx512m}; larger books
   * need a larger {@code -Xmx}.
   */
  static long maxBytes() {
    return Math.max(MIN_MAX_BYTES, Runtime.getRuntime().maxMemory() / 4);
  }

  /** The limit however small the heap: books of a few closes of a small business. */
  private static final long MIN_MAX_BYTES = 16L << 20;

  /**
   * The most postings books may hold after a close: as many as a books file of {@link #maxBytes()}
   * holds, at 320 bytes a posting (books of 117 MB held 401,000 postings and their balances, 292
   * bytes a posting): 419,430 with {@code -Xmx512m}. A close is held in memory until it is written,
   * and books the next run could not read must not be written.
   */
  static long maxPostings() {
    return maxBytes() / BYTES_PER_POSTING;
  }

  private static final long BYTES_PER_POSTING = 320;

  /** The postings books hold. */
  static long postings(ClosedBooks books) {
    return books.batches().stream().mapToLong(b -> b.postings().size()).sum();
  }

  /**
   * Refuses a close whose books would hold more than {@code maxPostings}, as soon as the contracts
   * added to it pass that: before its batch is built or anything written, so the books stay as they
   * were.
   */
  static void checkClose(LocalDate closeBefore, long inTheBooks, long closing, long maxPostings) {
    if (inTheBooks + closing > maxPostings) {
      throw new CliException(String.format(Locale.ROOT, "closing before %s would put more than %,d postings in the "
          + "books (%,d already in them; the limit is what books of a quarter of the Java heap hold): nothing was "
          + "closed or written; give Java more memory (java -Xmx...)", closeBefore, maxPostings, inTheBooks));
    }
  }

  /** Reads and verifies books; books of the previous release (one unverifiable snapshot) are refused. */
  static ClosedBooks read(Path path) {
    return read(path, maxBytes());
  }

  /**
   * Reads and verifies books of at most {@code maxBytes} bytes: a larger file is refused before it
   * is read, and one that grows past it while read (a pipe, a file being written) when it does.
   */
  static ClosedBooks read(Path path, long maxBytes) {
    refuseLarger(path, maxBytes);
    // a strict decoder, as Files.newBufferedReader's: malformed UTF-8 is an error, not a replacement character
    try (Reader in = new java.io.InputStreamReader(new BoundedInput(Files.newInputStream(path), maxBytes),
        java.nio.charset.StandardCharsets.UTF_8.newDecoder())) {
      return RevopsJson.mapper().readValue(in, ClosedBooks.class);
    } catch (BoundedInput.TooLong e) {
      throw tooLarge(path, "more than " + String.format(Locale.ROOT, "%,d", maxBytes), maxBytes);
    } catch (JsonProcessingException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof BoundedInput.TooLong) {
          throw tooLarge(path, "more than " + String.format(Locale.ROOT, "%,d", maxBytes), maxBytes);
        }
        if (t instanceof InvalidBooksException) {
          throw new CliException(path + ": " + t.getMessage(), e);
        }
        if (t instanceof InvalidValueException) {
          throw new CliException(path + ": " + where(e) + t.getMessage(), e);
        }
      }
      refuseEarlierRelease(path);
      String why = e.getOriginalMessage();
      int problem = why.indexOf("problem: ");
      throw new CliException(path + " is not valid books: " + where(e) + (problem >= 0
          ? why.substring(problem + "problem: ".length()) : why), e);
    } catch (IOException e) {
      throw Inputs.unreadable(path, e);
    }
  }

  private static void refuseLarger(Path path, long maxBytes) {
    try {
      if (Files.isRegularFile(path) && Files.size(path) > maxBytes) {
        throw tooLarge(path, String.format(Locale.ROOT, "%,d", Files.size(path)), maxBytes);
      }
    } catch (IOException e) {
      throw Inputs.unreadable(path, e);
    }
  }

  private static CliException tooLarge(Path path, String size, long maxBytes) {
    return new CliException(String.format(Locale.ROOT, "%s has %s bytes: books may have at most %,d (a quarter of the "
        + "Java heap); give Java more memory (java -Xmx...) to read them", path, size, maxBytes));
  }

  /** The previous release wrote one snapshot that anyone could edit: it cannot be verified, so it is not read. */
  private static void refuseEarlierRelease(Path path) {
    JsonNode tree = Json.read(path, JsonNode.class);
    if (tree.isObject() && !tree.has("format") && tree.has("closedBefore") && tree.has("revenue")) {
      throw new CliException(path + " holds books of an earlier release (one snapshot, no digests): they cannot be "
          + "verified, so they are not read; close again from the same contracts with --close-before "
          + tree.path("closedBefore").asText() + " --save-books NEW-FILE");
    }
    if (!tree.isObject()) {
      throw new CliException(path + " is not books: expected a JSON object with \"format\" and \"batches\"");
    }
  }

  /** Writes the books (atomically, as every file the CLI writes). */
  static void write(Path path, ClosedBooks books) {
    Json.write(path, books);
  }

  /** "batch 2, entry 17: " from where in the JSON the problem is. */
  private static String where(JsonProcessingException e) {
    if (!(e instanceof JsonMappingException m)) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    String field = null;
    for (JsonMappingException.Reference r : m.getPath()) {
      if (r.getFieldName() != null) {
        field = r.getFieldName();
      } else if (r.getIndex() >= 0 && field != null) {
        String what = switch (field) {
          case "batches" -> "batch ";
          case "postings" -> ", entry ";
          case "balances" -> ", balance ";
          default -> ", " + field + " ";
        };
        out.append(what).append(r.getIndex() + 1);
      }
    }
    return out.length() == 0 ? "" : out.append(": ").toString();
  }
}
