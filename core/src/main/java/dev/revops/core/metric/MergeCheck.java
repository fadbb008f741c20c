package dev.revops.core.metric;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.revops.core.json.RevopsJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The rules every accumulator's {@code merge} checks first, one place for all of them:
 *
 * <ul>
 *   <li>{@code merge(null)} throws a {@link NullPointerException} naming {@code other};
 *   <li>{@code a.merge(a)} is refused with an {@link IllegalArgumentException}: merging an
 *       accumulator into itself would count its records twice (to double them, merge a second
 *       accumulator fed the same records);
 *   <li>merging accumulators built differently (other options, definition, model, list size...)
 *       is refused with an {@link IllegalArgumentException} naming the setting and how the two
 *       differ, down to the attribute: {@code asOf 2026-10-01 and 2026-10-02}.
 * </ul>
 *
 * <pre>{@code
 * public WeightedPipeline merge(WeightedPipeline other) {
 *   MergeCheck.of("weighted pipeline", this, other).same("options", options, other.options)
 *       .same("probability model", model.ref(), other.model.ref());
 *   ...
 * }
 * }</pre>
 */
public final class MergeCheck {
  private static final int SHOWN = 3;
  private static final int LONGEST_VALUE = 60;

  private final String what;

  private MergeCheck(String what) {
    this.what = what;
  }

  /**
   * Checks that {@code other} is given and is not {@code self}.
   *
   * @param what the accumulator, in a few words: {@code "weighted pipeline"}
   * @param self the accumulator merged into
   * @param other the accumulator merged
   * @return a check of the settings both were built with
   * @throws NullPointerException if {@code other} is null
   * @throws IllegalArgumentException if {@code other} is {@code self}
   */
  public static MergeCheck of(String what, Object self, Object other) {
    Objects.requireNonNull(other, "other");
    if (self == other) {
      throw new IllegalArgumentException("cannot merge this " + what + " into itself: its records would count twice "
          + "(to double them, merge another one fed the same records)");
    }
    return new MergeCheck(what);
  }

  /**
   * Checks that both accumulators were built with equal settings.
   *
   * @param setting what the setting is: {@code "options"}
   * @param mine this accumulator's
   * @param theirs the other's
   * @return this check
   * @throws IllegalArgumentException naming the difference if they differ
   */
  public MergeCheck same(String setting, Object mine, Object theirs) {
    if (!Objects.equals(mine, theirs)) {
      throw new IllegalArgumentException("cannot merge this " + what + " with one built with different " + setting + ": "
          + difference(mine, theirs));
    }
    return this;
  }

  /**
   * How two values differ: the first few attributes (by their JSON names) that differ, each with
   * both values, or both values when they are not JSON values with attributes.
   *
   * @param a one value
   * @param b the other
   * @return for example {@code asOf 2026-10-01 and 2026-10-02; maxExamples 3 and 5}
   */
  static String difference(Object a, Object b) {
    try {
      ObjectMapper json = RevopsJson.mapper();
      List<String> found = new ArrayList<>();
      int[] more = {0};
      compare("", json.valueToTree(a), json.valueToTree(b), found, more);
      if (!found.isEmpty()) {
        return String.join("; ", found) + (more[0] > 0 ? "; and " + more[0] + " more" : "");
      }
    } catch (IllegalArgumentException e) {
      // not a JSON value: both shown as they print
    }
    return shorten(String.valueOf(a)) + " and " + shorten(String.valueOf(b));
  }

  private static void compare(String path, JsonNode a, JsonNode b, List<String> found, int[] more) {
    if (a.equals(b)) {
      return;
    }
    if (a.isObject() && b.isObject()) {
      TreeSet<String> names = new TreeSet<>();
      a.fieldNames().forEachRemaining(names::add);
      b.fieldNames().forEachRemaining(names::add);
      for (String n : names) {
        compare(path.isEmpty() ? n : path + "." + n, a.path(n), b.path(n), found, more);
      }
    } else if (a.isArray() && b.isArray() && a.size() == b.size()) {
      for (int i = 0; i < a.size(); i++) {
        compare(path + "[" + i + "]", a.get(i), b.get(i), found, more);
      }
    } else if (found.size() < SHOWN) {
      found.add((path.isEmpty() ? "" : path + " ") + text(a) + " and " + text(b));
    } else {
      more[0]++;
    }
  }

  private static String text(JsonNode n) {
    if (n instanceof MissingNode || n.isNull()) {
      return "(none)";
    }
    return shorten(n.isTextual() ? n.asText() : n.toString());
  }

  private static String shorten(String s) {
    return s.length() <= LONGEST_VALUE ? s : s.substring(0, LONGEST_VALUE - 3) + "...";
  }
}
