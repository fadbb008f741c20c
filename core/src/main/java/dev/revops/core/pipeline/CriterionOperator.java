package dev.revops.core.pipeline;

/**
 * How a {@link Criterion} compares a field with its operand.
 */
public enum CriterionOperator {
  /** The field has a value. Takes no operand. */
  PRESENT("is set"),
  /** The field equals the operand (text exactly; numbers, money and dates by value). */
  EQUALS("="),
  /** The field has a value and it differs from the operand. */
  NOT_EQUALS("!="),
  /** The field is greater than the operand (money, decimals, dates). */
  GREATER_THAN(">"),
  /** The field is greater than or equal to the operand (money, decimals, dates). */
  AT_LEAST(">="),
  /** The field is less than the operand (money, decimals, dates). */
  LESS_THAN("<"),
  /** The field is less than or equal to the operand (money, decimals, dates). */
  AT_MOST("<="),
  /** The field equals one of the operands (text and categories). */
  ONE_OF("in");

  private final String symbol;

  CriterionOperator(String symbol) {
    this.symbol = symbol;
  }

  /**
   * The operator as written in a criterion's text.
   *
   * @return for example {@code ">="} or {@code "is set"}
   */
  public String symbol() {
    return symbol;
  }

  boolean isOrdering() {
    return this == GREATER_THAN || this == AT_LEAST || this == LESS_THAN || this == AT_MOST;
  }

  boolean accepts(int comparison) {
    switch (this) {
      case EQUALS:
        return comparison == 0;
      case NOT_EQUALS:
        return comparison != 0;
      case GREATER_THAN:
        return comparison > 0;
      case AT_LEAST:
        return comparison >= 0;
      case LESS_THAN:
        return comparison < 0;
      case AT_MOST:
        return comparison <= 0;
      default:
        throw new IllegalStateException(this + " does not compare");
    }
  }
}
