package dev.revops.core.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The checks behind {@link AccumulatorContract}, as plain methods so that a test can also show
 * that they catch a broken accumulator.
 */
public final class AccumulatorLaws {
  private AccumulatorLaws() {}

  /**
   * Fails unless two results are equal.
   *
   * @param expected the expected result
   * @param actual the result to check
   * @param <R> the result type
   */
  public static <R> void assertEqualResults(R expected, R actual) {
    assertEquals(expected, actual, "a merged result differs from one pass");
  }

  /**
   * Splits the records into one to five parts at random (each keeps its records' order), adds each
   * part to its own accumulator, merges the parts pairwise in a random order and compares the
   * result with one pass.
   *
   * @param empty makes empty accumulators
   * @param records the records
   * @param seed drives the split and the merge order
   * @param same compares two results
   * @param <I> the record type
   * @param <R> the result type
   * @param <A> the accumulator type
   */
  public static <I, R, A extends Accumulator<I, R, A>> void checkAnySplit(Supplier<A> empty, List<I> records,
      long seed, BiConsumer<R, R> same) {
    R onePass = empty.get().addAll(records).result();
    SplittableRandom random = new SplittableRandom(seed);
    int parts = 1 + random.nextInt(5);
    List<A> accumulators = new ArrayList<>();
    for (int i = 0; i < parts; i++) {
      accumulators.add(empty.get());
    }
    for (I r : records) {
      accumulators.get(random.nextInt(parts)).add(r);
    }
    while (accumulators.size() > 1) {
      int i = random.nextInt(accumulators.size());
      int j = random.nextInt(accumulators.size() - 1);
      if (j >= i) {
        j++;
      }
      A into = accumulators.get(i);
      A from = accumulators.get(j);
      A merged = into.merge(from);
      assertTrue(merged == into, "merge must return the accumulator merged into");
      accumulators.remove(from);
    }
    same.accept(onePass, accumulators.get(0).result());
  }

  /**
   * Checks that merging an empty accumulator, into a full one or a full one into it, changes nothing.
   *
   * @param empty makes empty accumulators
   * @param records the records
   * @param same compares two results
   * @param <I> the record type
   * @param <R> the result type
   * @param <A> the accumulator type
   */
  public static <I, R, A extends Accumulator<I, R, A>> void checkEmptyIsIdentity(Supplier<A> empty,
      List<I> records, BiConsumer<R, R> same) {
    R onePass = empty.get().addAll(records).result();
    same.accept(onePass, empty.get().addAll(records).merge(empty.get()).result());
    same.accept(onePass, empty.get().merge(empty.get().addAll(records)).result());
  }

  /**
   * Checks that a result taken before more records are added keeps its value.
   *
   * @param empty makes empty accumulators
   * @param first the records before the result is taken
   * @param more the records added after
   * @param same compares two results
   * @param <I> the record type
   * @param <R> the result type
   * @param <A> the accumulator type
   */
  public static <I, R, A extends Accumulator<I, R, A>> void checkResultIsAValue(Supplier<A> empty, List<I> first,
      List<I> more, BiConsumer<R, R> same) {
    A accumulator = empty.get().addAll(first);
    R taken = accumulator.result();
    accumulator.addAll(more);
    same.accept(empty.get().addAll(first).result(), taken);
  }

  /**
   * Checks that {@code add(null)} and {@code merge(null)} throw a {@link NullPointerException} with a
   * message (the argument's name).
   *
   * @param accumulator an accumulator
   * @param <I> the record type
   * @param <R> the result type
   * @param <A> the accumulator type
   */
  public static <I, R, A extends Accumulator<I, R, A>> void checkNullsRefused(A accumulator) {
    NullPointerException add = assertThrows(NullPointerException.class, () -> accumulator.add(null));
    assertTrue(add.getMessage() != null && !add.getMessage().isBlank(), "add(null) must name its argument");
    NullPointerException merge = assertThrows(NullPointerException.class, () -> accumulator.merge(null));
    assertTrue(merge.getMessage() != null && !merge.getMessage().isBlank(), "merge(null) must name its argument");
  }

  /**
   * Checks that merging an accumulator into itself is refused, and changes nothing.
   *
   * @param empty makes empty accumulators
   * @param records the records
   * @param same compares two results
   * @param <I> the record type
   * @param <R> the result type
   * @param <A> the accumulator type
   */
  public static <I, R, A extends Accumulator<I, R, A>> void checkSelfMergeRefused(Supplier<A> empty, List<I> records,
      BiConsumer<R, R> same) {
    A accumulator = empty.get().addAll(records);
    assertThrows(IllegalArgumentException.class, () -> accumulator.merge(accumulator));
    same.accept(empty.get().addAll(records).result(), accumulator.result());
  }
}
