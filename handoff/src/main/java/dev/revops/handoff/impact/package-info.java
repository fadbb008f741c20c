/**
 * What a new version of a definition does to the deals there are now, before it ships: a pipeline
 * definition ({@link dev.revops.handoff.impact.DefinitionChangeImpact}: stage mapping,
 * probability, forecast category, gate status and the weighted pipeline before and after) or a
 * handoff protocol ({@link dev.revops.handoff.impact.ProtocolChangeImpact}: what the protocol
 * changes and which deals its payload would newly block at the gate).
 */
@ValueStyle
package dev.revops.handoff.impact;

import dev.revops.core.style.ValueStyle;
