package dev.revops.handoff.impact;

/** What a new pipeline definition version changes for a deal. */
public enum ImpactKind {
  /** The deal's stage maps to another stage id, or to none. */
  STAGE_MAPPING,
  /** Its effective probability changes. */
  PROBABILITY,
  /** Its effective forecast category changes. */
  CATEGORY,
  /** Whether it meets its stage's entry criteria changes. */
  GATE_STATUS
}
