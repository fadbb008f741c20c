/**
 * Handoffs between revenue teams, as typed, testable protocols: one occurrence of a handoff
 * ({@link dev.revops.handoff.Handoff}) and its outcome. Protocols and the handoff map are in
 * {@code handoff.protocol}; SLA and payload compliance in {@code handoff.compliance}; field
 * ownership in {@code handoff.ownership}; the impact of a new definition version in
 * {@code handoff.impact}. The module depends on {@code revops-core} only.
 */
@ValueStyle
package dev.revops.handoff;

import dev.revops.core.style.ValueStyle;
