/**
 * Streaming import with a rejection report: deals from CSV (any column layout, through a
 * {@link dev.revops.core.io.ColumnMapping}) and from JSON Lines, stage histories from a transitions
 * CSV, any value type from JSON, records that span CSV rows.
 *
 * <p>Every importer reads in bounded memory, hands each accepted record to a consumer, and returns
 * an {@link dev.revops.core.io.ImportReport}. Every input record is accepted or rejected exactly
 * once, whatever the input: rows read = rows accepted + rows rejected, and every rejected row is
 * reported with its row number, the file's own column name, the cell exactly as read and the
 * reason. The recovery rules (a broken CSV quote costs its own row; a {@code null}, malformed, too
 * deep or over-long JSON record costs itself), the strict reading of values and the limits
 * ({@link dev.revops.core.io.ImportOptions}) are those of the README's "What is rejected, what is
 * bounded" section. Importers of records that span rows read a
 * {@link dev.revops.core.io.TextInput} twice, so that a record whose rows are not together is
 * rejected whole. The only exceptions they throw are {@link java.io.IOException} from the input
 * and {@link dev.revops.core.io.ImportFormatException} when the input as a whole cannot be read (no
 * header, a required column missing, a one-shot reader too long to read twice).
 */
@ValueStyle
package dev.revops.core.io;

import dev.revops.core.style.ValueStyle;
