package dev.revops.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValidationTest {

  @Test
  void collects_every_violation_before_throwing_one_exception_naming_the_subject() {
    Validation v = Validation.of("deal D-17");
    v.text("id", " D-17");
    v.text("name", Optional.of(""));
    v.check(false, "amount", "USD -5.00", "must not be negative");
    v.check(true, "owner", "alice", "never shown");
    v.check(false, "closedDate", "2026-01-03", "must not be before createdDate", "createdDate is 2026-02-01");
    assertTrue(v.hasViolations());
    InvalidValueException e = assertThrows(InvalidValueException.class, v::throwIfInvalid);
    assertEquals("deal D-17", e.subject());
    assertEquals(List.of("id", "name", "amount", "closedDate"),
        e.violations().stream().map(InvalidValueException.Violation::field).toList());
    assertEquals("deal D-17: id ' D-17' must not have leading or trailing whitespace; "
        + "name '' must not be blank (leave it absent instead); amount 'USD -5.00' must not be negative; "
        + "closedDate '2026-01-03' must not be before createdDate (createdDate is 2026-02-01)", e.getMessage());
  }

  @Test
  void a_clean_value_does_not_throw_and_absent_optionals_are_fine() {
    Validation v = Validation.of("");
    v.text("id", "D1");
    v.text("name", Optional.empty());
    assertFalse(v.hasViolations());
    v.throwIfInvalid();
  }

  @Test
  void a_single_violation_shows_absent_values_as_such() {
    InvalidValueException e = new InvalidValueException("closedDate", null, "must be set");
    assertEquals("closedDate '(absent)' must be set", e.getMessage());
    assertEquals("", e.subject());
    assertThrows(IllegalArgumentException.class, () -> new InvalidValueException("x", List.of()));
  }
}
