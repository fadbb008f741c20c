/**
 * Forecasting on the core model: weighted pipeline and targets, stage and sales velocity,
 * conversion learned from history, the weekly reviews, and bookings-to-revenue reconciliation.
 *
 * <p>Every exported package is API; each is opened to Jackson, which reads and writes its values
 * by reflection.
 */
module dev.revops.forecast {
  requires transitive dev.revops.core;
  requires static org.immutables.value.annotations;

  exports dev.revops.forecast.conversion;
  exports dev.revops.forecast.pipeline;
  exports dev.revops.forecast.review;
  exports dev.revops.forecast.revenue;
  exports dev.revops.forecast.velocity;
  exports dev.revops.forecast.funnel;
  exports dev.revops.forecast.projection;
  exports dev.revops.forecast.recurring;
  exports dev.revops.forecast.winloss;
  exports dev.revops.forecast.calls;
  exports dev.revops.forecast.attribution;
  exports dev.revops.forecast.acquisition;

  opens dev.revops.forecast.conversion to com.fasterxml.jackson.databind;
  opens dev.revops.forecast.pipeline to com.fasterxml.jackson.databind;
  opens dev.revops.forecast.review to com.fasterxml.jackson.databind;
  opens dev.revops.forecast.revenue to com.fasterxml.jackson.databind;
  opens dev.revops.forecast.velocity to com.fasterxml.jackson.databind;
  opens dev.revops.forecast.funnel to com.fasterxml.jackson.databind;
  opens dev.revops.forecast.projection to com.fasterxml.jackson.databind;
  opens dev.revops.forecast.recurring to com.fasterxml.jackson.databind;
  opens dev.revops.forecast.winloss to com.fasterxml.jackson.databind;
  opens dev.revops.forecast.calls to com.fasterxml.jackson.databind;
  opens dev.revops.forecast.attribution to com.fasterxml.jackson.databind;
  opens dev.revops.forecast.acquisition to com.fasterxml.jackson.databind;
}
