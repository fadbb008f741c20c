package dev.revops.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The README's checked blocks: the fenced block after a {@code <!-- checked: NAME -->} line, and the command before it. */
final class ReadmeBlocks {
  static final Path README = Path.of("../README.md");

  private ReadmeBlocks() {}

  static List<String> lines() {
    try {
      return Files.readAllLines(README, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int marker(List<String> lines, String name) {
    int i = lines.indexOf("<!-- checked: " + name + " -->");
    if (i < 0) {
      throw new AssertionError("README has no checked block " + name);
    }
    return i;
  }

  /** The lines of the fenced block right after the marker. */
  static List<String> block(String name) {
    List<String> lines = lines();
    int i = marker(lines, name) + 2;
    List<String> out = new ArrayList<>();
    for (; !lines.get(i).startsWith("```"); i++) {
      out.add(lines.get(i));
    }
    return out;
  }

  /** The last {@code revops ...} line before the marker: the documented command. */
  static String command(String name) {
    List<String> lines = lines();
    for (int i = marker(lines, name) - 1; i >= 0; i--) {
      if (lines.get(i).startsWith("revops ")) {
        return lines.get(i);
      }
    }
    throw new AssertionError("no command before " + name);
  }

  /** Splits a command line on spaces, keeping double-quoted words whole, dropping the leading "revops". */
  static String[] args(String command) {
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean quoted = false;
    for (char c : command.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ' ' && !quoted) {
        if (word.length() > 0) {
          out.add(word.toString());
          word.setLength(0);
        }
      } else {
        word.append(c);
      }
    }
    if (word.length() > 0) {
      out.add(word.toString());
    }
    return out.subList(1, out.size()).toArray(new String[0]);
  }

  /** A table row's cells (separated by two or more spaces). */
  static List<String> cells(String row) {
    return List.of(row.strip().split("\\s{2,}"));
  }
}
