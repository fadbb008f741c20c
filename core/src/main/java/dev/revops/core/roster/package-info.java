/**
 * The roster: the sales hierarchy with dated moves. A {@link dev.revops.core.roster.RosterEntry}
 * says who a person reports to, at which level (rep, manager, region or any name), from and until
 * when; a {@link dev.revops.core.roster.Roster} holds entries that never overlap for one person,
 * never leave a gap and never make a cycle, and answers who a person reports to on a date. {@link
 * dev.revops.core.roster.RosterCsv} reads rosters from CSV with a rejection report, including the
 * three-column sales-teams layout ({@code sales_agent, manager, regional_office}).
 */
@ValueStyle
package dev.revops.core.roster;

import dev.revops.core.style.ValueStyle;
