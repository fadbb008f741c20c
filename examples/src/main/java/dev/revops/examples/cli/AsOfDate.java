package dev.revops.examples.cli;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine;

/**
 * The value of {@code --as-of}: a date, or {@code latest}, the latest date found in the command's
 * input (a first pass over it; for standard input, over its temporary copy).
 *
 * @param date the date given, or empty for {@code latest}
 */
record AsOfDate(Optional<LocalDate> date) {
  /** What the option's help says of {@code latest}. */
  static final String HELP = "latest: the latest created or closed date of the deals, read in a first pass";

  /** Whether the latest date of the input is asked for. */
  boolean latest() {
    return date.isEmpty();
  }

  /**
   * Reads the option: {@code latest} (any case) or a date.
   *
   * @param text the option's text
   * @param date how a date is read (with its one-line errors)
   * @return the value
   */
  static AsOfDate parse(String text, Function<String, LocalDate> date) {
    if (text.strip().toLowerCase(Locale.ROOT).equals("latest")) {
      return new AsOfDate(Optional.empty());
    }
    try {
      return new AsOfDate(Optional.of(date.apply(text)));
    } catch (CommandLine.TypeConversionException e) {
      throw new CommandLine.TypeConversionException(e.getMessage() + " or latest");
    }
  }
}
