package dev.revops.forecast.revenue;

/**
 * How a change to a contract reaches revenue (ASC 606-10-25-13, IFRS 15.21), as the caller
 * decides it.
 */
public enum Treatment {
  /**
   * As if the old contract ended and a new one began at the change: revenue already recognized
   * stays; the consideration not yet recognized, plus the change, is allocated to what remains to
   * be delivered and recognized from then on (each line split into segments at the change).
   */
  PROSPECTIVE,
  /**
   * As if the changed contract had been in force from inception: the price is allocated again,
   * and the difference between what that would have recognized by the change and what was
   * recognized is recognized at once, in the change's period.
   */
  CUMULATIVE_CATCH_UP
}
