/**
 * Leads and their lifecycle: the marketing end of the revenue lifecycle.
 *
 * <p>A {@link dev.revops.core.lead.Lead} (source, campaign, owner, segment) moves through the
 * ordered {@link dev.revops.core.lead.LifecycleStage}s of a versioned
 * {@link dev.revops.core.lead.LifecycleDefinition} (HubSpot's defaults bundled as data); its
 * {@link dev.revops.core.lead.LifecycleHistory} records each {@link
 * dev.revops.core.lead.LifecycleChange}, validated like a deal's stage history; a {@link
 * dev.revops.core.lead.DealLink} records the deal it became and how that deal ended. A {@link
 * dev.revops.core.lead.LeadJourney} holds the three together, and a {@link
 * dev.revops.core.lead.LeadFunnel} says which steps a funnel counts and how a journey reaches them
 * ({@link dev.revops.core.lead.LeadProgress}), so that the funnel and the lead-level handoffs judge
 * conversion by one rule.
 *
 * <p>Import: {@link dev.revops.core.lead.LeadCsvImporter} (HubSpot contacts, Salesforce leads,
 * the Olist MQLs), {@link dev.revops.core.lead.LifecycleChangeCsvImporter} and {@link
 * dev.revops.core.lead.DealLinkCsvImporter} (the Olist closed deals), each with the rejection
 * report of every importer.
 */
@ValueStyle
package dev.revops.core.lead;

import dev.revops.core.style.ValueStyle;
