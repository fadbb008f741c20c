package dev.revops.core.lead;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.InvalidValueException;
import dev.revops.core.Validation;
import dev.revops.core.deal.Deal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * The link from a lead to the deal it became: which deal, when the lead converted, and how the
 * deal ended (won or lost), if it has.
 *
 * <p>Rules, checked at construction: lead and deal ids are not blank; a deal is won or lost, not
 * both; attribute names and values are not blank. The order of the instants is not a rule: real
 * exports hold deals won before their lead's first contact, and the funnel counts and reports
 * those rather than losing them.
 *
 * <p>JSON: {@code {"leadId": "L1", "dealId": "D7", "convertedAt": "2026-03-09T10:00:00Z",
 * "wonAt": "2026-05-20T00:00:00Z", "attributes": {"salesRep": "sr-3"}}}.
 *
 * <pre>{@code
 * DealLink link = DealLink.builder().leadId("L1").dealId("D7")
 *     .convertedAt(Instant.parse("2026-03-09T10:00:00Z")).build()
 *     .withOutcome(deal, ZoneOffset.UTC);   // won or lost as the deal says
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDealLink.class)
@JsonDeserialize(as = ImmutableDealLink.class)
public abstract class DealLink {
  /** Only the generated implementation extends this class, so every instance is validated. */
  DealLink() {}

  /**
   * The lead.
   *
   * @return the lead id
   */
  public abstract String leadId();

  /**
   * The deal the lead became.
   *
   * @return the deal id
   */
  public abstract String dealId();

  /**
   * When the lead converted into the deal.
   *
   * @return the instant
   */
  public abstract Instant convertedAt();

  /**
   * When the deal was won.
   *
   * @return the instant, for a won deal
   */
  public abstract Optional<Instant> wonAt();

  /**
   * When the deal was lost.
   *
   * @return the instant, for a lost deal
   */
  public abstract Optional<Instant> lostAt();

  /**
   * What the deal's export says besides (sales rep, segment, lead type...), by name.
   *
   * @return name to value, sorted by name
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> attributes();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds links; see {@link DealLink} for the rules. */
  public static final class Builder extends ImmutableDealLink.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("deal link of lead " + leadId());
    v.text("leadId", leadId());
    v.text("dealId", dealId());
    v.check(wonAt().isEmpty() || lostAt().isEmpty(), "lostAt", lostAt().orElse(null),
        "must be absent on a won deal", "won at " + wonAt().orElse(null));
    attributes().forEach((name, value) -> {
      v.text("attributes", name);
      v.check(!value.isBlank(), "attributes." + name, value, "must not be blank (leave it absent instead)");
    });
    v.throwIfInvalid();
  }

  /**
   * Whether the deal was won or lost.
   *
   * @return true when it has an outcome
   */
  @JsonIgnore
  public boolean isClosed() {
    return wonAt().isPresent() || lostAt().isPresent();
  }

  /**
   * This link with the outcome a deal record says: won or lost at the start of its closed date in
   * {@code zone}, or no outcome for an open deal. A deal closed on the day the lead converted
   * closes at the conversion instant (its date has no time of day to place it later).
   *
   * <pre>{@code
   * DealLink closed = link.withOutcome(deal, ZoneId.of("Europe/Paris"));
   * }</pre>
   *
   * @param deal the linked deal
   * @param zone the zone its closed date is read in
   * @return the link with the deal's outcome
   * @throws InvalidValueException if the deal is not the linked one
   */
  public DealLink withOutcome(Deal deal, ZoneId zone) {
    Objects.requireNonNull(deal, "deal");
    Objects.requireNonNull(zone, "zone");
    if (!deal.id().equals(dealId())) {
      throw new InvalidValueException("deal link of lead " + leadId(), List.of(new InvalidValueException.Violation(
          "deal", deal.id(), "must be the linked deal", "the link names deal " + dealId())));
    }
    Optional<Instant> closed = deal.closedDate().map(d -> closingInstant(d, zone));
    return builder().leadId(leadId()).dealId(dealId()).convertedAt(convertedAt()).putAllAttributes(attributes())
        .wonAt(closed.filter(c -> deal.isWon())).lostAt(closed.filter(c -> deal.isLost())).build();
  }

  private Instant closingInstant(LocalDate date, ZoneId zone) {
    Instant start = date.atStartOfDay(zone).toInstant();
    boolean sameDay = LocalDate.ofInstant(convertedAt(), zone).equals(date);
    return sameDay && start.isBefore(convertedAt()) ? convertedAt() : start;
  }
}
