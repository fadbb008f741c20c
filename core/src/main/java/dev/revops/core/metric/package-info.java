/**
 * Governed metrics: a {@link dev.revops.core.metric.Metric} is a shared, versioned definition of a
 * number (what it means, its unit, the team that owns it); a {@link
 * dev.revops.core.metric.MetricValue} is one computed value with its provenance: the as-of date,
 * the definitions it was computed under, how many records were counted and which were
 * {@linkplain dev.revops.core.metric.Exclusion excluded and why}.
 */
@ValueStyle
package dev.revops.core.metric;

import dev.revops.core.style.ValueStyle;
