package dev.revops.examples.cli;

/**
 * A problem the user can fix (a missing file, an unknown name), shown as one line without a stack
 * trace; the command exits with status 2.
 */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CliException(String message) {
    super(message);
  }

  CliException(String message, Throwable cause) {
    super(message, cause);
  }
}
