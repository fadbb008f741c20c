/**
 * {@link dev.revops.core.scope.Scope}: what every computation is "as of and in" (as-of instant,
 * zone, reporting periods, working days, reporting currency and rates, definitions, example limit).
 */
@ValueStyle
package dev.revops.core.scope;

import dev.revops.core.style.ValueStyle;
