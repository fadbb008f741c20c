package dev.revops.core.aggregate;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The contract every {@link Accumulator} keeps, as properties: a test class implements this
 * interface for one accumulator, gives {@link #empty()} and a {@code @Provide} method named
 * {@code records} returning {@code Arbitrary<List<I>>}, and inherits the properties.
 *
 * <pre>{@code
 * class WeightedPipelineProperties implements AccumulatorContract<Deal, WeightedPipelineResult, WeightedPipeline> {
 *   public WeightedPipeline empty() { return new WeightedPipeline(options, model); }
 *   @Provide Arbitrary<List<Deal>> records() { return deals().list().ofMaxSize(40); }
 * }
 * }</pre>
 *
 * @param <I> the record type
 * @param <R> the result type
 * @param <A> the accumulator type
 */
public interface AccumulatorContract<I, R, A extends Accumulator<I, R, A>> {

  /**
   * A new accumulator that has seen nothing; every call gives a new one with the same settings.
   *
   * @return an empty accumulator
   */
  A empty();

  /**
   * Checks that two results are the same; override when equality needs a tolerance or a view.
   *
   * @param onePass the result of one pass
   * @param other the result to compare
   */
  default void assertSameResult(R onePass, R other) {
    AccumulatorLaws.assertEqualResults(onePass, other);
  }

  @Property(tries = 100)
  default void merging_any_split_in_any_order_equals_one_pass(@ForAll("records") List<I> records,
      @ForAll long seed) {
    AccumulatorLaws.checkAnySplit(this::empty, records, seed, this::assertSameResult);
  }

  @Property(tries = 50)
  default void merging_an_empty_accumulator_on_either_side_changes_nothing(@ForAll("records") List<I> records) {
    AccumulatorLaws.checkEmptyIsIdentity(this::empty, records, this::assertSameResult);
  }

  @Property(tries = 30)
  default void a_result_already_returned_does_not_change_when_more_records_come(
      @ForAll("records") List<I> first, @ForAll("records") List<I> more) {
    AccumulatorLaws.checkResultIsAValue(this::empty, first, more, this::assertSameResult);
  }

  @Property(tries = 10)
  default void merging_an_accumulator_into_itself_is_refused_and_changes_nothing(@ForAll("records") List<I> records) {
    AccumulatorLaws.checkSelfMergeRefused(this::empty, records, this::assertSameResult);
  }

  @Property(tries = 1)
  default void nulls_are_refused_naming_the_argument() {
    AccumulatorLaws.checkNullsRefused(empty());
  }
}
