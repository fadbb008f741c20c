/**
 * JMH micro-benchmarks of the hot paths: money arithmetic and allocation, adding deals and histories
 * to the accumulators, fitting the Markov conversion model, computing recognition schedules. Run
 * with {@code mvn -B -q -Pjmh -DskipTests test} (see README: Benchmarks); never part of a jar.
 */
package dev.revops.examples.bench.jmh;
