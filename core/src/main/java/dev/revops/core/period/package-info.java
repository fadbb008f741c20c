/**
 * Reporting periods: months, quarters and fiscal years ({@link dev.revops.core.period.Period}),
 * cut by a fiscal calendar with a configurable first month ({@link
 * dev.revops.core.period.FiscalCalendar}).
 */
@ValueStyle
package dev.revops.core.period;

import dev.revops.core.style.ValueStyle;
