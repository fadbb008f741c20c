package dev.revops.core.pipeline;

import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Generates the stages of {@link TestPipelines#standard()}, open and closed, shrinking toward the
 * first: so that a property can take a stage as an argument ({@code @ForAll Stage target}) instead
 * of drawing one with {@code sample()}, which jqwik cannot shrink or replay.
 */
public class StageArbitraryProvider implements ArbitraryProvider {

  /**
   * The standard pipeline's stages.
   *
   * @return one stage at a time
   */
  public static Arbitrary<Stage> stages() {
    return Arbitraries.of(TestPipelines.standard().stages());
  }

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return targetType.isOfType(Stage.class);
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    return Set.of(stages());
  }
}
