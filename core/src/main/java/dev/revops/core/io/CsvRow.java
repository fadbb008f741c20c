package dev.revops.core.io;

import dev.revops.core.InvalidValueException;
import dev.revops.core.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a CSV being read by a {@link CsvRowImporter}: its values by column, and the problems
 * found in it. Values are trimmed; a blank value is absent. Columns are found by header name,
 * ignoring case.
 *
 * <p>Valid only during the {@link CsvRowImporter.RowReader#read} call that receives it.
 */
public final class CsvRow {
  private final CsvInput csv;
  private final Header header;
  private List<Problem> problems;
  private String recordId;

  CsvRow(CsvInput csv) {
    this.csv = csv;
    this.header = csv.header;
  }

  /**
   * The line the row starts on (the header is line 1).
   *
   * @return the line number
   */
  public long line() {
    return csv.row();
  }

  /**
   * The header's column names, in order.
   *
   * @return the columns
   */
  public List<String> columns() {
    return Arrays.asList(header.names.clone());
  }

  /**
   * Whether the header has a column.
   *
   * @param column a column name, any case
   * @return true when the header has it
   */
  public boolean has(String column) {
    return header.indexOf(column) >= 0;
  }

  /**
   * A column's value.
   *
   * @param column a column name, any case
   * @return the trimmed value; empty when blank or when the header has no such column
   */
  public Optional<String> get(String column) {
    return Optional.ofNullable(csv.text(header.indexOf(column)));
  }

  /**
   * A value that must be there; a problem ({@code "is required"}) when it is blank.
   *
   * @param column a column name
   * @return the value, or empty (with the problem recorded)
   */
  public Optional<String> require(String column) {
    Optional<String> v = get(column);
    if (v.isEmpty()) {
      problem(column, "is required");
    }
    return v;
  }

  /**
   * A plain decimal ({@code -12.50}; no exponent or thousands separator); a problem when the value
   * is there but not one.
   *
   * @param column a column name
   * @return the decimal, or empty when blank or unreadable
   */
  public Optional<BigDecimal> decimal(String column) {
    Optional<String> v = get(column);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal d = Values.plainDecimal(v.get());
    if (d == null) {
      problem(column, Values.tooLong(v.get()) ? Values.TOO_LONG : "is not a plain decimal number");
    }
    return Optional.ofNullable(d);
  }

  /**
   * A currency: an ISO 4217 code of three upper-case letters ({@code USD}; {@code usd} is
   * rejected, as it is in JSON); a problem when the value is there but not one.
   *
   * @param column a column name
   * @return the currency, or empty when blank or unreadable
   */
  public Optional<Currency> currency(String column) {
    Optional<String> v = get(column);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Money.currency(v.get()));
    } catch (InvalidValueException e) {
      problem(column, DealCsvImporter.CURRENCY_RULE);
      return Optional.empty();
    }
  }

  /**
   * A date ({@code yyyy-MM-dd} or an ISO date-time, whose date in UTC is taken), resolved strictly
   * ({@code 2025-02-30} is no date); a problem when the value is there but not one.
   *
   * @param column a column name
   * @return the date, or empty when blank or unreadable
   */
  public Optional<LocalDate> date(String column) {
    Optional<String> v = get(column);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    LocalDate d = Values.date(v.get(), null, ZoneOffset.UTC);
    if (d == null) {
      problem(column, "is not a date (yyyy-MM-dd or an ISO date-time)");
    }
    return Optional.ofNullable(d);
  }

  /**
   * An instant: an ISO instant ({@code 2026-09-02T10:00:00Z}), a date-time with an offset, or a
   * local date-time or date taken in {@code zone}, resolved strictly ({@code 2025-02-30T10:00:00Z}
   * is no instant); a problem when the value is there but not one.
   *
   * @param column a column name
   * @param zone the zone of values without an offset
   * @return the instant, or empty when blank or unreadable
   */
  public Optional<Instant> instant(String column, ZoneId zone) {
    Optional<String> v = get(column);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    Instant i = Values.instant(v.get(), zone);
    if (i == null) {
      problem(column, "is not a date-time (ISO 8601, for example 2026-09-02T10:00:00Z)");
    }
    return Optional.ofNullable(i);
  }

  /**
   * Records a problem with a column's value; the row will be rejected.
   *
   * @param column the column (as the caller names it)
   * @param reason a stable phrase, for example {@code "is not a period label"}
   */
  public void problem(String column, String reason) {
    problem(column, reason, Optional.empty());
  }

  /**
   * Records a problem with particulars; the row will be rejected.
   *
   * @param column the column
   * @param reason a stable phrase
   * @param detail particulars
   */
  public void problem(String column, String reason, String detail) {
    problem(column, reason, Optional.of(Objects.requireNonNull(detail, "detail")));
  }

  private void problem(String column, String reason, Optional<String> detail) {
    int i = header.indexOf(column);
    add(new Problem.Builder().column(i >= 0 ? header.names[i] : column)
        .value(Optional.ofNullable(i >= 0 ? csv.raw(i) : null))
        .reason(reason).detail(detail).build());
  }

  /** The raw cell of a column, as the file has it; null when the header has no such column. */
  String raw(String column) {
    int i = header.indexOf(column);
    return i < 0 ? null : csv.raw(i);
  }

  /**
   * Records each violation as a problem: in the file's column with the cell as the file has it when
   * the violation names a column of the file (the value as the model read it then goes to the
   * detail when it differs), else as the model names it.
   */
  void addAll(InvalidValueException e) {
    for (InvalidValueException.Violation v : e.violations()) {
      int i = header.indexOfField(v.field());
      add(Problem.ofViolation(v, Optional.ofNullable(i >= 0 ? header.names[i] : null),
          Optional.ofNullable(i >= 0 ? csv.raw(i) : null)));
    }
  }

  void add(Problem p) {
    if (problems == null) {
      problems = new ArrayList<>(2);
    }
    problems.add(p);
  }

  /**
   * Whether any problem was recorded.
   *
   * @return true when the row will be rejected
   */
  public boolean hasProblems() {
    return problems != null;
  }

  /**
   * Names the record this row is, for the report.
   *
   * @param id the record's id
   */
  public void recordId(String id) {
    this.recordId = id;
  }

  Optional<String> recordId() {
    return Optional.ofNullable(recordId);
  }

  List<Problem> problems() {
    return problems;
  }

  /** The header's name of a column, in its own case, or the name given. */
  String columnName(String column) {
    int i = header.indexOf(column);
    return i >= 0 ? header.names[i] : column;
  }
}
