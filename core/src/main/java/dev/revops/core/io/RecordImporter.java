package dev.revops.core.io;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads records from text input, streaming, with a rejection report.
 *
 * <p>Every input record is accepted or rejected exactly once, whatever the input: rows read = rows
 * accepted + rows rejected. Implementations are immutable and thread-safe; each call to
 * {@link #read} is independent. The caller owns a reader it passes (opens and closes it); an
 * importer closes the readers it opens from a {@link TextInput}.
 *
 * @param <T> the record type
 */
public interface RecordImporter<T> {

  /**
   * Reads the whole input in bounded memory, handing each accepted record and each rejected row
   * to a consumer as soon as it is judged. Importers of records that span rows hold a one-shot
   * reader in memory, up to a limit, to read it twice: give them a {@link TextInput}.
   *
   * @param input the text input
   * @param accepted receives every accepted record, in input order
   * @param rejected receives every rejected row, in input order (the rows of a record that spans
   *     rows when the record is judged)
   * @return the report; rows read = rows accepted + rows rejected
   * @throws IOException if reading the input fails
   * @throws ImportFormatException if the input as a whole cannot be read (for CSV: no header, a
   *     required column missing)
   */
  ImportReport read(Reader input, Consumer<? super T> accepted, Consumer<? super Rejection> rejected)
      throws IOException;

  /**
   * Reads an input that can be opened more than once. Importers that read their input once open
   * it once; those of records that span rows read it twice, so that a record whose rows are not
   * together is rejected whole before any of it is accepted.
   *
   * @param input the text input
   * @param accepted receives every accepted record, in input order
   * @param rejected receives every rejected row
   * @return the report; rows read = rows accepted + rows rejected
   * @throws IOException if opening or reading the input fails
   * @throws ImportFormatException if the input as a whole cannot be read
   */
  default ImportReport read(TextInput input, Consumer<? super T> accepted, Consumer<? super Rejection> rejected)
      throws IOException {
    try (Reader in = input.open()) {
      return read(in, accepted, rejected);
    }
  }

  /**
   * Reads an input that can be opened more than once into memory.
   *
   * @param input the text input
   * @return every accepted record, every rejection and the report
   * @throws IOException if opening or reading the input fails
   * @throws ImportFormatException if the input as a whole cannot be read
   */
  default ImportResult<T> readAll(TextInput input) throws IOException {
    List<T> accepted = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    ImportReport report = read(input, accepted::add, rejected::add);
    return ImportResult.of(accepted, rejected, report);
  }

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
