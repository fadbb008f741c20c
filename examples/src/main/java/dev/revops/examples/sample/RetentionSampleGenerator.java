package dev.revops.examples.sample;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.core.json.RevopsJson;
import dev.revops.core.money.Money;
import dev.revops.forecast.revenue.BillingPlan;
import dev.revops.forecast.revenue.Contract;
import dev.revops.forecast.revenue.ContractModification;
import dev.revops.forecast.revenue.PerformanceObligation;
import dev.revops.forecast.revenue.RatableConvention;
import dev.revops.forecast.revenue.RecognitionPattern;
import dev.revops.forecast.revenue.ServicePeriod;
import dev.revops.forecast.revenue.Treatment;
import dev.revops.handoff.Handoff;
import dev.revops.handoff.HandoffOutcome;
import dev.revops.handoff.OutcomeKind;
import dev.revops.handoff.protocol.HandoffProtocol;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

/**
 * The retention sample: two years of customers (October 2024 to September 2026, as of
 * {@link SampleGenerator#AS_OF}), written deterministically from a seed.
 *
 * <ul>
 *   <li>{@value #SUBSCRIPTIONS}: self-serve customers in a subscriptions export shaped like Stripe's,
 *       USD and EUR, monthly and yearly plans, trials, seat add-ons bought later (expansion) and
 *       dropped (contraction), cancellations at period end or at once (churn), some customers coming
 *       back months later (reactivation), a few past due or unpaid; and, on purpose, three rows the
 *       importer rejects (a free plan, a subscription whose first payment failed, one cancelled in
 *       its trial);</li>
 *   <li>{@value #CONTRACTS}: sales-led accounts on yearly contracts (a subscription with an
 *       onboarding fee, sometimes seats added mid-term or a cancellation), renewed flat, expanded,
 *       contracted, late, or not at all; the last renewals fall after the as-of (the pipeline);</li>
 *   <li>{@value #CUSTOMERS}: those accounts' segment and owner;</li>
 *   <li>{@value #HANDOFFS}: the sales-to-customer-success handoff of each account's first deal,
 *       about a third with an incomplete payload. The sample is synthetic and accounts handed over
 *       incompletely are generated to churn more, so that the outcome link has an effect to show:
 *       it illustrates the computation, it proves nothing about the world.</li>
 * </ul>
 *
 * <pre>{@code
 * RetentionSampleGenerator.Sample s = RetentionSampleGenerator.generate(RetentionSampleGenerator.DEFAULT_SEED, false);
 * s.files().keySet();   // retention-subscriptions.csv, retention-contracts.json, ...
 * }</pre>
 */
public final class RetentionSampleGenerator {
  /** The first month of the sample. */
  public static final LocalDate FIRST_MONTH = LocalDate.of(2024, 10, 1);
  /** The seed of the bundled sample. */
  public static final long DEFAULT_SEED = SampleGenerator.DEFAULT_SEED;
  /** The subscriptions export. */
  public static final String SUBSCRIPTIONS = "retention-subscriptions.csv";
  /** The contracts. */
  public static final String CONTRACTS = "retention-contracts.json";
  /** The accounts' attributes. */
  public static final String CUSTOMERS = "retention-customers.csv";
  /** The handoffs to customer success. */
  public static final String HANDOFFS = "retention-handoffs.jsonl";

  private static final int SUBSCRIBERS = 180;
  private static final int ACCOUNTS = 36;
  private static final Instant AS_OF = SampleGenerator.AS_OF.atStartOfDay(ZoneOffset.UTC).toInstant();
  private static final DateTimeFormatter STRIPE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
  private static final String HEADER = "id,Customer ID,Customer Email,Product,Quantity,Currency,Interval,"
      + "Interval Count,Amount,Status,Created (UTC),Start Date (UTC),Trial End (UTC),Current Period Start (UTC),"
      + "Current Period End (UTC),Canceled At (UTC),Cancel At Period End,Ended At (UTC),segment (metadata),"
      + "owner (metadata)";
  private static final String[] PLANS = {"Starter", "Team", "Business"};
  private static final int[][] MONTHLY = {{29, 99, 299}, {27, 92, 279}};
  private static final double[] CHURN = {0.045, 0.03, 0.02};

  private RetentionSampleGenerator() {}

  /**
   * The sample's files.
   *
   * @param subscriptionsCsv the subscriptions export
   * @param contractsJson the contracts, a JSON array with one contract per line
   * @param customersCsv the accounts' segment and owner
   * @param handoffsJsonl the handoffs, one per line
   */
  public record Sample(String subscriptionsCsv, String contractsJson, String customersCsv, String handoffsJsonl) {
    /**
     * The files by name.
     *
     * @return file name to contents
     */
    public Map<String, String> files() {
      Map<String, String> f = new LinkedHashMap<>();
      f.put(SUBSCRIPTIONS, subscriptionsCsv);
      f.put(CONTRACTS, contractsJson);
      f.put(CUSTOMERS, customersCsv);
      f.put(HANDOFFS, handoffsJsonl);
      return f;
    }
  }

  /**
   * Writes the sample.
   *
   * @param seed the random seed; {@link #DEFAULT_SEED} gives the bundled sample
   * @param clean true to leave out the three rows rejected on purpose
   * @return the files
   */
  public static Sample generate(long seed, boolean clean) {
    Random rng = new Random(seed ^ 0x510E527FADE682D1L);
    Subscriptions subs = new Subscriptions(rng);
    for (int i = 0; i < SUBSCRIBERS; i++) {
      subs.customer(i);
    }
    if (!clean) {
      subs.broken();
    }
    Accounts accounts = new Accounts(new Random(seed ^ 0x9B05688C2B3E6C1FL), Bundled.handoffMap().protocol("sales-to-cs"));
    for (int i = 0; i < ACCOUNTS; i++) {
      accounts.account(i);
    }
    return new Sample(String.join("\n", subs.rows) + "\n", accounts.contractsJson(),
        String.join("\n", accounts.customers) + "\n", String.join("\n", accounts.handoffs) + "\n");
  }

  private static String time(Instant t) {
    return t == null ? "" : LocalDateTime.ofInstant(t, ZoneOffset.UTC).format(STRIPE);
  }

  /** Self-serve customers, one row per subscription. */
  private static final class Subscriptions {
    final Random rng;
    final List<String> rows = new ArrayList<>(List.of(HEADER));
    int n;

    Subscriptions(Random rng) {
      this.rng = rng;
    }

    void customer(int i) {
      String id = String.format(Locale.ROOT, "cus_R%04d", i);
      int currency = rng.nextDouble() < 0.8 ? 0 : 1;
      double p = rng.nextDouble();
      int plan = p < 0.5 ? 0 : p < 0.85 ? 1 : 2;
      String segment = plan == 2 ? "Mid-Market" : "SMB";
      String owner = "csm-" + (1 + i % 4);
      Instant created = FIRST_MONTH.atStartOfDay(ZoneOffset.UTC).toInstant()
          .plusSeconds(rng.nextInt(729) * 86_400L + 8 * 3600 + rng.nextInt(10 * 3600));
      Instant end = subscription(id, currency, plan, created, rng.nextDouble() < 0.3, segment, owner);
      if (end != null && rng.nextDouble() < 0.45) {
        Instant back = end.plusSeconds((20 + rng.nextInt(160)) * 86_400L);
        if (back.isBefore(AS_OF)) {
          subscription(id, currency, rng.nextInt(3), back, false, segment, owner);
        }
      }
    }

    /** One main subscription (and maybe a seat add-on); returns its end before the as-of, or null. */
    Instant subscription(String customer, int currency, int plan, Instant created, boolean trial, String segment,
        String owner) {
      boolean yearly = rng.nextDouble() < 0.3;
      Instant paid = trial ? created.plusSeconds(14 * 86_400L) : created;
      int months = yearly ? 12 : 1;
      Instant end = null;
      boolean atPeriodEnd = true;
      if (!yearly && rng.nextDouble() < 0.04) {
        // tried it and left within days: joins and leaves in the same month, now and then
        end = paid.plusSeconds((3 + rng.nextInt(9)) * 86_400L);
        atPeriodEnd = false;
      }
      for (int k = 1; k < 60 && end == null; k++) {
        Instant boundary = plusMonths(paid, (long) k * months);
        if (boundary.isAfter(AS_OF.plusSeconds(400 * 86_400L))) {
          break;
        }
        double churn = yearly ? 0.2 : CHURN[plan];
        if (rng.nextDouble() < churn) {
          atPeriodEnd = yearly || rng.nextDouble() < 0.7;
          end = atPeriodEnd ? boundary : boundary.minusSeconds((1 + rng.nextInt(20)) * 86_400L);
        }
      }
      String price = price(currency, plan, yearly);
      String status = "active";
      Instant canceled = end == null ? null : atPeriodEnd ? end.minusSeconds((2 + rng.nextInt(25)) * 86_400L) : end;
      boolean ended = end != null && !end.isAfter(AS_OF);
      boolean known = canceled != null && !canceled.isAfter(AS_OF);
      if (ended) {
        status = "canceled";
      } else if (paid.isAfter(AS_OF)) {
        status = "trialing";
      } else if (rng.nextDouble() < 0.03) {
        status = "past_due";
      }
      Instant[] period = period(paid, months, ended ? end.minusSeconds(1) : AS_OF);
      if (!ended && !known && status.equals("active") && rng.nextDouble() < 0.015) {
        status = "unpaid";
      }
      row(customer, PLANS[plan], 1, currency, yearly ? "year" : "month", price, status, created, trial ? paid : null,
          period, known ? canceled : null, known && atPeriodEnd, ended ? end : null, segment, owner);
      if (rng.nextDouble() < 0.35) {
        addOn(customer, currency, paid, ended ? end : null, segment, owner);
      }
      return ended ? end : null;
    }

    /** Extra seats, bought some months in, sometimes dropped; they end with the main subscription at the latest. */
    void addOn(String customer, int currency, Instant paid, Instant mainEnd, String segment, String owner) {
      Instant start = plusMonths(paid, 1 + rng.nextInt(10)).plusSeconds(rng.nextInt(20) * 86_400L);
      if (start.isAfter(AS_OF) || (mainEnd != null && !start.isBefore(mainEnd))) {
        return;
      }
      int seats = 1 + rng.nextInt(10);
      Instant end = rng.nextDouble() < 0.4 ? plusMonths(start, 1 + rng.nextInt(8)) : null;
      if (mainEnd != null && (end == null || end.isAfter(mainEnd))) {
        end = mainEnd;
      }
      boolean ended = end != null && !end.isAfter(AS_OF);
      Instant[] period = period(start, 1, ended ? end.minusSeconds(1) : AS_OF);
      row(customer, "Extra seats", seats, currency, "month", currency == 0 ? "10.00" : "9.00",
          ended ? "canceled" : "active", start, null, period, ended ? end : null, false, ended ? end : null, segment,
          owner);
    }

    /** The three rows rejected on purpose. */
    void broken() {
      Instant t = LocalDate.of(2026, 3, 3).atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(9 * 3600);
      row("cus_R9001", "Free", 1, 0, "month", "0.00", "active", t, null, period(t, 1, AS_OF), null, false, null,
          "SMB", "csm-1");
      row("cus_R9002", "Team", 1, 0, "month", "99.00", "incomplete_expired", t, null, new Instant[] {t,
          plusMonths(t, 1)}, null, false, null, "SMB", "csm-2");
      Instant left = t.plusSeconds(5 * 86_400L);
      row("cus_R9003", "Team", 1, 1, "month", "92.00", "canceled", t, t.plusSeconds(14 * 86_400L), new Instant[] {t,
          left}, left, false, left, "SMB", "csm-3");
    }

    void row(String customer, String product, int quantity, int currency, String interval, String amount,
        String status, Instant created, Instant trialEnd, Instant[] period, Instant canceled, boolean atPeriodEnd,
        Instant ended, String segment, String owner) {
      n++;
      rows.add(String.join(",", String.format(Locale.ROOT, "sub_R%05d", n), customer,
          customer.replace("cus_", "").toLowerCase(Locale.ROOT) + "@example.com", product, String.valueOf(quantity),
          currency == 0 ? "usd" : "eur", interval, "1", amount, status, time(created), time(created), time(trialEnd),
          time(period[0]), time(period[1]), time(canceled), canceled == null ? "" : String.valueOf(atPeriodEnd),
          time(ended), segment, owner));
    }

    String price(int currency, int plan, boolean yearly) {
      int monthly = MONTHLY[currency][plan];
      return (yearly ? monthly * 10 : monthly) + ".00";
    }

    /** The billing period containing {@code at}. */
    Instant[] period(Instant start, int months, Instant at) {
      Instant from = start;
      for (int k = 1; k < 200; k++) {
        Instant to = plusMonths(start, (long) k * months);
        if (to.isAfter(at)) {
          return new Instant[] {from, to};
        }
        from = to;
      }
      return new Instant[] {from, plusMonths(from, months)};
    }
  }

  private static Instant plusMonths(Instant t, long months) {
    return t.atZone(ZoneOffset.UTC).plusMonths(months).toInstant();
  }

  /** Sales-led accounts on yearly contracts, with their handoffs. */
  private static final class Accounts {
    final Random rng;
    final HandoffProtocol protocol;
    final ObjectMapper json = RevopsJson.mapper();
    final List<Contract> contracts = new ArrayList<>();
    final List<String> customers = new ArrayList<>(List.of("customer,segment,owner"));
    final List<String> handoffs = new ArrayList<>();

    Accounts(Random rng, HandoffProtocol protocol) {
      this.rng = rng;
      this.protocol = protocol;
    }

    void account(int i) {
      String customer = String.format(Locale.ROOT, "ENT-%02d", i);
      customers.add(customer + ",Enterprise,csm-" + (1 + i % 4));
      String currency = rng.nextDouble() < 0.85 ? "USD" : "EUR";
      long arr = (10 + rng.nextInt(90)) * 120_000L;
      LocalDate booked = FIRST_MONTH.plusDays(rng.nextInt(360));
      LocalDate start = booked.plusDays(rng.nextInt(15));
      boolean complete = handoff(customer, booked);
      for (int term = 1; term < 6; term++) {
        LocalDate end = start.plusYears(1);
        boolean cancelled = term == 1 && rng.nextDouble() < 0.05;
        contracts.add(contract(customer, term, currency, booked, start, arr, cancelled));
        if (cancelled) {
          return;
        }
        double r = rng.nextDouble();
        if (r < (complete ? 0.12 : 0.38)) {
          return;
        }
        double kind = rng.nextDouble();
        arr = kind < 0.5 ? arr : kind < 0.8 ? arr * (110 + rng.nextInt(30)) / 100 : arr * (70 + rng.nextInt(21)) / 100;
        arr = arr / 120_000 * 120_000;
        LocalDate next = rng.nextDouble() < 0.15 ? end.plusDays(1 + rng.nextInt(20)) : end;
        booked = next.minusDays(5 + rng.nextInt(20));
        if (booked.isAfter(SampleGenerator.AS_OF)) {
          return;
        }
        start = next;
      }
    }

    Contract contract(String customer, int term, String currency, LocalDate booked, LocalDate start, long arrMinor,
        boolean cancelled) {
      Money arr = Money.ofMinor(currency, arrMinor);
      Money onboarding = term == 1 ? arr.multipliedBy(new BigDecimal("0.1"), RoundingMode.HALF_EVEN)
          : Money.zero(arr.getCurrency());
      ServicePeriod year = ServicePeriod.ofDates(start, start.plusYears(1), false, ZoneOffset.UTC);
      List<PerformanceObligation> lines = new ArrayList<>();
      lines.add(PerformanceObligation.builder().id("SUB").description("Platform subscription")
          .standaloneSellingPrice(arr).service(year).pattern(RecognitionPattern.ratable(RatableConvention.WHOLE_DAYS))
          .build());
      if (term == 1) {
        lines.add(PerformanceObligation.builder().id("ONB").description("Onboarding").standaloneSellingPrice(onboarding)
            .service(ServicePeriod.ofDates(start.plusDays(7), start.plusDays(7), true, ZoneOffset.UTC))
            .pattern(RecognitionPattern.pointInTime()).build());
      }
      String id = "K-" + customer + "-" + term;
      Contract.Builder c = Contract.builder().id(id).customer(customer).currency(arr.getCurrency()).bookingDate(booked)
          .transactionPrice(arr.plus(onboarding)).addAllObligations(lines).billing(BillingPlan.upFront(booked))
          .dealId("RD-" + customer + "-" + term);
      Instant at = start.plusMonths(4 + rng.nextInt(5)).atStartOfDay(ZoneOffset.UTC).toInstant();
      if (cancelled) {
        c.addModifications(ContractModification.builder().id("CANCEL").effective(at)
            .kind(ContractModification.Kind.CANCELLATION).treatment(Treatment.PROSPECTIVE).build());
      } else if (rng.nextDouble() < 0.15) {
        Money seats = arr.multipliedBy(new BigDecimal("0.1"), RoundingMode.HALF_EVEN);
        c.addModifications(ContractModification.builder().id("SEATS").effective(at)
            .kind(ContractModification.Kind.ADD_OBLIGATION).treatment(Treatment.PROSPECTIVE)
            .added(PerformanceObligation.builder().id("SEATS").description("Additional seats")
                .standaloneSellingPrice(seats).service(ServicePeriod.of(at, year.end()))
                .pattern(RecognitionPattern.ratable(RatableConvention.WHOLE_DAYS)).build())
            .priceChange(seats).build());
      }
      return c.build();
    }

    /** The handoff of the account's first deal; returns whether its payload is complete. */
    boolean handoff(String customer, LocalDate booked) {
      Map<String, String> payload = new TreeMap<>();
      boolean thin = rng.nextDouble() < 0.35;
      String requirements = thin && rng.nextBoolean() ? "SSO" : "SSO with Okta, EU data residency, CRM sync";
      payload.put("technicalRequirements", requirements);
      if (!thin || rng.nextBoolean()) {
        payload.put("successCriteria", "forecast call in one hour; weekly usage above 70%");
      }
      payload.put("stakeholderMap", thin && rng.nextBoolean() ? "sponsor only (VP Sales)"
          : "Dana Kim (sponsor); Lee Park (admin); Sam Roy (champion)");
      payload.put("implementationTimeline", booked.plusDays(45).toString());
      Instant sent = booked.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(86_400 + 10 * 3600
          + rng.nextInt(6 * 3600));
      Handoff h = Handoff.builder().id(String.format(Locale.ROOT, "RH%04d", handoffs.size())).protocolId(protocol.id())
          .protocolVersion(protocol.version()).dealId("RD-" + customer + "-1").sentAt(sent).sentBy("sales")
          .putAllPayload(payload).outcome(HandoffOutcome.builder().kind(OutcomeKind.ACCEPTED)
              .at(sent.plusSeconds(3600 + rng.nextInt(20 * 3600))).actor("customer-success-" + (1 + rng.nextInt(4)))
              .build()).build();
      try {
        handoffs.add(json.writeValueAsString(h));
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
      return protocol.payload().stream().allMatch(f -> f.problem(Optional.ofNullable(payload.get(f.name()))).isEmpty());
    }

    String contractsJson() {
      StringBuilder b = new StringBuilder("[\n");
      for (int i = 0; i < contracts.size(); i++) {
        try {
          b.append(json.writeValueAsString(contracts.get(i)));
        } catch (JsonProcessingException e) {
          throw new UncheckedIOException(e);
        }
        b.append(i + 1 < contracts.size() ? ",\n" : "\n");
      }
      return b.append("]\n").toString();
    }
  }
}
