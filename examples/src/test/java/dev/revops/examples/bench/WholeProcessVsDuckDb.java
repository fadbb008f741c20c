package dev.revops.examples.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The whole-process benchmark: each CLI command that has a SQL equivalent run as a user runs it,
 * {@code java -jar revops.jar ...} on the CSV files, against a separate JVM that loads the same
 * files into DuckDB through its JDBC driver and runs the same query ({@link DuckDbCommand}).
 * Alternating which goes first, medians; every repetition compares the two outputs (amounts
 * exactly, counts exactly, medians and seconds exactly) and stops at a disagreement.
 *
 * <p>Arguments: {@code --deals N} (the {@code gen_deals.py} files in the temporary folder, written
 * there when absent), {@code --reps N}, {@code --jar FILE}, {@code --shared DIR}, {@code --heap -XmxN}.
 */
public final class WholeProcessVsDuckDb {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDate AS_OF = LocalDate.parse("2026-10-01");

  private WholeProcessVsDuckDb() {}

  /**
   * Runs the benchmark.
   *
   * @param args see the class comment
   * @throws Exception when a side fails or the two disagree
   */
  public static void main(String[] args) throws Exception {
    int deals = 1_000_000;
    int reps = 3;
    Path jar = Path.of("target/revops.jar");
    Path shared = Path.of("../shared");
    String heap = "-Xmx2g";
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--deals" -> deals = Integer.parseInt(args[i + 1]);
        case "--reps" -> reps = Integer.parseInt(args[i + 1]);
        case "--jar" -> jar = Path.of(args[i + 1]);
        case "--shared" -> shared = Path.of(args[i + 1]);
        case "--heap" -> heap = args[i + 1];
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    Path data = Path.of(System.getProperty("java.io.tmpdir"), "revops-bench-" + deals);
    LibraryVsDuckDb.generate(shared, deals, data, AS_OF);
    String d = data.resolve("deals.csv").toString();
    String t = data.resolve("transitions.csv").toString();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp = System.getProperty("java.class.path");
    System.out.printf(Locale.ROOT, "%s, %d repetitions, %s, load average %s%n", data, reps, heap, loadAverage());
    System.out.println();
    System.out.println("| command (median of " + reps + ") | library | DuckDB (JDBC) | library / DuckDB | target | met |");
    System.out.println("|---|---|---|---|---|---|");
    for (String command : List.of("pipeline", "velocity", "conversion")) {
      List<String> library = new ArrayList<>(List.of(java, heap, "-jar", jar.toString(), command, "--deals", d,
          "--as-of", AS_OF.toString(), "--format", "json"));
      if (command.equals("pipeline")) {
        library.addAll(List.of("--group-by", "owner,period"));
      } else {
        library.addAll(List.of("--transitions", t));
      }
      List<String> duck = List.of(java, heap, "-cp", cp, DuckDbCommand.class.getName(), command, d, t,
          AS_OF.toString());
      List<Double> lib = new ArrayList<>();
      List<Double> db = new ArrayList<>();
      for (int rep = 0; rep < reps; rep++) {
        Run l = null;
        Run k = null;
        for (int side = 0; side < 2; side++) {
          if ((side == 0) == (rep % 2 == 0)) {
            l = run(library);
          } else {
            k = run(duck);
          }
        }
        SortedMap<String, String> fromLibrary = canonical(command, JSON.readTree(l.out()));
        SortedMap<String, String> fromDuck = new TreeMap<>();
        for (String line : k.out().split("\n")) {
          if (!line.isBlank()) {
            fromDuck.put(line.substring(0, line.indexOf('\t')), line.substring(line.indexOf('\t') + 1));
          }
        }
        if (!fromLibrary.equals(fromDuck)) {
          throw new IllegalStateException(command + ": the library and DuckDB disagree:\n" + fromLibrary + "\n"
              + fromDuck);
        }
        lib.add(l.seconds());
        db.add(k.seconds());
        System.err.printf(Locale.ROOT, "%s rep %d: library %.2f s, DuckDB %.2f s, %d figures agree%n", command,
            rep + 1, l.seconds(), k.seconds(), fromLibrary.size());
      }
      double ratio = LibraryVsDuckDb.median(lib) / LibraryVsDuckDb.median(db);
      System.out.printf(Locale.ROOT, "| `revops %s` | %.2f s | %.2f s | %.2f | <= 2.0 | %s |%n", command,
          LibraryVsDuckDb.median(lib), LibraryVsDuckDb.median(db), ratio, ratio <= 2.0 ? "yes" : "**no**");
    }
  }

  private record Run(double seconds, String out) {}

  private static Run run(List<String> command) throws Exception {
    File out = File.createTempFile("revops-bench-", ".out");
    try {
      long start = System.nanoTime();
      Process p = new ProcessBuilder(command).redirectOutput(out).redirectError(ProcessBuilder.Redirect.INHERIT)
          .start();
      int rc = p.waitFor();
      double seconds = (System.nanoTime() - start) / 1e9;
      if (rc != 0) {
        throw new IllegalStateException(String.join(" ", command) + " exited with " + rc);
      }
      return new Run(seconds, Files.readString(out.toPath(), StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out.toPath());
    }
  }

  /** The command's JSON as the lines DuckDbCommand prints: key, a tab, the figures. */
  static SortedMap<String, String> canonical(String command, JsonNode json) {
    Map<String, String> names = new TreeMap<>();
    LibraryAggregates.DEFINITION.stages().forEach(s -> names.put(s.id().toString(), s.displayName()));
    SortedMap<String, String> out = new TreeMap<>();
    switch (command) {
      case "pipeline" -> json.get("weightedPipeline").get("groups").forEach(g -> {
        String[] money = g.get("weighted").asText().split(" ");
        out.put(g.get("group").get("owner").asText() + "|" + money[0] + "|"
            + g.get("group").get("closePeriod").asText(), plain(new BigDecimal(money[1])));
      });
      case "velocity" -> json.get("stageVelocity").get("stages").forEach(s -> {
        JsonNode c = s.get("completed");
        if (c.get("count").asLong() > 0) {
          out.put(names.get(s.get("stageId").asText()), c.get("count").asLong() + "|" + c.get("totalSeconds").asText()
              + "|" + plain(new BigDecimal(c.get("medianSeconds").asText())));
        }
      });
      case "conversion" -> json.get("share").get("stages").forEach(s -> {
        if (s.get("sampleSize").asLong() > 0) {
          out.put(names.get(s.get("stageId").asText()), s.get("sampleSize").asLong() + "|"
              + plain(new BigDecimal(s.get("weightedWon").asText())));
        }
      });
      default -> throw new IllegalArgumentException(command);
    }
    return out;
  }

  static String plain(BigDecimal d) {
    return d.stripTrailingZeros().toPlainString();
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (Exception e) {
      return "unknown";
    }
  }
}
