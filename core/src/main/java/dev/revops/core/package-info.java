/**
 * The root of revops-model's core: the exception every domain rule throws
 * ({@link dev.revops.core.InvalidValueException}) and the collector that gathers every broken rule
 * of a value before throwing ({@link dev.revops.core.Validation}).
 *
 * <p>Sub-packages hold one concept each: {@code money}, {@code probability}, {@code pipeline}
 * (stages, definitions, gates), {@code deal}, {@code history}, {@code metric}, {@code json} and
 * {@code io} (streaming import with a rejection report).
 */
package dev.revops.core;
