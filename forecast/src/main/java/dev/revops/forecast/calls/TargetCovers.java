package dev.revops.forecast.calls;

/**
 * What a person's target covers: their own deals, or their whole team.
 *
 * <pre>{@code
 * RosterTarget.builder().person("bo").period("2026-Q4").amount(Money.parse("USD 500.00"))
 *     .covers(TargetCovers.TEAM).build();   // bo's explicit team target
 * }</pre>
 */
public enum TargetCovers {
  /** The person's own deals only: the quota of a rep, or a player-coach's own quota. */
  OWN,
  /**
   * The person and everyone below them: a target set directly on a manager or a level. It is shown
   * beside the roll-up of the own targets below, with the difference; it never replaces the roll-up.
   */
  TEAM
}
