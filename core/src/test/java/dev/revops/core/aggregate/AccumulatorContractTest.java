package dev.revops.core.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The contract on a correct accumulator (a sum and count), and its laws catching broken ones.
 */
class AccumulatorContractTest implements AccumulatorContract<Long, List<Long>, AccumulatorContractTest.SumAndCount> {

  /** Sum and count of longs: associative and order-free. */
  static final class SumAndCount implements Accumulator<Long, List<Long>, SumAndCount> {
    long sum;
    long count;

    @Override
    public void add(Long record) {
      sum += Objects.requireNonNull(record, "record");
      count++;
    }

    @Override
    public SumAndCount merge(SumAndCount other) {
      Objects.requireNonNull(other, "other");
      if (other == this) {
        throw new IllegalArgumentException("cannot merge this sum into itself");
      }
      sum += other.sum;
      count += other.count;
      return this;
    }

    @Override
    public List<Long> result() {
      return List.of(sum, count);
    }
  }

  /** Keeps the records in arrival order: a merge in another order lists them differently. */
  static final class Arrival implements Accumulator<Long, List<Long>, Arrival> {
    final List<Long> seen = new ArrayList<>();

    @Override
    public void add(Long record) {
      seen.add(Objects.requireNonNull(record, "record"));
    }

    @Override
    public Arrival merge(Arrival other) {
      seen.addAll(Objects.requireNonNull(other, "other").seen);
      return this;
    }

    @Override
    public List<Long> result() {
      return seen;
    }
  }

  @Override
  public SumAndCount empty() {
    return new SumAndCount();
  }

  @Provide
  Arbitrary<List<Long>> records() {
    return Arbitraries.longs().between(-1_000, 1_000).list().ofMaxSize(30);
  }

  @Test
  void the_any_split_law_catches_an_accumulator_whose_result_depends_on_the_merge_order() {
    List<Long> records = List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
    int caught = 0;
    for (long seed = 0; seed < 20; seed++) {
      try {
        AccumulatorLaws.checkAnySplit(Arrival::new, records, seed, AccumulatorLaws::assertEqualResults);
      } catch (AssertionError expected) {
        caught++;
      }
    }
    assertEquals(true, caught > 0, "no split of 20 caught the order-dependent accumulator");
  }

  @Test
  void the_value_law_catches_a_result_that_is_a_live_view() {
    assertThrows(AssertionError.class, () -> AccumulatorLaws.checkResultIsAValue(Arrival::new, List.of(1L),
        List.of(2L), AccumulatorLaws::assertEqualResults));
  }

  @Test
  void the_null_law_catches_an_accumulator_that_accepts_null() {
    Accumulator<Long, Long, ?> lenient = new Lenient();
    assertThrows(AssertionError.class, () -> AccumulatorLaws.checkNullsRefused(new Lenient()));
    assertEquals(0L, lenient.result());
  }

  /** Ignores nulls silently: what the contract forbids. */
  static final class Lenient implements Accumulator<Long, Long, Lenient> {
    long sum;

    @Override
    public void add(Long record) {
      if (record != null) {
        sum += record;
      }
    }

    @Override
    public Lenient merge(Lenient other) {
      if (other != null) {
        sum += other.sum;
      }
      return this;
    }

    @Override
    public Long result() {
      return sum;
    }
  }

  @Test
  void add_all_adds_in_order_and_returns_the_accumulator() {
    SumAndCount s = new SumAndCount();
    assertEquals(s, s.addAll(List.of(3L, 4L)));
    assertEquals(List.of(7L, 2L), s.result());
  }
}
