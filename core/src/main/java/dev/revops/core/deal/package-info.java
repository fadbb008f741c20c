/**
 * The deal: {@link dev.revops.core.deal.Deal}, its probability override and effective
 * probability, its weighted value, and moving it between stages through the definition's gates
 * ({@link dev.revops.core.deal.Deal#moveTo}).
 */
@ValueStyle
package dev.revops.core.deal;

import dev.revops.core.style.ValueStyle;
