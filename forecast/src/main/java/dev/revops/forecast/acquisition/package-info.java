/**
 * Acquisition cost: marketing and sales spend, CAC (blended, paid, by channel and by segment), CAC
 * payback, LTV, LTV:CAC and the magic number, each a {@code MetricValue} citing its definition in
 * {@link dev.revops.forecast.acquisition.AcquisitionMetrics}.
 */
package dev.revops.forecast.acquisition;
