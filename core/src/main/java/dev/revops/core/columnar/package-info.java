/**
 * Deals and stage histories held as columns: primitive arrays, one per field, with the texts the
 * aggregates group by and the stages and currencies dictionary-encoded. A {@link
 * dev.revops.core.columnar.DealBatch} of a million deals is a few dozen arrays instead of a million
 * objects scattered over the heap, so the in-memory aggregates that take a whole batch (the
 * weighted pipeline, stage velocity, transition counts) read memory in order and make no garbage
 * per record.
 *
 * <p>A batch is built by appending records ({@code add(Deal)}, {@code add(DealHistory)}), from a
 * list or streaming from an importer, and is immutable once built. Every record can be given back
 * as the object it was built from ({@link dev.revops.core.columnar.DealBatch#deal(int)}, {@link
 * dev.revops.core.columnar.HistoryBatch#history(int)}), equal to it. Batches are bounded: the
 * limits are stated on each type, and a record beyond one is refused with a {@link
 * dev.revops.core.columnar.BatchLimitException}, never a crash.
 */
package dev.revops.core.columnar;
