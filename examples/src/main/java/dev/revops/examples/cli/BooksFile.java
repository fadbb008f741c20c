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

/**
 * The books on disk ({@code --books}, {@code --save-books}): read and verified, each problem one
 * line naming the file, the batch and the entry; written through {@link Json#write}.
 */
final class BooksFile {
  private BooksFile() {}

  /** Reads and verifies books; books of the previous release (one unverifiable snapshot) are refused. */
  static ClosedBooks read(Path path) {
    try (Reader in = Files.newBufferedReader(path)) {
      return RevopsJson.mapper().readValue(in, ClosedBooks.class);
    } catch (JsonProcessingException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
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
