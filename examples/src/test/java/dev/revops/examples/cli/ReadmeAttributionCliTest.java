package dev.revops.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The README's attribution and acquisition cost tables are what the commands before them print on
 * the bundled sample, run as written.
 */
class ReadmeAttributionCliTest {
  @ParameterizedTest
  @ValueSource(strings = {"attribution-channel", "attribution-difference", "cac"})
  void the_readme_block_is_what_its_command_prints(String name) {
    String command = ReadmeBlocks.command(name);
    RevopsCliTest.Run run = RevopsCliTest.run(ReadmeBlocks.args(command));
    assertEquals(0, run.status(), run.err());
    String shown = String.join("\n", ReadmeBlocks.block(name));
    assertTrue(run.out().replace("\r\n", "\n").contains(shown + "\n"), command + " should print:\n" + shown
        + "\nbut printed:\n" + run.out());
  }
}
