package dev.revops.core.touch;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * One marketing or sales interaction that may earn attribution credit: of a lead or contact, of a
 * deal, or of both (a contact's touch already associated with the deal).
 *
 * <p>Rules, checked at construction, all reported at once: the id, channel and kind are not blank
 * and not padded; the lead id, deal id and campaign, when present, likewise; at least one of the
 * lead id and the deal id is present; attribute names and values are not blank.
 *
 * <p>Touches are ordered by {@link #instant()} and then by {@link #id()} ({@link #JOURNEY_ORDER}),
 * so the order in which touches are read never changes who is first or last.
 *
 * <p>JSON: {@code {"id": "t1", "leadId": "L00001", "dealId": "D00007", "instant": "2026-01-05T10:00:00Z",
 * "channel": "paid_search", "campaign": "brand", "kind": "click", "attributes": {}}}.
 *
 * <pre>{@code
 * Touch t = Touch.builder().id("t1").dealId("D-1").instant(Instant.parse("2026-01-05T10:00:00Z"))
 *     .channel("paid_search").campaign("brand").kind("click").build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTouch.class)
@JsonDeserialize(as = ImmutableTouch.class)
public abstract class Touch {
  /** Journey order: by instant, then by id. */
  public static final Comparator<Touch> JOURNEY_ORDER = Comparator.comparing(Touch::instant).thenComparing(Touch::id);

  /** Only the generated implementation extends this class, so every instance is validated. */
  Touch() {}

  /**
   * The touch's id, unique in a file.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The lead or contact touched.
   *
   * @return the lead id, if the touch is a lead's
   */
  public abstract Optional<String> leadId();

  /**
   * The deal the touch is associated with.
   *
   * @return the deal id, if the touch is tied to a deal
   */
  public abstract Optional<String> dealId();

  /**
   * When the interaction happened.
   *
   * @return the instant
   */
  public abstract Instant instant();

  /**
   * The marketing channel, for example {@code paid_search}.
   *
   * @return the channel
   */
  public abstract String channel();

  /**
   * The campaign.
   *
   * @return the campaign, if any
   */
  public abstract Optional<String> campaign();

  /**
   * The kind of interaction, for example {@code click}, {@code form}, {@code meeting}.
   *
   * @return the kind
   */
  public abstract String kind();

  /**
   * Custom attributes, by name.
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

  /** Builds touches; see {@link Touch} for the rules. */
  public static final class Builder extends ImmutableTouch.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("touch " + id());
    v.text("id", id());
    v.text("leadId", leadId());
    v.text("dealId", dealId());
    v.text("channel", channel());
    v.text("campaign", campaign());
    v.text("kind", kind());
    v.check(leadId().isPresent() || dealId().isPresent(), "leadId", "absent",
        "must be present when the deal id is absent (a touch is a lead's, a deal's or both)");
    attributes().forEach((name, value) -> {
      v.text("attributes", name);
      v.check(!value.isBlank(), "attributes." + name, value, "must not be blank (leave it absent instead)");
    });
    v.throwIfInvalid();
  }

  /**
   * The id, instant and channel.
   *
   * @return for example {@code "touch t1 at 2026-01-05T10:00:00Z on paid_search"}
   */
  @Override
  public String toString() {
    return "touch " + id() + " at " + instant() + " on " + channel();
  }
}
