package dev.revops.handoff.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.InvalidValueException;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PayloadFieldTest {

  static PayloadField.Builder field(String name, FieldType type) {
    return PayloadField.builder().name(name).source(FieldSource.PAYLOAD).type(type);
  }

  static Optional<String> problem(PayloadField f, String value) {
    return f.problem(Optional.ofNullable(value));
  }

  @Test
  void a_required_field_must_be_there_and_not_blank_an_optional_one_may_be_absent() {
    PayloadField required = field("champion", FieldType.TEXT).build();
    assertEquals(Optional.of("is required"), problem(required, null));
    assertEquals(Optional.of("is required"), problem(required, "  "));
    assertEquals(Optional.empty(), problem(required, "Dana"));
    assertEquals(Optional.empty(), problem(field("note", FieldType.TEXT).required(false).build(), null));
  }

  @Test
  void checks_each_type_and_its_constraints() {
    PayloadField money = field("budget", FieldType.MONEY).minimum(new BigDecimal("1000")).build();
    assertEquals(Optional.empty(), problem(money, "USD 1000.00"));
    assertEquals(Optional.empty(), problem(money, "2500"));
    assertEquals(Optional.of("must be at least 1000"), problem(money, "EUR 999.99"));
    assertEquals(Optional.of("must be money (USD 1234.50 or 1234.50)"), problem(money, "lots"));
    assertEquals(Optional.of("must be a decimal"), problem(field("discount", FieldType.DECIMAL).build(), "10%"));
    assertEquals(Optional.of("must be a date (yyyy-MM-dd)"),
        problem(field("goLive", FieldType.DATE).build(), "15/01/2027"));
    assertEquals(Optional.of("must be true or false"), problem(field("signed", FieldType.BOOLEAN).build(), "yes"));
    PayloadField stakeholders = field("stakeholderMap", FieldType.LIST).minLength(2).build();
    assertEquals(Optional.of("must list at least 2 items (separated by ;)"), problem(stakeholders, "Dana; "));
    assertEquals(Optional.empty(), problem(stakeholders, "Dana; Lee"));
    PayloadField tier = field("tier", FieldType.TEXT).addAllowed("gold", "silver").build();
    assertEquals(Optional.of("must be one of gold, silver"), problem(tier, "bronze"));
    PayloadField signed = field("signedOrderForm", FieldType.BOOLEAN).addAllowed("true").build();
    assertEquals(Optional.of("must be one of true"), problem(signed, "false"));
    assertEquals(Optional.of("must be true or false"), problem(signed, "yes"));
    assertEquals(Optional.of("must have at least 10 characters"),
        problem(field("requirements", FieldType.TEXT).minLength(10).build(), "SSO"));
  }

  @Test
  void a_deal_field_must_name_a_deal_field_or_an_attribute() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> PayloadField.builder()
        .name("colour").source(FieldSource.DEAL).type(FieldType.TEXT).build());
    assertTrue(e.getMessage().contains("name 'colour' must be a deal field path or attributes.<name>"),
        e.getMessage());
    assertEquals("attributes.champion (deal TEXT, required)", PayloadField.builder().name("attributes.champion")
        .source(FieldSource.DEAL).type(FieldType.TEXT).build().toString());
  }
}
