/**
 * Many ints given back in sorted order within bounded memory, for exact order statistics (medians,
 * percentiles, survival curves) over more values than a heap holds: {@link
 * dev.revops.core.spill.IntSpill} buffers values up to a stated count and past it hands them, as
 * sorted runs, to a {@link dev.revops.core.spill.RunStore}, then merges the runs back. The library
 * keeps runs in memory ({@link dev.revops.core.spill.RunStore#inMemory()}); a store on disk belongs
 * to the caller (the library does no I/O).
 */
package dev.revops.core.spill;
