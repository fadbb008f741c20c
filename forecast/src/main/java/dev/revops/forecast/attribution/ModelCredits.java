package dev.revops.forecast.attribution;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.revops.core.metric.Provenance;
import dev.revops.core.money.Money;
import java.util.List;
import java.util.SortedMap;

/**
 * What one model credited: by channel, campaign, segment and period, with totals and, for a
 * secondary model, its difference from the primary by channel (this model minus primary).
 *
 * <p>{@code dealsTotal} is the sum of the amounts of the deals this model credited; the credits
 * sum to it exactly. Example: {@code result.primary().byChannel().get("paid-search")}.
 *
 * @param model the model's id
 * @param version the model's version
 * @param primary whether this is the primary model (its credits are "the" numbers)
 * @param provenance definition, counted deals and excluded deals by reason
 * @param dealsTotal the credited deals' total amount
 * @param credits the credits by channel, campaign, segment and period, sorted
 * @param byChannel the credits by channel
 * @param byCampaign the credits by campaign
 * @param bySegment the credits by segment
 * @param differenceFromPrimary by channel, this model's credit minus the primary's (zero for the primary)
 */
public record ModelCredits(@JsonProperty("model") String model, @JsonProperty("version") int version, @JsonProperty("primary") boolean primary, @JsonProperty("provenance") Provenance provenance, @JsonProperty("dealsTotal") Money dealsTotal,
    @JsonProperty("credits") List<Credit> credits, @JsonProperty("byChannel") SortedMap<String, Money> byChannel, @JsonProperty("byCampaign") SortedMap<String, Money> byCampaign,
    @JsonProperty("bySegment") SortedMap<String, Money> bySegment, @JsonProperty("differenceFromPrimary") SortedMap<String, Money> differenceFromPrimary) {}
