/**
 * Marketing touchpoints and the journey of one deal through them: the input of attribution.
 *
 * <p>A {@link dev.revops.core.touch.Touch} is one interaction (an ad click, a webinar, a sales
 * email) of a lead or contact and/or a deal; a {@link dev.revops.core.touch.DealJourney} is a deal
 * with its amount, outcome, milestones (lead creation, opportunity creation, closed won) and
 * touches. {@link dev.revops.core.touch.JourneyMilestones} takes the milestones from the lead
 * lifecycle and the deal (its dates and, when given, its stage history); {@link
 * dev.revops.core.touch.TouchImport} reads touches from CSV and JSON Lines with the rejection report
 * of every importer.
 */
@ValueStyle
package dev.revops.core.touch;

import dev.revops.core.style.ValueStyle;
