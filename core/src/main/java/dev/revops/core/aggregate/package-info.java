/**
 * The one aggregate shape: {@link dev.revops.core.aggregate.Accumulator}, which every accumulator of
 * revops-model implements (add, associative merge, result).
 */
package dev.revops.core.aggregate;
