package dev.revops.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Sorts records by a text key on disk in bounded memory, for inputs too large to sort in memory: an
 * external merge sort. Records handed to {@link #accept} are held in runs of at most {@code runSize};
 * each full run is sorted and written as JSON Lines (with the project's mapper, so records come back
 * whole and equal) to a temp file in a given directory; {@link #sorted()} merges the runs back, at
 * most {@value #FAN_IN} files at a time (merging runs into longer runs, level by level, when there are
 * more, so open files stay bounded too). Input that fits one run never touches the disk.
 *
 * <p>The sort is stable: records with the same key come out in the order they were accepted (ties
 * are broken by run, and a run is sorted stably). {@link #close()} deletes every temp file, also
 * after a failure or when the merge is not read to its end.
 *
 * <p>Memory: {@code runSize} records, then one record per merged file. Not thread-safe.
 *
 * @param <T> the record type
 */
final class ExternalSort<T> implements Consumer<T>, AutoCloseable {
  /** The most runs merged at once: bounds the open files whatever the input size. */
  static final int FAN_IN = 64;

  private final Path dir;
  private final ObjectMapper json;
  private final Class<T> type;
  private final Function<T, String> key;
  private final int runSize;
  private final List<T> run = new ArrayList<>();
  private final List<Path> runs = new ArrayList<>();
  private final List<BufferedReader> open = new ArrayList<>();
  /** Every temp file not deleted yet, for {@link #close()}. */
  private final Set<Path> files = new HashSet<>();

  /**
   * A sort writing its runs to {@code dir}.
   *
   * @param dir an existing directory for the temp files
   * @param json the mapper that writes and reads records back equal
   * @param type the record type, to read records back
   * @param key the sort key of a record (compared as text)
   * @param runSize the most records held in memory, at least 1
   */
  ExternalSort(Path dir, ObjectMapper json, Class<T> type, Function<T, String> key, int runSize) {
    if (runSize < 1) {
      throw new IllegalArgumentException("runSize must be at least 1, was " + runSize);
    }
    this.dir = dir;
    this.json = json;
    this.type = type;
    this.key = key;
    this.runSize = runSize;
  }

  /** Adds a record; writes a sorted run when the run is full. */
  @Override
  public void accept(T t) {
    run.add(t);
    if (run.size() == runSize) {
      runs.add(write(sortedRun().iterator()));
      run.clear();
    }
  }

  /**
   * The records accepted, sorted by key (stable). Call once, after the last record; close this sort
   * when done with the iterator.
   *
   * @return the records in key order
   */
  Iterator<T> sorted() {
    if (runs.isEmpty()) {
      return sortedRun().iterator();
    }
    if (!run.isEmpty()) {
      runs.add(write(sortedRun().iterator()));
      run.clear();
    }
    while (runs.size() > FAN_IN) {
      mergeLevel();
    }
    return merge(runs);
  }

  /** Deletes the temp files. */
  @Override
  public void close() {
    closeReaders();
    for (Path p : List.copyOf(files)) {
      delete(p);
    }
    runs.clear();
    run.clear();
  }

  /**
   * Merges the runs {@value #FAN_IN} at a time into longer runs, in order (so that equal keys keep
   * their order): each level reads every record once.
   */
  private void mergeLevel() {
    List<Path> level = new ArrayList<>();
    for (int i = 0; i < runs.size(); i += FAN_IN) {
      List<Path> group = runs.subList(i, Math.min(i + FAN_IN, runs.size()));
      if (group.size() == 1) {
        level.add(group.get(0));
        continue;
      }
      level.add(write(merge(group)));
      closeReaders();
      group.forEach(this::delete);
    }
    runs.clear();
    runs.addAll(level);
  }

  private List<T> sortedRun() {
    run.sort(Comparator.comparing(key)); // List.sort is stable: equal keys keep their order
    return run;
  }

  private Path write(Iterator<T> records) {
    Path file = null;
    try {
      file = Files.createTempFile(dir, "run-", ".jsonl");
      files.add(file);
      // a scratch run in this sort's own folder, read back only by this sort and deleted after it:
      // not atomic on purpose (a failed write fails the sort, which deletes the folder; no user file
      // is ever written here, so there is no previous version to keep whole)
      try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        while (records.hasNext()) {
          // one record a line: JSON escapes line breaks inside strings
          w.write(json.writeValueAsString(records.next()));
          w.newLine();
        }
      }
      return file;
    } catch (IOException e) {
      if (file != null) {
        delete(file);
      }
      throw new CliException("cannot write a sorted run to " + dir + ": " + Inputs.reason(e), e);
    }
  }

  /** The k-way merge of sorted run files; ties go to the earlier run, which keeps the sort stable. */
  private Iterator<T> merge(List<Path> files) {
    record Head<T>(T record, String key, int run) {}
    PriorityQueue<Head<T>> heads = new PriorityQueue<>(Comparator.comparing((Head<T> h) -> h.key())
        .thenComparingInt(Head::run));
    List<BufferedReader> readers = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      readers.add(reader(files.get(i)));
      T first = read(readers.get(i));
      if (first != null) {
        heads.add(new Head<>(first, key.apply(first), i));
      }
    }
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return !heads.isEmpty();
      }

      @Override
      public T next() {
        Head<T> h = heads.poll();
        if (h == null) {
          throw new NoSuchElementException("every sorted record was read");
        }
        T following = read(readers.get(h.run()));
        if (following != null) {
          heads.add(new Head<>(following, key.apply(following), h.run()));
        }
        return h.record();
      }
    };
  }

  private BufferedReader reader(Path file) {
    try {
      BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
      open.add(r);
      return r;
    } catch (IOException e) {
      throw new CliException("cannot read the sorted run " + file + ": " + Inputs.reason(e), e);
    }
  }

  private T read(BufferedReader r) {
    try {
      String line = r.readLine();
      return line == null ? null : json.readValue(line, type);
    } catch (IOException e) {
      throw new CliException("cannot read a sorted run back: " + Inputs.reason(e), e);
    }
  }

  private void closeReaders() {
    for (BufferedReader r : open) {
      try {
        r.close();
      } catch (IOException e) {
        // nothing to do: the file is deleted next, and a failed close loses no record
      }
    }
    open.clear();
  }

  private void delete(Path p) {
    try {
      Files.deleteIfExists(p);
      files.remove(p);
    } catch (IOException e) {
      // the temp directory holding it is deleted at the end of the command, which reports failures
    }
  }
}
