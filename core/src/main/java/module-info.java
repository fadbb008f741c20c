/**
 * The canonical revenue model: deals, stages, histories, money, periods, metrics and their
 * provenance, the one {@code Accumulator} and {@code Scope}, and strict import.
 *
 * <p>Every exported package is API. {@code dev.revops.core.style} (the one Immutables style) is
 * exported only to this project's own modules. Packages holding JSON-bound values are opened to
 * Jackson, which reads and builds them by reflection.
 */
module dev.revops.core {
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires org.slf4j;
  requires static org.immutables.value.annotations;

  exports dev.revops.core;
  exports dev.revops.core.aggregate;
  exports dev.revops.core.columnar;
  exports dev.revops.core.deal;
  exports dev.revops.core.definition;
  exports dev.revops.core.dimension;
  exports dev.revops.core.history;
  exports dev.revops.core.io;
  exports dev.revops.core.json;
  exports dev.revops.core.metric;
  exports dev.revops.core.money;
  exports dev.revops.core.period;
  exports dev.revops.core.pipeline;
  exports dev.revops.core.probability;
  exports dev.revops.core.scope;
  exports dev.revops.core.spill;
  exports dev.revops.core.lead;
  exports dev.revops.core.roster;
  exports dev.revops.core.touch;
  exports dev.revops.core.style to dev.revops.forecast, dev.revops.handoff;

  opens dev.revops.core.deal to com.fasterxml.jackson.databind;
  opens dev.revops.core.definition to com.fasterxml.jackson.databind;
  opens dev.revops.core.dimension to com.fasterxml.jackson.databind;
  opens dev.revops.core.history to com.fasterxml.jackson.databind;
  opens dev.revops.core.io to com.fasterxml.jackson.databind;
  opens dev.revops.core.json to com.fasterxml.jackson.databind;
  opens dev.revops.core.metric to com.fasterxml.jackson.databind;
  opens dev.revops.core.money to com.fasterxml.jackson.databind;
  opens dev.revops.core.period to com.fasterxml.jackson.databind;
  opens dev.revops.core.pipeline to com.fasterxml.jackson.databind;
  opens dev.revops.core.probability to com.fasterxml.jackson.databind;
  opens dev.revops.core.scope to com.fasterxml.jackson.databind;
  opens dev.revops.core.lead to com.fasterxml.jackson.databind;
  opens dev.revops.core.roster to com.fasterxml.jackson.databind;
  opens dev.revops.core.touch to com.fasterxml.jackson.databind;
}
