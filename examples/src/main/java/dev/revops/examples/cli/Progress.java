package dev.revops.examples.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.util.Locale;

/**
 * Shows records read and records per second on stderr, about once a second, while a long import runs;
 * only when the console is a terminal (or when forced), so logs and pipes stay clean.
 */
final class Progress {
  private static final long INTERVAL_NANOS = 1_000_000_000L;

  private final PrintWriter err;
  private final boolean enabled;
  private final String label;
  private final long start = System.nanoTime();
  private long last = start;
  private long rows;
  private boolean shown;

  Progress(PrintWriter err, boolean enabled, String label) {
    this.err = err;
    this.enabled = enabled;
    this.label = label;
  }

  /** Whether the process runs attached to a terminal. */
  static boolean isTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      // JDK 22+ returns a console even when redirected; it then says whether it is a terminal.
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }

  void tick() {
    rows++;
    if (enabled && (rows & 0x3FFF) == 0) {
      long now = System.nanoTime();
      if (now - last >= INTERVAL_NANOS) {
        last = now;
        double seconds = (now - start) / 1e9;
        err.printf(Locale.ROOT, "\r%s: %,d read (%,.0f a second)   ", label, rows, rows / seconds);
        err.flush();
        shown = true;
      }
    }
  }

  void done() {
    if (shown) {
      err.print("\r" + " ".repeat(70) + "\r");
      err.flush();
    }
  }
}
