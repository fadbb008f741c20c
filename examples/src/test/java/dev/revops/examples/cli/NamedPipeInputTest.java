package dev.revops.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.revops.examples.sample.Bundled;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A named pipe (as {@code mkfifo} makes, or a shell's process substitution) gives its bytes once:
 * the commands that open an input more than once (layout detection, the history importer's first
 * pass, the deals read after the transitions' ids) read a copy of it, and give what they give on the
 * same bytes in a regular file. Before the copy, such a command waited forever for a second writer.
 */
class NamedPipeInputTest {
  @TempDir
  Path dir;

  @Test
  void validate_reads_deals_and_transitions_from_named_pipes_as_from_files() throws Exception {
    Path deals = regular("deals.csv", Bundled.sampleDeals());
    Path transitions = regular("transitions.csv", Bundled.sampleTransitions());
    String fromFiles = run("validate", "--deals", deals.toString(), "--transitions", transitions.toString(),
        "--format", "json");
    Path dealsPipe = pipe("deals-pipe.csv", deals);
    Path transitionsPipe = pipe("transitions-pipe.csv", transitions);
    String fromPipes = run("validate", "--deals", dealsPipe.toString(), "--transitions",
        transitionsPipe.toString(), "--format", "json");
    // the reports name their files: the pipes' own names, not their copies'
    assertEquals(fromFiles.replace(deals.toString(), dealsPipe.toString())
        .replace(transitions.toString(), transitionsPipe.toString()), fromPipes);
  }

  @Test
  void velocity_reads_both_files_from_named_pipes_with_several_threads_asked_for() throws Exception {
    Path deals = regular("deals.csv", Bundled.sampleDeals());
    Path transitions = regular("transitions.csv", Bundled.sampleTransitions());
    String fromFiles = run("velocity", "--deals", deals.toString(), "--transitions", transitions.toString(),
        "--as-of", "2026-10-01", "--format", "json");
    Path dealsPipe = pipe("d.csv", deals);
    Path transitionsPipe = pipe("t.csv", transitions);
    String fromPipes = run("velocity", "--deals", dealsPipe.toString(), "--transitions", transitionsPipe.toString(),
        "--as-of", "2026-10-01", "--format", "json", "--threads", "2");
    assertEquals(fromFiles.replace(deals.toString(), dealsPipe.toString())
        .replace(transitions.toString(), transitionsPipe.toString()), fromPipes);
  }

  @Test
  void a_pipe_named_again_by_a_later_command_in_the_same_jvm_is_read_again() throws Exception {
    Path all = regular("deals.csv", Bundled.sampleDeals());
    Path fifo = pipe("again.csv", all);
    String first = run("validate", "--deals", fifo.toString(), "--format", "json");
    assertTrue(first.contains("\"rowsRead\" : 600"), first);
    // the second writer gives a header and one deal: a later command reads those bytes, not the first copy
    byte[] one = (Files.readAllLines(all).get(0) + "\n" + Files.readAllLines(all).get(1) + "\n")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    feed(fifo, one);
    String second = run("validate", "--deals", fifo.toString(), "--format", "json");
    assertTrue(second.contains("\"rowsRead\" : 1,"), second);
  }

  private String run(String... args) {
    RevopsCliTest.Run r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> RevopsCliTest.run(args),
        "an input read more than once waits for a second writer");
    assertTrue(r.status() <= 1, r.err()); // validate says 1 when rows were rejected (the sample has some)
    return r.status() + "\n" + r.out();
  }

  private Path regular(String name, Reader content) throws IOException {
    Path file = dir.resolve(name);
    try (Reader in = content) {
      StringWriter text = new StringWriter();
      in.transferTo(text);
      Files.writeString(file, text.toString());
    }
    return file;
  }

  /** A named pipe that a daemon thread fills with the file's bytes once, when a reader opens it. */
  private Path pipe(String name, Path content) throws Exception {
    Path fifo = dir.resolve(name);
    Process p;
    try {
      p = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      assumeTrue(false, "mkfifo is not available here: " + e.getMessage());
      return fifo;
    }
    assumeTrue(p.waitFor() == 0 && Files.exists(fifo) && !Files.isRegularFile(fifo), "mkfifo made no pipe");
    feed(fifo, Files.readAllBytes(content));
    return fifo;
  }

  /** A daemon thread writing the bytes into the pipe once a reader opens it. */
  private static void feed(Path fifo, byte[] bytes) {
    Thread writer = new Thread(() -> {
      try (OutputStream out = Files.newOutputStream(fifo)) {
        out.write(bytes);
      } catch (IOException e) {
        // the reader went away: the test's assertions say what went wrong
      }
    }, "pipe writer " + fifo.getFileName());
    writer.setDaemon(true);
    writer.start();
  }
}
