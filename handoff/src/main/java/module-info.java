/**
 * Handoffs between teams: protocols, SLA and payload compliance, field ownership, and the impact
 * of changing a definition or a protocol.
 *
 * <p>Every exported package is API; each is opened to Jackson, which reads and writes its values
 * by reflection.
 */
module dev.revops.handoff {
  requires transitive dev.revops.core;
  requires static org.immutables.value.annotations;

  exports dev.revops.handoff;
  exports dev.revops.handoff.compliance;
  exports dev.revops.handoff.impact;
  exports dev.revops.handoff.maturity;
  exports dev.revops.handoff.ownership;
  exports dev.revops.handoff.protocol;
  exports dev.revops.handoff.lead;

  opens dev.revops.handoff to com.fasterxml.jackson.databind;
  opens dev.revops.handoff.compliance to com.fasterxml.jackson.databind;
  opens dev.revops.handoff.impact to com.fasterxml.jackson.databind;
  opens dev.revops.handoff.maturity to com.fasterxml.jackson.databind;
  opens dev.revops.handoff.ownership to com.fasterxml.jackson.databind;
  opens dev.revops.handoff.protocol to com.fasterxml.jackson.databind;
  opens dev.revops.handoff.lead to com.fasterxml.jackson.databind;
}
