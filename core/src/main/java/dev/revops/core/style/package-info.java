/**
 * The project-wide Immutables style ({@link dev.revops.core.style.ValueStyle}).
 */
package dev.revops.core.style;
