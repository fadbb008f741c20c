package dev.revops.handoff.protocol;

/** Where a payload field's value comes from. */
public enum FieldSource {
  /** The deal: a {@link dev.revops.core.pipeline.DealField} path or {@code attributes.<name>}. */
  DEAL,
  /** The handoff's own payload, by the field's name. */
  PAYLOAD
}
