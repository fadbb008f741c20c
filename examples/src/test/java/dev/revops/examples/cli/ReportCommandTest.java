package dev.revops.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

  @Test
  void the_page_has_every_section_inlines_everything_and_leaves_no_temporary_file(@TempDir Path dir)
      throws IOException {
    Path out = dir.resolve("week.html");
    RevopsCliTest.Run run = RevopsCliTest.run("report", "--out", out.toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith("Wrote " + out), run.out());
    String html = Files.readString(out, StandardCharsets.UTF_8);
    for (String id : List.of("waterfall", "forecast", "movements", "at-risk", "accuracy", "velocity", "compliance",
        "maturity", "deferred", "funnel", "recurring", "projection", "calls")) {
      assertTrue(html.contains("<section id=\"" + id + "\">"), id);
    }
    // nothing fetched when opened: no script, style, image or font from elsewhere; a policy that forbids it
    assertFalse(Pattern.compile("<(script|link|img|iframe)[^>]*\\s(src|href)=", Pattern.CASE_INSENSITIVE)
        .matcher(html).find());
    assertTrue(html.contains("default-src 'none'"));
    // the chart library is inline
    assertTrue(html.contains("Chart.js v4.5.1"), "the library's banner");
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(out), files.toList());
    }
  }

  @Test
  void every_section_names_the_definitions_and_versions_of_its_figures(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("week.html");
    RevopsCliTest.run("report", "--out", out.toString());
    String html = Files.readString(out);
    for (String cited : List.of("pipeline-review@1", "forecast-reconciliation@1", "execution-review@1",
        "handoff-compliance@1", "handoff-maturity@1", "revenue-roll-forward@1")) {
      assertTrue(html.contains("Definition: " + cited) || html.contains("Definitions: heat map " + cited)
          || html.contains("ranking " + cited), cited);
    }
  }

  @Test
  void the_title_and_every_text_from_the_inputs_is_escaped(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("week.html");
    RevopsCliTest.run("report", "--out", out.toString(), "--title", "Q4 <script>alert(1)</script> & co");
    String html = Files.readString(out);
    assertTrue(html.contains("<title>Q4 &lt;script&gt;alert(1)&lt;/script&gt; &amp; co</title>"));
    assertFalse(html.contains("<script>alert(1)"));
  }

  @Test
  void a_file_that_is_not_the_json_of_the_command_is_one_line_error(@TempDir Path dir) throws IOException {
    Path bad = Files.writeString(dir.resolve("review.json"), "{\"truncated\": ");
    RevopsCliTest.Run run = RevopsCliTest.run("report", "--out", dir.resolve("w.html").toString(), "--review",
        bad.toString());
    assertEquals(2, run.status());
    assertTrue(run.err().contains("--review " + bad + " cannot be read as JSON"), run.err());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertFalse(Files.exists(dir.resolve("w.html")));
    Path array = Files.writeString(dir.resolve("array.json"), "[1, 2]");
    RevopsCliTest.Run run2 = RevopsCliTest.run("report", "--out", dir.resolve("w.html").toString(), "--handoffs",
        array.toString());
    assertEquals(2, run2.status());
    assertTrue(run2.err().contains("is not the JSON object revops handoffs --format json prints"), run2.err());
  }

  @Test
  void the_page_draws_the_json_a_command_wrote_to_a_file(@TempDir Path dir) throws IOException {
    Path handoffs = dir.resolve("handoffs.json");
    RevopsCliTest.Run json = RevopsCliTest.run("handoffs", "--format", "json");
    Files.writeString(handoffs, json.out());
    Path out = dir.resolve("week.html");
    RevopsCliTest.Run run = RevopsCliTest.run("report", "--out", out.toString(), "--handoffs", handoffs.toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("handoffs from " + handoffs), run.out());
    // sales-to-cs in the bundled sample: 45 of 122 payloads complete = 0.3689 (36.89%), documented
    String html = Files.readString(out);
    assertTrue(html.contains("data-value=\"0.3689\">36.89%</td>"), "sales-to-cs payload completeness");
    assertTrue(html.contains("45 of 122 payloads complete"));
  }
}
