package dev.revops.forecast.revenue;

/** Where an amount of recognized revenue comes from, for the bridge and the audit trail. */
public enum RevenueSource {
  /** The contract as booked: its original allocation over its obligations' patterns. */
  BASE,
  /** A modification (price change, added, removed or re-termed obligation): its new segments and catch-up. */
  MODIFICATION,
  /** A credit note that reduced the price: its new segments and catch-up. */
  CREDIT_NOTE,
  /** A cancellation: its catch-up (a settlement fee, say). */
  CANCELLATION,
  /** A correction, posted in the first open period, of revenue that belonged to a closed one. */
  CORRECTION
}
