/**
 * Measuring handoffs: each one evaluated against its protocol ({@link
 * dev.revops.handoff.compliance.HandoffEvaluation}: payload, SLA, rejection reason, status),
 * compliance per protocol, team pair and period with the ranking of protocols by friction cost
 * ({@link dev.revops.handoff.compliance.Compliance}), and the link between a complete handoff and
 * a downstream outcome ({@link dev.revops.handoff.compliance.OutcomeLink}).
 */
@ValueStyle
package dev.revops.handoff.compliance;

import dev.revops.core.style.ValueStyle;
