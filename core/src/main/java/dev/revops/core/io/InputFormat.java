package dev.revops.core.io;

/**
 * The format of an import's input.
 */
public enum InputFormat {
  /** Comma-separated values with a header row (RFC 4180). */
  CSV,
  /** One JSON object per line. */
  JSON_LINES,
  /** A JSON array of objects. */
  JSON
}
