/**
 * The library inside Spark: a Spark SQL job ({@link dev.revops.examples.spark.SparkPipelineJob})
 * that reads the {@code gen_deals.py} CSV files into Datasets and computes the weighted pipeline
 * and stage velocity with the library's accumulators through Spark's
 * {@link org.apache.spark.sql.expressions.Aggregator} API, so that a cluster gives the same result
 * as one pass on one machine.
 *
 * <p>Spark is a provided dependency of {@code examples} only: the library modules do not depend on
 * it and the CLI jar does not carry it; a cluster brings its own.
 */
package dev.revops.examples.spark;
