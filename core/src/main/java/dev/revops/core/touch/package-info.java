/**
 * Marketing touchpoints and the journey of one deal through them: the input of attribution.
 *
 * <p>A {@link dev.revops.core.touch.Touch} is one interaction (an ad click, a webinar, a sales
 * email) of a lead or contact, tied to a deal; a {@link dev.revops.core.touch.DealJourney} is a
 * deal with its amount, outcome, milestones (lead creation, opportunity creation, closed won) and
 * touches.
 */
package dev.revops.core.touch;
