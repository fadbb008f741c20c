/**
 * Acquisition cost: marketing and sales spend, CAC (blended, paid, by channel and by segment), CAC
 * payback, LTV, LTV:CAC and the magic number, each a {@code MetricValue} citing its definition in
 * {@link dev.revops.forecast.acquisition.AcquisitionMetrics}.
 */
@ValueStyle
package dev.revops.forecast.acquisition;

import dev.revops.core.style.ValueStyle;
