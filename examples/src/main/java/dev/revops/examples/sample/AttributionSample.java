package dev.revops.examples.sample;

import dev.revops.core.deal.Deal;
import dev.revops.core.io.ColumnMapping;
import dev.revops.core.io.DealCsvImporter;
import dev.revops.core.lead.Lead;
import dev.revops.core.lead.LeadColumns;
import dev.revops.core.lead.LeadCsvImporter;
import dev.revops.core.lead.LeadJourney;
import dev.revops.core.lead.LifecycleDefinition;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The attribution sample, generated from the bundled deals and leads so that every id it names
 * exists: {@code touches.csv} (touch_id, lead_id, deal_id, touched_at, channel, campaign, kind) and
 * {@code spend.csv} (period, channel, campaign, segment, amount, currency, paid). Deterministic: the
 * same deals, leads and seed give the same bytes; ours, not from any customer.
 *
 * <p>About seven deals in ten get a lead created in the 90 days before the deal: the lead's own
 * touches come before its creation (the last one within the minute before it, on the lead's
 * source), and a meeting touch names both the lead and the deal on the day before the deal's
 * creation, which associates them; a deal without a lead gets an inquiry touch up to ten days
 * before its creation. Every deal gets 1 to 4 touches of its own between its creation
 * and its close (or the sample's as-of), and one deal in six a touch after its close. Spend is
 * monthly from 2025-10 to 2026-09 for each channel and segment, in USD; paid media are paid search,
 * events, webinars and partners. Example: {@code AttributionSample.files(dealsCsv, leadsCsv, seed)}.
 */
public final class AttributionSample {
  /** The channels of touches and spend. */
  public static final List<String> CHANNELS = List.of("email", "event", "organic_search", "outbound", "paid_search",
      "partner", "referral", "webinar");
  /** The channels whose spend is paid media. */
  static final List<String> PAID = List.of("paid_search", "event", "webinar", "partner");
  private static final List<String> SEGMENTS = List.of("Enterprise", "Mid-Market", "SMB");
  private static final List<String> DEAL_CHANNELS = List.of("email", "event", "outbound", "partner", "webinar",
      "paid_search");

  private AttributionSample() {}

  /**
   * The files, by name.
   *
   * @param dealsCsv the sample's deals ({@code gen-deals} layout)
   * @param leadsCsv the sample's leads ({@code gen-leads} layout)
   * @param seed the seed
   * @return {@code touches.csv} and {@code spend.csv}
   */
  public static Map<String, String> files(String dealsCsv, String leadsCsv, long seed) {
    Random rng = new Random(seed ^ 0x1616_2026L);
    Map<String, String> m = new LinkedHashMap<>();
    m.put("touches.csv", touches(deals(dealsCsv), leads(leadsCsv), rng));
    m.put("spend.csv", spend(rng));
    return m;
  }

  private static List<Deal> deals(String csv) {
    try {
      return DealCsvImporter.of(Bundled.definition("gen-deals"), ColumnMapping.genDeals()).readAll(new StringReader(csv))
          .accepted().stream().filter(d -> d.createdDate().isPresent()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Lead> leads(String csv) {
    try {
      return LeadCsvImporter.of(LifecycleDefinition.hubspotDefault(), LeadColumns.genLeads())
          .readAll(new StringReader(csv)).accepted().stream().map(LeadJourney::lead)
          .sorted(Comparator.comparing(Lead::createdAt).thenComparing(Lead::id)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String touches(List<Deal> deals, List<Lead> leads, Random rng) {
    StringBuilder b = new StringBuilder("touch_id,lead_id,deal_id,touched_at,channel,campaign,kind\n");
    int[] n = {0};
    Instant asOf = SampleGenerator.AS_OF.atStartOfDay(ZoneOffset.UTC).toInstant();
    for (Deal d : deals) {
      Instant created = d.createdDate().orElseThrow().atTime(9, 0).toInstant(ZoneOffset.UTC);
      Instant end = d.closedDate().map(c -> c.atTime(18, 0).toInstant(ZoneOffset.UTC)).orElse(asOf);
      java.util.Optional<Lead> lead = rng.nextInt(10) < 7 ? leadBefore(leads, created, rng) : java.util.Optional.empty();
      if (lead.isPresent()) {
        leadTouches(b, n, lead.get(), d.id(), created, rng);
      } else {
        line(b, n, "", d.id(), created.minus(Duration.ofHours(2 + rng.nextInt(240))), pick(CHANNELS, rng), "inquiry");
      }
      int own = 1 + rng.nextInt(4);
      long span = Math.max(1, Duration.between(created, end).getSeconds());
      for (int k = 0; k < own; k++) {
        Instant at = created.plusSeconds((long) (rng.nextDouble() * span));
        line(b, n, "", d.id(), at, pick(DEAL_CHANNELS, rng), k == 0 ? "demo" : "click");
      }
      if (d.closedDate().isPresent() && rng.nextInt(6) == 0) {
        line(b, n, "", d.id(), end.plus(Duration.ofDays(2 + rng.nextInt(20))), "email", "open");
      }
    }
    return b.toString();
  }

  private static java.util.Optional<Lead> leadBefore(List<Lead> leads, Instant created, Random rng) {
    Instant from = created.minus(Duration.ofDays(90));
    List<Lead> window = leads.stream().filter(l -> l.createdAt().isBefore(created) && l.createdAt().isAfter(from))
        .toList();
    return window.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(window.get(rng.nextInt(window.size())));
  }

  private static void leadTouches(StringBuilder b, int[] n, Lead lead, String dealId, Instant created, Random rng) {
    String source = lead.source().map(AttributionSample::channelOf).orElse("organic_search");
    int before = rng.nextInt(3);
    for (int k = before; k > 0; k--) {
      line(b, n, lead.id(), "", lead.createdAt().minus(Duration.ofDays(k * (1L + rng.nextInt(9)))),
          pick(CHANNELS, rng), "visit");
    }
    line(b, n, lead.id(), "", lead.createdAt().minusSeconds(30), source, "form");
    line(b, n, lead.id(), dealId, created.minus(Duration.ofDays(1)), "outbound", "meeting");
  }

  private static String channelOf(String source) {
    return switch (source) {
      case "event" -> "event";
      case "webinar" -> "webinar";
      case "referral" -> "referral";
      case "paid_search" -> "paid_search";
      default -> "organic_search";
    };
  }

  private static void line(StringBuilder b, int[] n, String lead, String deal, Instant at, String channel,
      String kind) {
    n[0]++;
    String campaign = channel.equals("paid_search") ? "brand" : channel.equals("webinar") ? "revops-live"
        : channel.equals("event") ? "summit" : "";
    b.append(String.format(Locale.ROOT, "T%06d", n[0])).append(',').append(lead).append(',').append(deal).append(',')
        .append(at).append(',').append(channel).append(',').append(campaign).append(',').append(kind).append('\n');
  }

  private static String pick(List<String> values, Random rng) {
    return values.get(rng.nextInt(values.size()));
  }

  private static String spend(Random rng) {
    StringBuilder b = new StringBuilder("period,channel,campaign,segment,amount,currency,paid\n");
    for (YearMonth month = YearMonth.of(2025, 10); !month.isAfter(YearMonth.of(2026, 9)); month = month.plusMonths(1)) {
      for (String channel : CHANNELS) {
        for (String segment : SEGMENTS) {
          long cents = 50_000 + rng.nextInt(1_500_000) * (segment.equals("SMB") ? 1L : 2L);
          b.append(month).append(',').append(channel).append(",,").append(segment).append(',')
              .append(String.format(Locale.ROOT, "%d.%02d", cents / 100, cents % 100)).append(",USD,")
              .append(PAID.contains(channel)).append('\n');
        }
      }
    }
    return b.toString();
  }
}
