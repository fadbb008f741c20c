/**
 * Stage histories: the ordered {@link dev.revops.core.history.StageChange}s of one deal
 * ({@link dev.revops.core.history.DealHistory}), the stage as of any instant, and the
 * {@link dev.revops.core.history.StageVisit}s with their durations that velocity is computed from.
 */
@ValueStyle
package dev.revops.core.history;

import dev.revops.core.style.ValueStyle;
