/**
 * Handoffs between revenue teams: typed protocols, SLA and payload compliance, field ownership and
 * definition-change impact. The content lands with its own issue; the module depends on
 * {@code revops-core} only.
 */
package dev.revops.handoff;
