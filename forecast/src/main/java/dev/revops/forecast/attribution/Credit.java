package dev.revops.forecast.attribution;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.revops.core.money.Money;

/**
 * Credit one model gave one channel, campaign, segment and conversion period, summed over deals.
 * Example: {@code new Credit("paid-search", "brand", "smb", "2026-01", Money.parse("USD 40.00"))}.
 *
 * @param channel the touches' channel
 * @param campaign the touches' campaign
 * @param segment the deals' segment
 * @param period the label of the period the deals converted in
 * @param amount the credit
 */
public record Credit(@JsonProperty("channel") String channel, @JsonProperty("campaign") String campaign, @JsonProperty("segment") String segment, @JsonProperty("period") String period, @JsonProperty("amount") Money amount) {}
