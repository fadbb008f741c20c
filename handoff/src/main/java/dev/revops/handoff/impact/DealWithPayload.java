package dev.revops.handoff.impact;

import dev.revops.core.deal.Deal;
import java.util.Map;
import java.util.Objects;

/**
 * An open deal with the payload its handoff would carry: the one input of {@link
 * ProtocolChangeImpact}. Fields of the handoff's own payload come from the payload (none given:
 * they count as missing, under both versions alike); fields read from the deal from the deal.
 *
 * <pre>{@code
 * impact.add(DealWithPayload.of(deal, Map.of("successCriteria", "go-live in Q1")));
 * impact.add(DealWithPayload.of(deal));                  // no payload yet
 * }</pre>
 *
 * @param deal the deal
 * @param payload the payload, by field name (an unmodifiable copy)
 */
public record DealWithPayload(Deal deal, Map<String, String> payload) {
  /**
   * Checks both are given, and copies the payload.
   *
   * @param deal the deal
   * @param payload the payload
   */
  public DealWithPayload {
    Objects.requireNonNull(deal, "deal");
    payload = Map.copyOf(Objects.requireNonNull(payload, "payload"));
  }

  /**
   * A deal with a payload.
   *
   * @param deal the deal
   * @param payload the payload, by field name
   * @return the pair
   */
  public static DealWithPayload of(Deal deal, Map<String, String> payload) {
    return new DealWithPayload(deal, payload);
  }

  /**
   * A deal with no payload of its own yet.
   *
   * @param deal the deal
   * @return the deal with an empty payload
   */
  public static DealWithPayload of(Deal deal) {
    return new DealWithPayload(deal, Map.of());
  }
}
