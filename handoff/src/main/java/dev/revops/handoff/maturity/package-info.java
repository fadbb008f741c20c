/**
 * The maturity of handoffs, measured: per protocol and overall, the stage (tribal, documented,
 * systematic, optimized) that the measured facts support under a versioned {@link
 * dev.revops.handoff.maturity.MaturityModel}, with every rule's evidence listed ({@link
 * dev.revops.handoff.maturity.HandoffMaturity}).
 */
@ValueStyle
package dev.revops.handoff.maturity;

import dev.revops.core.style.ValueStyle;
