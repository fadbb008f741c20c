/**
 * Streaming import with a rejection report: deals from CSV (any column layout, through a
 * {@link dev.revops.core.io.ColumnMapping}) and from JSON Lines, stage histories from a transitions
 * CSV.
 *
 * <p>Every importer reads in constant memory, hands each accepted record to a consumer, and
 * returns an {@link dev.revops.core.io.ImportReport}. It never stops at the first bad row and
 * never drops one silently: rows read = rows accepted + rows rejected, and every rejected row is
 * reported with its row number, column, raw value and reason. The only exceptions it throws are
 * {@link java.io.IOException} from the input and {@link dev.revops.core.io.ImportFormatException}
 * when the input as a whole cannot be read (no header, a required column missing).
 */
@ValueStyle
package dev.revops.core.io;

import dev.revops.core.style.ValueStyle;
