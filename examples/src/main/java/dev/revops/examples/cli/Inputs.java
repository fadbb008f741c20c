package dev.revops.examples.cli;

import dev.revops.core.InvalidValueException;
import dev.revops.core.io.ColumnMapping;
import dev.revops.core.io.TransitionColumns;
import dev.revops.core.json.RevopsJson;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.examples.sample.Bundled;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Resolves what the user named on the command line: definitions, layouts, files. */
final class Inputs {
  /** The deal layouts the CLI knows, by name, with the bundled definition that goes with each. */
  static final List<String> LAYOUTS = List.of("gen-deals", "maven-crm", "salesforce-opportunities", "hubspot-deals",
      "salesforce-report", "salesforce-data-loader", "pipedrive-deals", "jsonl");

  private Inputs() {}

  /** A bundled definition name, or a JSON file. */
  static PipelineDefinition definition(String nameOrFile) {
    if (Bundled.DEFINITIONS.contains(nameOrFile)) {
      return Bundled.definition(nameOrFile);
    }
    Path path = Path.of(nameOrFile);
    if (!StandardInput.names(path) && !Files.exists(path)) {
      throw new CliException("--definition '" + nameOrFile + "' is neither a bundled definition ("
          + String.join(", ", Bundled.DEFINITIONS) + ") nor an existing file");
    }
    return readJson(path, PipelineDefinition.class, "pipeline definition");
  }

  /** The bundled definition that goes with a ready layout. */
  static String definitionFor(String layout) {
    switch (layout) {
      case "maven-crm":
        return "maven-crm";
      case "salesforce-opportunities":
      case "salesforce-report":
      case "salesforce-data-loader":
        return "salesforce-default";
      case "pipedrive-deals":
        return "pipedrive-default";
      case "hubspot-deals":
        return "hubspot-default";
      default:
        return "gen-deals";
    }
  }

  static ColumnMapping mapping(String layout) {
    return ColumnMapping.ready().stream().filter(m -> m.name().equals(layout)).findFirst()
        .orElseThrow(() -> new CliException("--layout '" + layout + "' is not one of " + String.join(", ", LAYOUTS)));
  }

  static ColumnMapping mappingFile(Path path) {
    return readJson(path, ColumnMapping.class, "column mapping");
  }

  static TransitionColumns transitionLayout(String name) {
    for (TransitionColumns t : List.of(TransitionColumns.genDeals(), TransitionColumns.salesforceOpportunityHistory())) {
      if (t.name().equals(name)) {
        return t;
      }
    }
    throw new CliException("--transition-layout '" + name
        + "' is not one of gen-deals, salesforce-opportunity-history");
  }

  /**
   * The layout of a deals file: JSON Lines by extension ({@code .jsonl}, {@code .ndjson}, either
   * gzipped) or, for any other name (standard input), when its first character other than white space
   * is <code>{</code>; else the first ready mapping whose id and stage columns its header has.
   */
  static String detectLayout(Path deals, Charset charset) {
    String name = deals.getFileName().toString().toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return "jsonl";
    }
    String header;
    try (BufferedReader in = open(deals, charset)) {
      header = line(in, MAX_HEADER, deals);
      while (header != null && header.isBlank()) {
        header = line(in, MAX_HEADER, deals);
      }
    } catch (IOException e) {
      throw unreadable(deals, e);
    }
    if (header == null) {
      throw new CliException(StandardInput.shown(deals) + " is empty: a deals CSV needs a header row");
    }
    if (header.replace("\uFEFF", "").strip().startsWith("{")) {
      return "jsonl";
    }
    Set<String> columns = Arrays.stream(header.replace("\uFEFF", "").split(","))
        .map(c -> c.strip().replace("\"", "").toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    for (ColumnMapping m : ColumnMapping.ready()) {
      if (has(columns, m.columns().id()) && has(columns, m.columns().stage())) {
        return m.name();
      }
    }
    throw new CliException("cannot tell the layout of " + StandardInput.shown(deals) + " from its header; pass "
        + "--layout (" + String.join(", ", LAYOUTS) + ") or --mapping FILE");
  }

  private static boolean has(Set<String> columns, List<String> candidates) {
    return candidates.stream().anyMatch(c -> columns.contains(c.toLowerCase(Locale.ROOT)));
  }

  /** The longest header line read to tell a layout. */
  static final int MAX_HEADER = 1 << 20;

  /**
   * The next line (without its end: LF, CR or CRLF), or null at the end; a line longer than
   * {@code max} characters is an error naming the file, so that one giant line cannot fill memory.
   */
  static String line(BufferedReader in, int max, Path file) throws IOException {
    StringBuilder b = new StringBuilder();
    int c = in.read();
    if (c < 0) {
      return null;
    }
    while (c >= 0 && c != '\n' && c != '\r') {
      if (b.length() == max) {
        throw new CliException(String.format(Locale.ROOT, "%s has a line longer than %,d characters", file, max));
      }
      b.append((char) c);
      c = in.read();
    }
    if (c == '\r') {
      in.mark(1);
      if (in.read() != '\n') {
        in.reset();
      }
    }
    return b.toString();
  }

  /**
   * Opens a text file: {@code -} or {@code /dev/stdin} is standard input ({@link StandardInput}), a
   * name ending in {@code .gz} is gunzipped as it is read; malformed text in the charset is an error.
   */
  static BufferedReader open(Path path, Charset charset) throws IOException {
    Path file = StandardInput.local(path);
    if (gzipped(file)) {
      // a decoder that reports malformed input, as Files.newBufferedReader's does
      java.io.InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(file), 1 << 16);
      return new BufferedReader(new java.io.InputStreamReader(in, charset.newDecoder()));
    }
    return Files.newBufferedReader(file, charset);
  }

  private static boolean gzipped(Path file) {
    return file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
  }

  static CliException unreadable(Path path, IOException e) {
    String shown = path == null ? "input" : StandardInput.shown(path);
    if (e instanceof CharacterCodingException) {
      return new CliException(shown + " is not valid text in the chosen encoding; pass --encoding (for example "
          + "windows-1252)", e);
    }
    if (path != null && gzipped(StandardInput.local(path))) {
      if (e instanceof java.util.zip.ZipException) {
        return new CliException(shown + " is not a valid gzip file (" + reason(e) + "); a name ending in .gz is read "
            + "as gzip", e);
      }
      if (e instanceof java.io.EOFException) {
        return new CliException(shown + " ends before its gzip stream does: the file is empty or truncated", e);
      }
    }
    return new CliException("cannot read " + shown + ": " + reason(e), e);
  }

  /**
   * The operating system's reason for a failed file operation, in a few words: "no such file",
   * "permission denied", "is a directory", "no space left on device"...
   */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "a file of that name exists";
    }
    String why = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
    if (why == null || why.isBlank()) {
      return e.getClass().getSimpleName();
    }
    return Character.toLowerCase(why.charAt(0)) + why.substring(1);
  }

  private static <T> T readJson(Path path, Class<T> type, String what) {
    Json.checkSize(path);
    try (Reader in = Files.newBufferedReader(StandardInput.local(path))) {
      return Json.notNull(path, RevopsJson.mapper().readValue(in, type));
    } catch (JsonProcessingException e) {
      Throwable cause = e;
      while (cause.getCause() != null && !(cause instanceof InvalidValueException)) {
        cause = cause.getCause();
      }
      String why = cause instanceof InvalidValueException ? cause.getMessage()
          : Json.readable(e.getOriginalMessage());
      throw new CliException(StandardInput.shown(path) + " is not a valid " + what + Json.where(e) + ": " + why, e);
    } catch (IOException e) {
      throw unreadable(path, e);
    }
  }
}
