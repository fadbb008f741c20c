package dev.revops.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's revenue view block is what the command prints. */
class ReadmeProjectionCliTest {

  @Test
  void the_readme_review_revenue_block_is_the_commands_output() {
    String command = ReadmeBlocks.command("review-revenue");
    assertEquals("revops review --revenue", command);
    RevopsCliTest.Run r = RevopsCliTest.run(ReadmeBlocks.args(command));
    assertEquals(0, r.status(), r.err());
    List<String> lines = r.out().lines().toList();
    for (String line : ReadmeBlocks.block("review-revenue")) {
      assertTrue(lines.contains(line), "not in the output: " + line);
    }
  }
}
