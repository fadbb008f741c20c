package dev.revops.core.io;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads records from text input, streaming, with a rejection report.
 *
 * <p>Implementations are immutable and thread-safe; each call to {@link #read} is independent.
 * The caller owns the reader (opens and closes it).
 *
 * @param <T> the record type
 */
public interface RecordImporter<T> {

  /**
   * Reads the whole input in constant memory, handing each accepted record and each rejected row
   * to a consumer as soon as it is read.
   *
   * @param input the text input
   * @param accepted receives every accepted record, in input order
   * @param rejected receives every rejected row, in input order
   * @return the report; rows read = rows accepted + rows rejected
   * @throws IOException if reading the input fails
   * @throws ImportFormatException if the input as a whole cannot be read (for CSV: no header, a
   *     required column missing)
   */
  ImportReport read(Reader input, Consumer<? super T> accepted, Consumer<? super Rejection> rejected)
      throws IOException;

  /**
   * Reads the whole input into memory.
   *
   * @param input the text input
   * @return every accepted record, every rejection and the report
   * @throws IOException if reading the input fails
   * @throws ImportFormatException if the input as a whole cannot be read
   */
  default ImportResult<T> readAll(Reader input) throws IOException {
    List<T> accepted = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    ImportReport report = read(input, accepted::add, rejected::add);
    return ImportResult.of(accepted, rejected, report);
  }
}
