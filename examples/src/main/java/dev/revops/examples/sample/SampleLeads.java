package dev.revops.examples.sample;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.core.json.RevopsJson;
import dev.revops.handoff.Handoff;
import dev.revops.handoff.HandoffOutcome;
import dev.revops.handoff.OutcomeKind;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Writes a small, deterministic marketing export for the lead funnel, for a fictitious B2B software
 * company, read with HubSpot's default lifecycle: {@code leads.csv} (the {@code gen-leads} layout:
 * lead_id, created_at, source, campaign, owner, segment), {@code lifecycle-changes.csv} (one row per
 * lifecycle change, the rows of a lead together), {@code deal-links.csv} (the leads that became
 * deals: lead_id, deal_id, converted_at, won_at, lost_at) and {@code lead-handoffs.jsonl} (the
 * MQL-to-SAL handoff of each marketing-qualified lead, along the bundled {@code b2b-handoffs}
 * map). Same arguments, same bytes: {@link Random} gives the same sequence for a seed on every JVM.
 *
 * <p>Leads are created over the nine months before {@link SampleGenerator#AS_OF}, some as
 * subscribers first; sources differ in quality (referrals and webinars qualify more often than paid
 * search). A marketing-qualified lead is handed to an SDR (sdr-1 to sdr-5) within hours (a few
 * never are); the SDR accepts, or rejects with a reason (a few without), sometimes late, sometimes
 * not at all. Accepted
 * leads become sales qualified more often when the handoff met its protocol, then opportunities with
 * a deal, and won deals make customers. The sample is synthetic: the effects it shows illustrate the
 * computations and prove nothing about the world.
 *
 * <p>Like a real export it holds a few rows that break the model, on purpose, exactly these: a lead
 * whose creation date does not exist ({@code 2026-02-30}); a lead id repeated; a lifecycle change to
 * a stage the lifecycle does not have ({@code prospect}); a deal link of a lead not in the leads
 * file; and one trap that is counted and flagged, not rejected: a deal won before its lead was
 * created. Pass {@code clean} to write none of them.
 */
public final class SampleLeads {
  /** The default number of leads of the bundled sample. */
  public static final int DEFAULT_LEADS = 800;
  /** The default seed. */
  public static final long DEFAULT_SEED = 20261001L;

  private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT)
      .withZone(ZoneOffset.UTC);
  private static final String[] SOURCES = {"organic_search", "paid_search", "webinar", "referral", "event"};
  private static final double[] SOURCE_SHARE = {0.32, 0.28, 0.18, 0.10, 0.12};
  private static final double[] MQL_RATE = {0.45, 0.30, 0.62, 0.70, 0.50};
  private static final String[][] CAMPAIGNS = {{"seo"}, {"brand-ads", "competitor-ads"}, {"forecasting-101",
      "revops-live"}, {"partner-referrals"}, {"saas-summit", "revops-meetup"}};
  private static final String[] SEGMENTS = {"SMB", "Mid-Market", "Enterprise"};
  private static final double[] SEGMENT_SHARE = {0.55, 0.32, 0.13};
  private static final String[] SDRS = {"sdr-1", "sdr-2", "sdr-3", "sdr-4", "sdr-5"};
  private static final String[] REASONS = {"not ICP", "no budget", "student or competitor", "duplicate"};
  private static final String[] ROLES = {"VP Sales", "CFO", "Head of RevOps", "IT Director", "COO"};

  private SampleLeads() {}

  /**
   * The generated files' contents.
   *
   * @param leadsCsv {@code leads.csv}
   * @param lifecycleChangesCsv {@code lifecycle-changes.csv}
   * @param dealLinksCsv {@code deal-links.csv}
   * @param handoffsJsonl {@code lead-handoffs.jsonl}
   */
  public record Sample(String leadsCsv, String lifecycleChangesCsv, String dealLinksCsv, String handoffsJsonl) {
    /**
     * The files by name, in the order they are written.
     *
     * @return file name to contents
     */
    public Map<String, String> files() {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("leads.csv", leadsCsv);
      m.put("lifecycle-changes.csv", lifecycleChangesCsv);
      m.put("deal-links.csv", dealLinksCsv);
      m.put("lead-handoffs.jsonl", handoffsJsonl);
      return Collections.unmodifiableMap(m);
    }
  }

  /**
   * Generates the sample.
   *
   * @param leads how many leads, at least 100 when {@code clean} is false (the broken rows sit at
   *     fixed positions)
   * @param seed the random seed
   * @param clean true to leave out the deliberately broken rows
   * @return the files
   */
  public static Sample generate(int leads, long seed, boolean clean) {
    if (leads < 1 || (!clean && leads < 100)) {
      throw new IllegalArgumentException("leads must be at least " + (clean ? 1 : 100) + ", was " + leads);
    }
    Generator g = new Generator(new Random(seed), SampleGenerator.AS_OF.atStartOfDay(ZoneOffset.UTC).toInstant());
    for (int i = 1; i <= leads; i++) {
      g.lead(String.format(Locale.ROOT, "L%05d", i), !clean && i == 42);
    }
    if (!clean) {
      g.breakRows();
    }
    return new Sample(g.text("lead_id,created_at,source,campaign,owner,segment", g.leadRows),
        g.text("lead_id,from_stage,to_stage,changed_at,actor", g.changeRows),
        g.text("lead_id,deal_id,converted_at,won_at,lost_at", g.linkRows), g.text(null, g.handoffLines));
  }

  /** Generates one lead at a time, in file order. */
  private static final class Generator {
    final Random rng;
    final Instant asOf;
    final Instant start;
    final ObjectMapper json = RevopsJson.mapper();
    final List<String> leadRows = new ArrayList<>();
    final List<String> changeRows = new ArrayList<>();
    final List<String> linkRows = new ArrayList<>();
    final List<String> handoffLines = new ArrayList<>();
    int handoffs;

    Generator(Random rng, Instant asOf) {
      this.rng = rng;
      this.asOf = asOf;
      this.start = asOf.minus(Duration.ofDays(270));
    }

    void lead(String id, boolean wonBeforeCreated) {
      int source = pick(SOURCE_SHARE);
      int segment = pick(SEGMENT_SHARE);
      String campaign = CAMPAIGNS[source][rng.nextInt(CAMPAIGNS[source].length)];
      Instant created = start.plusSeconds((long) (rng.nextDouble() * Duration.between(start, asOf).getSeconds()));
      String sdr = SDRS[rng.nextInt(SDRS.length)];
      List<String[]> changes = new ArrayList<>();
      Instant t = created;
      if (rng.nextDouble() < 0.2) {
        changes.add(new String[] {"subscriber", format(t), "form"});
        t = later(t, 9);
      }
      boolean isLead = t.isBefore(asOf);
      if (isLead) {
        changes.add(new String[] {"lead", format(t), "form"});
      }
      boolean mql = isLead && rng.nextDouble() < MQL_RATE[source];
      boolean owned = false;
      Optional<String[]> link = Optional.empty();
      if (mql && (t = later(t, 6)).isBefore(asOf)) {
        changes.add(new String[] {"marketingqualifiedlead", format(t), "scoring"});
        owned = true;
        boolean met = handoff(id, sdr, t, SOURCES[source]);
        double sqlRate = (met ? 0.62 : 0.38) + (source == 3 ? 0.1 : 0);
        if (handoffAccepted && rng.nextDouble() < sqlRate && (t = later(t, 8)).isBefore(asOf)) {
          changes.add(new String[] {"salesqualifiedlead", format(t), sdr});
          if (rng.nextDouble() < 0.7 && (t = later(t, 5)).isBefore(asOf)) {
            changes.add(new String[] {"opportunity", format(t), "crm-sync"});
            String converted = format(t);
            Instant closed = later(t, 35);
            double outcome = rng.nextDouble();
            String won = "";
            String lost = "";
            if (closed.isBefore(asOf) && outcome < 0.38 + 0.04 * segment) {
              won = format(closed);
              changes.add(new String[] {"customer", won, "crm-sync"});
            } else if (closed.isBefore(asOf) && outcome < 0.85) {
              lost = format(closed);
            }
            link = Optional.of(new String[] {id, "D-" + id.substring(1), converted, won, lost});
          }
        }
      }
      if (wonBeforeCreated) {
        // the trap: an export whose deal is dated two days before the lead's first contact
        String before = format(created.minus(Duration.ofDays(2)));
        link = Optional.of(new String[] {id, "D-" + id.substring(1), before, before, ""});
      }
      leadRows.add(String.join(",", id, format(created), SOURCES[source], campaign, owned ? sdr : "",
          SEGMENTS[segment]));
      String previous = "";
      for (String[] c : changes) {
        changeRows.add(String.join(",", id, previous, c[0], c[1], c[2]));
        previous = c[0];
      }
      link.ifPresent(l -> linkRows.add(String.join(",", l)));
    }

    /** Whether the last handoff generated was accepted. */
    boolean handoffAccepted;

    /** The MQL-to-SAL handoff of a lead that became an MQL at {@code mql}; true when it met the protocol. */
    boolean handoff(String lead, String sdr, Instant mql, String source) {
      if (rng.nextDouble() < 0.04) {
        // never handed off: sometimes an SDR picks the lead up anyway
        handoffAccepted = rng.nextDouble() < 0.5;
        return false;
      }
      Instant sent = mql.plusSeconds(rng.nextInt(6 * 3600));
      Handoff.Builder h = Handoff.builder().id(String.format(Locale.ROOT, "LH%05d", ++handoffs)).protocolId("mql-to-sal")
          .protocolVersion(1).leadId(lead).sentAt(sent).sentBy("marketing-ops");
      boolean complete = rng.nextDouble() > 0.12;
      h.putPayload("leadSource", source);
      h.putPayload("company", "Company of " + lead);
      if (complete) {
        h.putPayload("contactRole", ROLES[rng.nextInt(ROLES.length)]);
      }
      double hours = Math.exp(Math.log(8) + 0.9 * rng.nextGaussian());
      Instant answered = sent.plusSeconds((long) (hours * 3600));
      double draw = rng.nextDouble();
      handoffAccepted = false;
      boolean met = complete && hours <= 24;
      if (draw < 0.05 || answered.isAfter(asOf)) {
        met = false; // never answered: overdue, or still waiting when recent
      } else if (draw < 0.27) {
        boolean reason = rng.nextDouble() > 0.15;
        met &= reason;
        h.outcome(HandoffOutcome.builder().kind(OutcomeKind.REJECTED).at(answered).actor(sdr)
            .reason(reason ? Optional.of(REASONS[rng.nextInt(REASONS.length)]) : Optional.empty()).build());
      } else {
        handoffAccepted = true;
        h.outcome(HandoffOutcome.builder().kind(OutcomeKind.ACCEPTED).at(answered).actor(sdr).build());
      }
      try {
        handoffLines.add(json.writeValueAsString(h.build()));
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
      return met;
    }

    void breakRows() {
      leadRows.set(6, leadRows.get(6).replaceFirst(",2026-\\d{2}-\\d{2}T", ",2026-02-30T"));
      leadRows.add(70, leadRows.get(69));
      for (int i = 0; i < changeRows.size(); i++) {
        if (changeRows.get(i).startsWith("L00090,") && changeRows.get(i).contains(",lead,")) {
          changeRows.set(i, changeRows.get(i).replace(",lead,", ",prospect,"));
          if (i + 1 < changeRows.size() && changeRows.get(i + 1).startsWith("L00090,")) {
            changeRows.set(i + 1, changeRows.get(i + 1).replaceFirst("^L00090,lead,", "L00090,prospect,"));
          }
          break;
        }
      }
      linkRows.add(String.join(",", "L99999", "D-99999", format(asOf.minus(Duration.ofDays(30))), "", ""));
    }

    /** An instant a random number of days later: exponential with the given median. */
    Instant later(Instant t, double medianDays) {
      double days = -Math.log(1 - rng.nextDouble()) * medianDays / Math.log(2);
      return t.plusSeconds((long) (days * 86_400));
    }

    int pick(double[] shares) {
      double x = rng.nextDouble();
      for (int i = 0; i < shares.length; i++) {
        x -= shares[i];
        if (x < 0) {
          return i;
        }
      }
      return shares.length - 1;
    }

    String text(String header, List<String> rows) {
      StringBuilder b = new StringBuilder();
      if (header != null) {
        b.append(header).append('\n');
      }
      rows.forEach(r -> b.append(r).append('\n'));
      return b.toString();
    }

    static String format(Instant t) {
      return INSTANT.format(t);
    }
  }
}
