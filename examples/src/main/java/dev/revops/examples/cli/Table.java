package dev.revops.examples.cli;

import dev.revops.core.money.Money;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A plain-text table: columns sized to their widest cell, numbers right-aligned. */
final class Table {
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  Table(List<String> header) {
    this.header = List.copyOf(header);
  }

  Table row(List<String> cells) {
    if (cells.size() != header.size()) {
      throw new IllegalArgumentException("a row of " + cells.size() + " cells for " + header.size() + " columns");
    }
    rows.add(List.copyOf(cells));
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  void print(PrintWriter out, String indent) {
    int[] width = new int[header.size()];
    boolean[] numeric = new boolean[header.size()];
    for (int c = 0; c < header.size(); c++) {
      width[c] = header.get(c).length();
      numeric[c] = !rows.isEmpty();
      for (List<String> r : rows) {
        width[c] = Math.max(width[c], r.get(c).length());
        numeric[c] &= r.get(c).isEmpty() || r.get(c).equals("-") || r.get(c).matches("-?[0-9.,]+[%xh]?");
      }
    }
    line(out, indent, header, width, numeric);
    for (List<String> r : rows) {
      line(out, indent, r, width, numeric);
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

  /** An amount with thousands separators, without its currency: {@code 1,234.50}. */
  static String amount(Money m) {
    DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    int digits = m.getCurrency().getDefaultFractionDigits();
    if (digits > 0) {
      f.applyPattern("#,##0." + "0".repeat(digits));
    }
    return f.format(m.getAmount());
  }

  /** A count with thousands separators. */
  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /**
   * A possibly fractional count (decay-weighted deals) with thousands separators and up to two
   * decimals: {@code 95,054} or {@code 1,234.5}.
   */
  static String count(BigDecimal n) {
    DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setRoundingMode(java.math.RoundingMode.HALF_EVEN);
    return f.format(n);
  }

  /** A ratio as a percentage with one decimal: {@code 62.5%}. */
  static String percent(BigDecimal ratio) {
    return ratio.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_EVEN).toPlainString() + "%";
  }

  /** A ratio as a multiple with two decimals: {@code 2.50x}. */
  static String multiple(BigDecimal ratio) {
    return ratio.setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString() + "x";
  }
}
