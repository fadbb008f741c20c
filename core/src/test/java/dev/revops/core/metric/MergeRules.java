package dev.revops.core.metric;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The merge rules every accumulator keeps (see {@link MergeCheck}), checked on one of them: add
 * and merge refuse null naming the argument, merging into itself is refused, merging one built
 * differently is refused naming the difference, and merging one built alike works.
 */
public final class MergeRules {
  private MergeRules() {}

  /**
   * One accumulator's case.
   *
   * @param name the accumulator's class
   * @param make a new, empty accumulator
   * @param differently an empty accumulator built with one setting changed (null when it has no settings)
   * @param merge calls {@code a.merge(b)}
   * @param addNull calls {@code add} with a null first argument
   * @param nullArgument the name the add's exception gives
   * @param difference what the refused merge's message names
   * @param <A> the accumulator
   */
  public record Case<A>(String name, Supplier<A> make, Supplier<A> differently, BiConsumer<A, A> merge,
      Consumer<A> addNull, String nullArgument, String difference) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Checks every rule on the case. */
  public static <A> void check(Case<A> c) {
    A a = c.make().get();
    NullPointerException nullMerge = assertThrows(NullPointerException.class, () -> c.merge().accept(a, null));
    assertEquals("other", nullMerge.getMessage());
    NullPointerException nullAdd = assertThrows(NullPointerException.class, () -> c.addNull().accept(a));
    assertEquals(c.nullArgument(), nullAdd.getMessage());
    IllegalArgumentException itself = assertThrows(IllegalArgumentException.class, () -> c.merge().accept(a, a));
    assertTrue(itself.getMessage().startsWith("cannot merge this ") && itself.getMessage().contains(" into itself"),
        itself.getMessage());
    if (c.differently() != null) {
      IllegalArgumentException different = assertThrows(IllegalArgumentException.class,
          () -> c.merge().accept(a, c.differently().get()));
      assertTrue(different.getMessage().contains(" with one built with different ")
          && different.getMessage().contains(c.difference()), different.getMessage());
    }
    assertDoesNotThrow(() -> c.merge().accept(a, c.make().get()));
  }
}
