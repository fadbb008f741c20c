/**
 * Lead-level handoffs: the MQL-to-SAL handoff judged per lead against its protocol (with the
 * evaluation of {@link dev.revops.handoff.compliance.HandoffEvaluation}) and joined to the funnel:
 * conversion of leads whose handoff met its protocol against leads whose handoff did not ({@link
 * dev.revops.handoff.lead.LeadHandoffs}), by the cohort rule of {@link
 * dev.revops.core.lead.LeadProgress}.
 */
@ValueStyle
package dev.revops.handoff.lead;

import dev.revops.core.style.ValueStyle;
