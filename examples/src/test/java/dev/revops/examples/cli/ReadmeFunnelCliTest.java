package dev.revops.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The commands of the README's funnel section run as written; the output shown for the Olist data
 * is the output (compared line by line when ../shared is present).
 */
class ReadmeFunnelCliTest {
  static final String JAR = "java -jar examples/target/revops.jar ";
  static final String SHARED = System.getProperty("revops.shared.dir", "../../shared");

  @Test
  void the_funnel_commands_of_the_readme_run_and_print_what_it_shows() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("../README.md"));
    int start = lines.indexOf("## Leads and the funnel (`core.lead`, `forecast.funnel`, `handoff.lead`)");
    assertTrue(start >= 0, "the README has no funnel section");
    int end = start + 1;
    while (end < lines.size() && !lines.get(end).startsWith("## ")) {
      end++;
    }
    List<String> section = lines.subList(start, end);
    int commands = 0;
    for (int i = 0; i < section.size(); i++) {
      if (!section.get(i).startsWith(JAR + "funnel")) {
        continue;
      }
      StringBuilder command = new StringBuilder();
      while (section.get(i).endsWith("\\")) {
        command.append(section.get(i), 0, section.get(i).length() - 1);
        i++;
      }
      command.append(section.get(i));
      String[] args = command.substring(JAR.length()).trim().split("\\s+");
      boolean shared = command.toString().contains("../shared/");
      if (shared && !Files.isDirectory(Path.of(SHARED, "data/olist-marketing-funnel"))) {
        continue;
      }
      for (int k = 0; k < args.length; k++) {
        args[k] = args[k].replace("../shared/", SHARED + "/");
      }
      RevopsCliTest.Run r = RevopsCliTest.run(args);
      assertEquals(0, r.status(), command + "\n" + r.err());
      commands++;
      if (shared) {
        // the output block follows the command's block
        int open = i + 1;
        while (!section.get(open).equals("```")) {
          open++;
        }
        open++;
        while (!section.get(open).equals("```")) {
          open++;
        }
        List<String> shown = new ArrayList<>();
        for (int k = open + 1; !section.get(k).equals("```"); k++) {
          shown.add(section.get(k));
        }
        List<String> printed = List.of(r.out().replace(SHARED + "/", "../shared/").split("\n"));
        assertEquals(shown, printed);
      }
    }
    assertTrue(commands >= 2, "ran " + commands + " commands");
  }
}
