package dev.revops.examples.cli;

import picocli.CommandLine.Option;

/** The {@code --format} option every command that prints tables shares. */
final class FormatOption {
  /** How a command prints its results. */
  enum Format { TABLE, JSON, CSV }

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table (readable), json (every result and every figure the tables show) or csv (every figure "
          + "of the tables, one record each: section,period,group,currency,measure,value) "
          + "(default: ${DEFAULT-VALUE}).")
  Format format = Format.TABLE;
}
