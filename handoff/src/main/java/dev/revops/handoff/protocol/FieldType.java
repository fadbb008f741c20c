package dev.revops.handoff.protocol;

/** The type of a payload field's value. */
public enum FieldType {
  /** Any text. */
  TEXT,
  /** Money: {@code USD 1234.50}, or a plain decimal. */
  MONEY,
  /** A plain decimal. */
  DECIMAL,
  /** A date, {@code yyyy-MM-dd}. */
  DATE,
  /** {@code true} or {@code false}. */
  BOOLEAN,
  /** A list of items separated by semicolons. */
  LIST
}
