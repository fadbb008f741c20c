package dev.revops.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A table of a command's output: as text, columns sized to their widest cell and numbers
 * right-aligned; as CSV, one record per figure (see {@link Output}).
 *
 * <p>Its columns are keys (what a row is about: a period, a currency, a stage, a group) or figures
 * (what the row says about it). A cell is text or a {@link Cell}.
 */
final class Table {
  /** What a column holds, and where its cells go in the CSV output. */
  enum Role { PERIOD, CURRENCY, KEY, FIGURE, HIDDEN_FIGURE }

  /**
   * One column.
   *
   * @param header what the text table shows above it
   * @param role what it holds
   * @param name the key's name in a CSV group, or the figure's measure
   */
  record Column(String header, Role role, String name) {}

  private final String section;
  private final List<Column> columns;
  private final List<List<Cell>> rows = new ArrayList<>();
  private String within = "";
  private String period = "";

  /**
   * A table.
   *
   * @param section its name in the CSV output: {@code weighted-pipeline}
   */
  Table(String section, List<Column> columns) {
    this.section = section;
    this.columns = List.copyOf(columns);
  }

  Table(String section, Column... columns) {
    this(section, List.of(columns));
  }

  /**
   * Says what every row is about when no column does (the deal of a deal's table): the start of
   * each CSV record's group.
   *
   * @param group {@code name=value}
   * @return this table
   */
  Table within(String group) {
    this.within = group;
    return this;
  }

  /**
   * Says which period every row is about when no column does: each CSV record's period.
   *
   * @param label the period's label
   * @return this table
   */
  Table in(String label) {
    this.period = label;
    return this;
  }

  /** The period a row is about: the CSV's {@code period} field. */
  static Column period(String header) {
    return new Column(header, Role.PERIOD, "period");
  }

  /** The currency of a row's amounts: the CSV's {@code currency} field. */
  static Column currency() {
    return new Column("currency", Role.CURRENCY, "currency");
  }

  /** What a row is about, shown under its name: a part of the CSV's {@code group} field. */
  static Column key(String name) {
    return new Column(name, Role.KEY, name);
  }

  /** What a row is about, shown under {@code header} and named {@code name} in the CSV's group. */
  static Column key(String header, String name) {
    return new Column(header, Role.KEY, name);
  }

  /** What a row is about when it is a group already written {@code name=value;...}: the CSV's group as it is. */
  static Column group(String header) {
    return new Column(header, Role.KEY, "");
  }

  /** A figure, shown under {@code header}; the CSV's {@code measure} is {@code measure}. */
  static Column figure(String header, String measure) {
    return new Column(header, Role.FIGURE, measure);
  }

  /**
   * A figure the text table does not show (it shows it otherwise, as a range say) but the CSV
   * output holds.
   */
  static Column hidden(String measure) {
    return new Column("", Role.HIDDEN_FIGURE, measure);
  }

  /** Adds a row: a text or {@link Cell} per column. */
  Table row(List<?> cells) {
    if (cells.size() != columns.size()) {
      throw new IllegalArgumentException("a row of " + cells.size() + " cells for " + columns.size() + " columns");
    }
    List<Cell> row = new ArrayList<>(cells.size());
    for (Object c : cells) {
      row.add(c instanceof Cell cell ? cell : Cell.text(String.valueOf(c)));
    }
    rows.add(row);
    return this;
  }

  Table row(Object... cells) {
    return row(List.of(cells));
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  /** Prints the table as text, each line after {@code indent}. */
  void print(PrintWriter out, String indent) {
    List<Integer> shown = new ArrayList<>();
    for (int c = 0; c < columns.size(); c++) {
      if (columns.get(c).role() != Role.HIDDEN_FIGURE) {
        shown.add(c);
      }
    }
    int[] width = new int[shown.size()];
    boolean[] numeric = new boolean[shown.size()];
    for (int i = 0; i < shown.size(); i++) {
      int c = shown.get(i);
      width[i] = columns.get(c).header().length();
      numeric[i] = !rows.isEmpty();
      for (List<Cell> r : rows) {
        String text = r.get(c).text();
        width[i] = Math.max(width[i], text.length());
        numeric[i] &= text.isEmpty() || text.equals("-") || text.matches("-?[0-9.,]+[%xh]?");
      }
    }
    line(out, indent, shown.stream().map(c -> columns.get(c).header()).toList(), width, numeric);
    for (List<Cell> r : rows) {
      line(out, indent, shown.stream().map(c -> r.get(c).text()).toList(), width, numeric);
    }
  }

  private static void line(PrintWriter out, String indent, List<String> cells, int[] width, boolean[] numeric) {
    StringBuilder b = new StringBuilder(indent);
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      String pad = " ".repeat(width[c] - cell.length());
      b.append(c == 0 ? "" : "  ").append(numeric[c] ? pad + cell : cell + pad);
    }
    out.println(b.toString().stripTrailing());
  }

  /**
   * Writes every figure of the table as a CSV record {@code section, period, group, currency,
   * measure, value}; cells without a value (shown as {@code -}) are left out.
   */
  void writeCsv(CsvWriter csv) {
    for (List<Cell> r : rows) {
      String period = this.period;
      String currency = "";
      List<String> group = new ArrayList<>();
      if (!within.isEmpty()) {
        group.add(within);
      }
      for (int c = 0; c < columns.size(); c++) {
        Cell cell = r.get(c);
        String v = cell.value();
        switch (columns.get(c).role()) {
          case PERIOD -> period = v == null ? "" : v;
          case CURRENCY -> currency = v == null ? "" : v;
          case KEY -> {
            if (v != null && !v.isEmpty()) {
              String name = columns.get(c).name();
              group.add(name.isEmpty() ? v : name + "=" + v);
            }
          }
          default -> { }
        }
      }
      String g = String.join(";", group);
      for (int c = 0; c < columns.size(); c++) {
        Cell cell = r.get(c);
        Role role = columns.get(c).role();
        if ((role == Role.FIGURE || role == Role.HIDDEN_FIGURE) && cell.value() != null) {
          csv.row(List.of(section, period, g, cell.currency() != null ? cell.currency() : currency,
              columns.get(c).name(), cell.value()));
        }
      }
    }
  }

  // The cells the commands build most, kept here so that a table's code reads as a table.

  static Cell amount(dev.revops.core.money.Money m) {
    return Cell.amount(m);
  }

  static Cell count(long n) {
    return Cell.count(n);
  }

  static Cell count(java.math.BigDecimal n) {
    return Cell.count(n);
  }

  static Cell percent(java.math.BigDecimal ratio) {
    return Cell.percent(ratio);
  }

  static Cell multiple(java.math.BigDecimal ratio) {
    return Cell.multiple(ratio);
  }
}
