package dev.revops.core.metric;

import java.util.Objects;

/**
 * One record left out of a computation: why, and its id. The input of an {@link ExclusionTally},
 * which counts them by reason into {@link Exclusion}s.
 *
 * <pre>{@code
 * tally.add(Excluded.of("closed", "D00007"));
 * }</pre>
 *
 * @param reason why the record was left out, a short stable phrase ({@code "closed"})
 * @param id the record's id, kept as an example
 */
public record Excluded(String reason, String id) {
  /**
   * Checks both parts are given.
   *
   * @param reason why the record was left out
   * @param id the record's id
   */
  public Excluded {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(id, "id");
  }

  /**
   * A record left out.
   *
   * @param reason why, a short stable phrase
   * @param id the record's id
   * @return the excluded record
   */
  public static Excluded of(String reason, String id) {
    return new Excluded(reason, id);
  }
}
