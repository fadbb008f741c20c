/**
 * Handoff protocols as data: who hands what to whom when ({@link
 * dev.revops.handoff.protocol.HandoffProtocol}), the payload it must carry, its SLA, and the map of
 * a whole lifecycle ({@link dev.revops.handoff.protocol.HandoffMap}), with the stage gate that
 * refuses a move whose handoff payload is incomplete ({@link dev.revops.handoff.protocol.HandoffGate}).
 */
@ValueStyle
package dev.revops.handoff.protocol;

import dev.revops.core.style.ValueStyle;
