package dev.revops.examples.bench.jmh;

import dev.revops.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Money arithmetic and allocation. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MoneyBenchmark {
  Money price = Money.parse("USD 120000.01");
  Money other = Money.parse("USD 3499.99");
  BigDecimal probability = new BigDecimal("0.35");
  long[] twelveMonths = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  List<BigDecimal> threeWeights = List.of(new BigDecimal("0.5"), new BigDecimal("0.3"), new BigDecimal("0.2"));

  /** Adding two amounts. */
  @Benchmark
  public Money plus() {
    return price.plus(other);
  }

  /** An amount times a probability, rounded to the minor unit. */
  @Benchmark
  public Money multipliedByProbability() {
    return price.multipliedBy(probability, RoundingMode.HALF_EVEN);
  }

  /** Parsing an amount's text. */
  @Benchmark
  public Money parse() {
    return Money.parse("EUR 50070.65");
  }

  /** Spreading a price over the days of twelve months, summing back exactly. */
  @Benchmark
  public List<Money> allocateOverTwelveMonths() {
    return price.allocate(twelveMonths);
  }

  /** Spreading a price by three decimal weights. */
  @Benchmark
  public List<Money> allocateByDecimalWeights() {
    return price.allocate(threeWeights);
  }
}
