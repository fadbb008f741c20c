package dev.revops.forecast.recurring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * A step function of time: the instants where a value changes and the value from each on. The
 * value "before" an instant is the one in force just before it: an instant's own change is not
 * in it. This is how a period's opening (before its first instant) and closing (before the next
 * period's first instant) are read, and why a change at an instant belongs to the period that
 * instant is in.
 */
final class Timeline {
  private final Instant[] instants;
  private final long[] after;

  private Timeline(Instant[] instants, long[] after) {
    this.instants = instants;
    this.after = after;
  }

  /** The MRR of lines, in minor units of their (one) currency. */
  static Timeline of(List<MrrLine> lines) {
    return of(lines, l -> l.monthly().getAmountMinor());
  }

  /** How many lines are in force: positive exactly when the customer pays something. */
  static Timeline presence(List<MrrLine> lines) {
    return of(lines, l -> 1L);
  }

  private static Timeline of(List<MrrLine> lines, ToLongFunction<MrrLine> value) {
    record Step(Instant at, long delta) {}
    List<Step> steps = new ArrayList<>(lines.size() * 2);
    for (MrrLine l : lines) {
      long v = value.applyAsLong(l);
      steps.add(new Step(l.start(), v));
      l.end().ifPresent(e -> steps.add(new Step(e, -v)));
    }
    steps.sort((a, b) -> a.at().compareTo(b.at()));
    Instant[] at = new Instant[steps.size()];
    long[] values = new long[steps.size()];
    int n = 0;
    long running = 0;
    for (int i = 0; i < steps.size(); ) {
      Instant x = steps.get(i).at();
      long before = running;
      while (i < steps.size() && steps.get(i).at().equals(x)) {
        running = Math.addExact(running, steps.get(i).delta());
        i++;
      }
      if (running != before) {
        at[n] = x;
        values[n] = running;
        n++;
      }
    }
    return new Timeline(Arrays.copyOf(at, n), Arrays.copyOf(values, n));
  }

  int size() {
    return instants.length;
  }

  Instant instant(int i) {
    return instants[i];
  }

  long after(int i) {
    return after[i];
  }

  /** The value just before {@code t}: that of the last change strictly before it, else 0. */
  long before(Instant t) {
    int i = lastBefore(t);
    return i < 0 ? 0 : after[i];
  }

  /** The index of the last change strictly before {@code t}, or -1. */
  int lastBefore(Instant t) {
    int lo = 0;
    int hi = instants.length - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (instants[mid].isBefore(t)) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /** The first instant the value becomes positive, or null. */
  Instant firstPositive() {
    for (int i = 0; i < after.length; i++) {
      if (after[i] > 0) {
        return instants[i];
      }
    }
    return null;
  }

  /** Changes in {@code [from, to)} that take a positive value to zero. */
  int fallsToZero(Instant from, Instant to) {
    int n = 0;
    for (int i = lastBefore(from) + 1; i < instants.length && instants[i].isBefore(to); i++) {
      long prev = i == 0 ? 0 : after[i - 1];
      if (prev > 0 && after[i] == 0) {
        n++;
      }
    }
    return n;
  }

  /** Changes in {@code [from, to)} that take zero to a positive value. */
  int risesFromZero(Instant from, Instant to) {
    int n = 0;
    for (int i = lastBefore(from) + 1; i < instants.length && instants[i].isBefore(to); i++) {
      long prev = i == 0 ? 0 : after[i - 1];
      if (prev == 0 && after[i] > 0) {
        n++;
      }
    }
    return n;
  }

  /** The last instant before {@code t} where the value fell to zero, or null. */
  Instant lastFallBefore(Instant t) {
    for (int i = lastBefore(t); i >= 0; i--) {
      long prev = i == 0 ? 0 : after[i - 1];
      if (prev > 0 && after[i] == 0) {
        return instants[i];
      }
    }
    return null;
  }
}
