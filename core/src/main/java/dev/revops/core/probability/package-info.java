/**
 * {@link dev.revops.core.probability.Probability}: an exact decimal in [0, 1].
 */
package dev.revops.core.probability;
