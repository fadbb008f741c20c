package dev.revops.core.io;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Objects;

/**
 * Text that can be read more than once: each {@link #open()} starts again at the beginning. The
 * importers of records that span several rows ({@link HistoryCsvImporter}, {@link CsvGroupImporter})
 * read their input twice, so that a record whose rows are not together is rejected whole before
 * any of it is accepted; the others read it once.
 *
 * <pre>{@code
 * TextInput file = () -> Files.newBufferedReader(path);   // the caller opens files; the library never does
 * TextInput text = TextInput.of("deal_id,to_stage,changed_at\nD1,Prospecting,2026-01-05T09:00:00Z\n");
 * }</pre>
 *
 * <p>Each reading must see the same text; an importer that finds it changed between two readings
 * stops with an {@link IOException}. The importer closes every reader it opens.
 */
@FunctionalInterface
public interface TextInput {
  /**
   * Opens the text from its beginning.
   *
   * @return a new reader, which the caller closes
   * @throws IOException if the text cannot be opened
   */
  Reader open() throws IOException;

  /**
   * Text held in memory.
   *
   * @param text the text
   * @return an input that reads it
   */
  static TextInput of(String text) {
    Objects.requireNonNull(text, "text");
    return () -> new StringReader(text);
  }
}
