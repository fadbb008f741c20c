package dev.revops.core.io;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Reads CSV records (RFC 4180) one at a time, in constant memory, never giving up on the input.
 *
 * <p>Handles quoted fields with embedded delimiters, doubled quotes and line breaks; LF, CRLF and
 * lone CR line endings; a leading byte-order mark. A malformed record (a quote inside an unquoted
 * field, text after a closing quote, a quoted field not closed before the end of input or within
 * {@code maxRecordChars}) is returned with {@link #malformation()} set. After an unclosed quote,
 * reading resumes at the line after the one the malformed record started on, so one stray quote
 * cannot swallow the rest of the file.
 *
 * <p>Not thread-safe.
 */
final class CsvRecordReader {
  private static final int EOF = -1;
  private static final int NONE = -2;

  private final Reader in;
  private final char delimiter;
  private final int maxRecordChars;
  private final char[] buf = new char[1 << 16];
  private int pos;
  private int len;
  /** Text to read again after a malformed multi-line record; read before {@link #buf}. */
  private String pending = "";
  private int pendingPos;
  private int peeked = NONE;

  /** The line of the next character to read (1-based), and what unread() restores. */
  private long line = 1;
  private int last;
  private long lineBefore;
  private int lastBefore;

  private String[] fields = new String[32];
  private int count;
  private long recordLine;
  private boolean blank;
  private String malformation;
  private boolean started;

  private final StringBuilder field = new StringBuilder(64);
  /** Raw text after the record's first line break (inside quotes), kept for resyncing. */
  private StringBuilder tail;
  private long tailLine;

  CsvRecordReader(Reader in, char delimiter, int maxRecordChars) {
    this.in = in;
    this.delimiter = delimiter;
    this.maxRecordChars = maxRecordChars;
  }

  /** The line the current record starts on (1-based). */
  long line() {
    return recordLine;
  }

  /** The number of fields in the current record. */
  int size() {
    return count;
  }

  /** Field {@code i} of the current record. */
  String get(int i) {
    return fields[i];
  }

  /** The current record's fields, as a new array. */
  String[] fields() {
    return Arrays.copyOf(fields, count);
  }

  /** Whether the current record is an empty line. */
  boolean isBlank() {
    return blank;
  }

  /** Why the current record is malformed, or null when it is well-formed. */
  String malformation() {
    return malformation;
  }

  private int readRaw() throws IOException {
    if (pendingPos < pending.length()) {
      return pending.charAt(pendingPos++);
    }
    if (pos == len) {
      int n = in.read(buf, 0, buf.length);
      if (n <= 0) {
        return EOF;
      }
      pos = 0;
      len = n;
    }
    return buf[pos++];
  }

  private int read() throws IOException {
    int c;
    if (peeked != NONE) {
      c = peeked;
      peeked = NONE;
    } else {
      c = readRaw();
    }
    if (c != EOF) {
      lineBefore = line;
      lastBefore = last;
      if (c == '\r' || (c == '\n' && last != '\r')) {
        line++;
      }
      last = c;
      if (tail != null) {
        tail.append((char) c);
      }
    }
    return c;
  }

  /** Steps back over the character the last read() returned. */
  private void unread(int c) {
    if (c == EOF) {
      return;
    }
    peeked = c;
    line = lineBefore;
    last = lastBefore;
    if (tail != null) {
      tail.setLength(tail.length() - 1);
    }
  }

  /**
   * Reads the next record.
   *
   * @return false at the end of input
   */
  boolean next() throws IOException {
    count = 0;
    malformation = null;
    blank = false;
    tail = null;
    field.setLength(0);
    recordLine = line;
    int c = read();
    if (!started) {
      started = true;
      if (c == '\uFEFF') {
        c = read();
      }
    }
    if (c == EOF) {
      return false;
    }
    if (c == '\n' || c == '\r') {
      endLine(c);
      blank = true;
      return true;
    }
    int chars = 0;
    while (true) {
      if (c == '"') {
        while (true) {
          c = read();
          if (c == EOF) {
            return resync("a quoted field is not closed before the end of the input");
          }
          if (++chars > maxRecordChars) {
            return resync("a quoted field is not closed within " + maxRecordChars + " characters");
          }
          if (c == '"') {
            int d = read();
            if (d == '"') {
              field.append('"');
              continue;
            }
            c = d;
            break;
          }
          field.append((char) c);
          if ((c == '\n' || c == '\r') && tail == null) {
            if (c == '\r') {
              int d = read();
              if (d == '\n') {
                field.append('\n');
              } else {
                unread(d);
              }
            }
            tail = new StringBuilder();
            tailLine = line;
          }
        }
        if (c != delimiter && c != '\n' && c != '\r' && c != EOF) {
          malformation = "text follows the closing quote of a quoted field";
          while (c != '\n' && c != '\r' && c != EOF) {
            field.append((char) c);
            c = read();
          }
        }
      } else {
        while (c != delimiter && c != '\n' && c != '\r' && c != EOF) {
          if (c == '"' && malformation == null) {
            malformation = "a quote appears inside an unquoted field";
          }
          field.append((char) c);
          if (peeked == NONE && pendingPos >= pending.length() && tail == null) {
            // The rest of the field straight from the buffer, up to a delimiter, line end or
            // quote: the per-character path below is the slow part of reading a file.
            int k = pos;
            while (k < len) {
              char x = buf[k];
              if (x == delimiter || x == '\n' || x == '\r' || x == '"') {
                break;
              }
              k++;
            }
            if (k > pos) {
              field.append(buf, pos, k - pos);
              chars += k - pos;
              last = buf[k - 1];
              pos = k;
            }
          }
          c = read();
          chars++;
        }
      }
      add();
      if (c == delimiter) {
        c = read();
        chars++;
        continue;
      }
      endLine(c);
      tail = null;
      return true;
    }
  }

  private void add() {
    if (count == fields.length) {
      fields = Arrays.copyOf(fields, count * 2);
    }
    fields[count++] = field.toString();
    field.setLength(0);
  }

  private void endLine(int c) throws IOException {
    if (c == '\r') {
      int d = read();
      if (d != '\n') {
        unread(d);
      }
    }
  }

  /** Marks the current record malformed and continues at the line after its first line. */
  private boolean resync(String why) throws IOException {
    malformation = why;
    count = 0;
    field.setLength(0);
    if (tail == null) {
      // Still on the record's first line: skip the rest of it.
      int c = read();
      while (c != '\n' && c != '\r' && c != EOF) {
        c = read();
      }
      endLine(c);
    } else {
      String rest = tail.toString();
      tail = null;
      pending = rest + pending.substring(pendingPos);
      pendingPos = 0;
      peeked = NONE;
      line = tailLine;
      last = 0;
    }
    return true;
  }
}
