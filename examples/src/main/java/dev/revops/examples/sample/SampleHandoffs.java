package dev.revops.examples.sample;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.core.json.RevopsJson;
import dev.revops.handoff.Handoff;
import dev.revops.handoff.HandoffOutcome;
import dev.revops.handoff.OutcomeKind;
import dev.revops.handoff.protocol.HandoffMap;
import dev.revops.handoff.protocol.HandoffProtocol;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

/**
 * The sample's handoffs, along the bundled {@code b2b-handoffs} map: every deal came from a
 * marketing-qualified lead (and about one lead in five was sent back), is handed from SDR to AE when
 * it enters Discovery and to the deal desk when it enters Negotiation, and a won deal goes to
 * finance (then from finance to operations) and to customer success. Payloads are sometimes
 * incomplete, answers sometimes late, a few rejections give no reason, a few handoffs expire, a few
 * sent in the last month are stuck unanswered, and the ones sent just before the as-of date are
 * still waiting. The deal desk answers slowest and the
 * handoff to customer success is the least complete, so that the ranking has a story to tell.
 *
 * <p>It also writes {@code customer-health.csv}: the health of each won deal 90 days after its
 * handoff to customer success (healthy, at-risk or churned) for the handoffs old enough. The
 * sample is synthetic and the outcome is generated worse after an incomplete handoff, so the
 * outcome link has an effect to show: it illustrates the computation, it proves nothing about the
 * world.
 */
final class SampleHandoffs {
  private SampleHandoffs() {}

  /** What a deal's handoffs need of its life: when it was created and entered each stage. */
  record Journey(String dealId, String owner, Instant created, List<Instant> at, List<String> stages) {}

  /** The handoffs file (JSON Lines) and the customer health file (CSV). */
  record Files(String handoffsJsonl, String customerHealthCsv) {}

  private static final String[] ROLES = {"VP Sales", "CFO", "Head of RevOps", "IT Director", "COO"};
  private static final String[] PAINS = {"manual forecasting", "spreadsheet commissions", "slow quotes",
      "no pipeline visibility", "churn surprises"};
  private static final String[] LEAD_REJECTIONS = {"not ICP", "no budget", "student or competitor", "duplicate"};
  private static final String[] TERMS = {"NET30", "NET30", "NET45", "NET60"};
  private static final String[] SCHEDULES = {"annual", "annual", "quarterly", "monthly"};

  static Files generate(List<Journey> journeys, HandoffMap map, Instant asOf, long seed, boolean clean) {
    Random rng = new Random(seed ^ 0x3C6EF372FE94F82BL);
    Generator g = new Generator(map, asOf, rng);
    List<String> health = new ArrayList<>();
    for (Journey j : journeys) {
      g.journey(j, health);
    }
    List<String> lines = g.lines;
    if (!clean) {
      // an outcome before the handoff was sent, a date that does not exist, a protocol the map lacks
      int answered = 10;
      while (!lines.get(answered).contains("\"at\":\"")) {
        answered++;
      }
      lines.set(answered, lines.get(answered).replaceFirst("\"at\":\"\\d{4}", "\"at\":\"2020"));
      lines.set(40, lines.get(40).replaceFirst("\"sentAt\":\"\\d{4}-\\d{2}-\\d{2}", "\"sentAt\":\"2026-02-30"));
      lines.set(70, lines.get(70).replaceFirst("\"protocolId\":\"[a-z-]+\"", "\"protocolId\":\"legal-review\""));
    }
    StringBuilder b = new StringBuilder();
    lines.forEach(l -> b.append(l).append('\n'));
    StringBuilder h = new StringBuilder("deal_id,outcome\n");
    health.forEach(l -> h.append(l).append('\n'));
    return new Files(b.toString(), h.toString());
  }

  /** Writes the handoffs of one journey after another, numbering them. */
  private static final class Generator {
    final HandoffMap map;
    final Instant asOf;
    final Random rng;
    final ObjectMapper json = RevopsJson.mapper();
    final List<String> lines = new ArrayList<>();
    int leads;

    Generator(HandoffMap map, Instant asOf, Random rng) {
      this.map = map;
      this.asOf = asOf;
      this.rng = rng;
    }

    void journey(Journey j, List<String> health) {
      lead(j);
      discovery(j);
      negotiation(j);
      won(j, health);
    }

    /** The lead handed to sales (accepted, since it became a deal), and sometimes another that did not. */
    private void lead(Journey j) {
      Instant mql = j.created().minusSeconds(3600L * (2 + rng.nextInt(70)));
      Map<String, String> lead = new TreeMap<>();
      put(lead, "leadSource", pick("webinar", "paid search", "content download", "event", "referral"), 0.04);
      put(lead, "company", "Account of " + j.dealId(), 0.03);
      put(lead, "contactRole", pick(ROLES), 0.08);
      if (rng.nextDouble() < 0.6) {
        lead.put("intentSignal", pick("demo request", "pricing page visits", "trial sign-up"));
      }
      // the lead was accepted, since it became a deal; the answer came after the deal was created at the latest
      send("mql-to-sal", j.dealId(), mql, "marketing-ops", lead, 5, 1.1, j.created(), false);
      if (rng.nextDouble() < 0.2) {
        String id = String.format(Locale.ROOT, "L%05d", leads++);
        Instant sent = mql.plusSeconds(rng.nextInt(5 * 86_400));
        if (sent.isBefore(asOf)) {
          Map<String, String> other = new TreeMap<>(lead);
          other.put("company", "Account of " + id);
          send("mql-to-sal", id, sent, "marketing-ops", other, 8, 1.0, null, true);
        }
      }
    }

    /** The SDR's handoff to the account executive when the deal entered discovery. */
    private void discovery(Journey j) {
      int discovery = j.stages().indexOf("Discovery");
      if (discovery > 0) {
        Instant sent = j.at().get(discovery);
        Map<String, String> p = new TreeMap<>();
        put(p, "painPoints", pick(PAINS) + (rng.nextBoolean() ? "; " + pick(PAINS) : ""), 0.10);
        put(p, "budgetRange", "USD " + (5 + rng.nextInt(120)) * 1000, 0.15);
        put(p, "decisionMaker", pick(ROLES), 0.08);
        put(p, "nextMeeting", LocalDate.ofInstant(sent, ZoneOffset.UTC).plusDays(2 + rng.nextInt(5)).toString(), 0.05);
        send("sdr-to-ae", j.dealId(), sent, "sdr-team", p, 4, 1.0, null, false);
      }
    }

    /** The handoff to the deal desk when the deal entered negotiation. */
    private void negotiation(Journey j) {
      int negotiation = j.stages().indexOf("Negotiation");
      if (negotiation > 0) {
        Instant sent = j.at().get(negotiation);
        Map<String, String> p = new TreeMap<>();
        put(p, "paymentTerms", rng.nextDouble() < 0.06 ? "NET90" : pick(TERMS), 0.05);
        put(p, "legalRedlines", String.valueOf(rng.nextDouble() < 0.4), 0.12);
        if (rng.nextDouble() < 0.5) {
          p.put("discountPercent", String.valueOf(5 * (1 + rng.nextInt(6))));
        }
        send("ae-to-deal-desk", j.dealId(), sent, j.owner(), p, 7, 1.0, null, false);
      }
    }

    /** The handoffs of a won deal to finance, operations and customer success, and its health later. */
    private void won(Journey j, List<String> health) {
      int won = j.stages().indexOf("Closed Won");
      if (won > 0) {
        Instant sent = j.at().get(won);
        LocalDate wonDate = LocalDate.ofInstant(sent, ZoneOffset.UTC);
        Map<String, String> f = new TreeMap<>();
        put(f, "signedOrderForm", rng.nextDouble() < 0.05 ? "false" : "true", 0.02);
        put(f, "billingContact", "ap@" + j.dealId().toLowerCase(Locale.ROOT) + ".example", 0.06);
        put(f, "billingSchedule", pick(SCHEDULES), 0.04);
        put(f, "contractStart", wonDate.plusDays(rng.nextInt(15)).toString(), 0.04);
        if (rng.nextDouble() < 0.4) {
          f.put("poNumber", "PO-" + (10_000 + rng.nextInt(90_000)));
        }
        Optional<Instant> approved = send("sales-to-finance", j.dealId(), sent, j.owner(), f, 3, 0.9, null, false);
        approved.ifPresent(at -> {
          Map<String, String> o = new TreeMap<>();
          put(o, "contractId", "K-" + j.dealId(), 0.01);
          put(o, "provisioningDate", LocalDate.ofInstant(at, ZoneOffset.UTC).plusDays(1 + rng.nextInt(7)).toString(),
              0.06);
          put(o, "seats", String.valueOf(5 + rng.nextInt(200)), 0.05);
          send("finance-to-ops", j.dealId(), at.plusSeconds(rng.nextInt(7200)), "finance-ops", o, 5, 0.9, null, false);
        });
        Map<String, String> cs = new TreeMap<>();
        put(cs, "technicalRequirements", rng.nextDouble() < 0.2 ? "SSO"
            : "SSO with " + pick("Okta", "Azure AD", "Google") + ", " + pick("EU", "US") + " data residency, CRM sync", 0.08);
        put(cs, "successCriteria", pick("forecast call in one hour", "quota set in a day", "50 seats active")
            + "; " + pick("weekly usage above 70%", "no spreadsheet at quarter end"), 0.15);
        put(cs, "stakeholderMap", rng.nextDouble() < 0.25 ? "sponsor only (VP Sales)"
            : "Dana Kim (sponsor); Lee Park (admin); Sam Roy (champion)", 0.06);
        put(cs, "implementationTimeline", wonDate.plusDays(30 + rng.nextInt(60)).toString(), 0.10);
        send("sales-to-cs", j.dealId(), sent, j.owner(), cs, 10, 0.9, null, false);
        if (Duration.between(sent, asOf).toDays() >= 90) {
          boolean complete = map.protocol("sales-to-cs").payload().stream()
              .allMatch(x -> x.problem(Optional.ofNullable(cs.get(x.name()))).isEmpty());
          double r = rng.nextDouble();
          String outcome = complete ? (r < 0.80 ? "healthy" : r < 0.95 ? "at-risk" : "churned")
              : (r < 0.55 ? "healthy" : r < 0.85 ? "at-risk" : "churned");
          health.add(j.dealId() + "," + outcome);
        }
      }
    }

    /** Puts a value, or leaves it out with the given chance (an incomplete payload). */
    void put(Map<String, String> payload, String field, String value, double missing) {
      if (rng.nextDouble() >= missing) {
        payload.put(field, value);
      }
    }

    String pick(String... values) {
      return values[rng.nextInt(values.length)];
    }

    /**
     * Writes one handoff: answered after a log-normal time (median {@code medianHours} on the
     * protocol's clock), rejected or expired now and then, or still unanswered at the as-of instant.
     *
     * @param answerBy when the answer came at the latest (a lead accepted before its deal existed)
     * @param reject true for a lead sent back
     * @return when it was accepted, if it was
     */
    Optional<Instant> send(String protocolId, String dealId, Instant sent, String sender, Map<String, String> payload,
        double medianHours, double sigma, Instant answerBy, boolean reject) {
      HandoffProtocol p = map.protocol(protocolId);
      double hours = Math.exp(Math.log(medianHours) + sigma * rng.nextGaussian());
      Duration wait = Duration.ofSeconds(Math.max(60, Math.round(hours * 3600)));
      Instant answer = p.sla().businessHours().map(h -> h.plus(sent, wait)).orElse(sent.plus(wait));
      if (answerBy != null && answer.isAfter(answerBy)) {
        answer = answerBy;
      }
      Handoff.Builder b = Handoff.builder().id(String.format(Locale.ROOT, "H%06d", lines.size())).protocolId(protocolId)
          .protocolVersion(p.version()).dealId(dealId).sentAt(sent).sentBy(sender).putAllPayload(payload);
      Optional<Instant> accepted = Optional.empty();
      double r = rng.nextDouble();
      if (answerBy == null && r < 0.03 && sent.plusSeconds(7 * 86_400).isBefore(asOf)) {
        b.outcome(HandoffOutcome.builder().kind(OutcomeKind.EXPIRED).at(sent.plusSeconds(7 * 86_400))
            .reason("closed unanswered after 7 days").build());
      } else if (answerBy == null && r < 0.06 && sent.plusSeconds(30 * 86_400).isAfter(asOf)) {
        // stuck: nobody has answered yet, and nobody closed it either
        accepted = Optional.empty();
      } else if (!answer.isAfter(asOf)) {
        boolean rejected = reject || (answerBy == null && r < 0.08);
        HandoffOutcome.Builder o = HandoffOutcome.builder().kind(rejected ? OutcomeKind.REJECTED : OutcomeKind.ACCEPTED)
            .at(answer).actor(p.receiver() + "-" + (1 + rng.nextInt(4)));
        if (rejected && rng.nextDouble() < 0.8) {
          o.reason(reject ? pick(LEAD_REJECTIONS) : pick("payload incomplete", "wrong owner", "not ready"));
        }
        b.outcome(o.build());
        accepted = rejected ? Optional.empty() : Optional.of(answer);
      }
      try {
        lines.add(json.writeValueAsString(b.build()));
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
      return accepted;
    }
  }
}
