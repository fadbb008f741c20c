package dev.revops.core.io;

import java.util.Locale;

/**
 * How a deal's key is matched to a reference table's key column ({@link ReferenceJoin}).
 *
 * <pre>{@code
 * KeyMatch.IGNORING_CASE_AND_SPACES.normalize("GTX Pro"); // "gtxpro", as "GTXPro" is
 * }</pre>
 */
public enum KeyMatch {
  /** The keys are equal, as written (after trimming). */
  EXACT,
  /**
   * The keys are equal once lower-cased and stripped of spaces, for exports that write one name
   * two ways (the Maven CRM sample's {@code GTXPro} and {@code GTX Pro}). Two table keys equal
   * under this rule make the table unusable for the join, never a silent pick of one.
   */
  IGNORING_CASE_AND_SPACES;

  /**
   * The form a key is compared in.
   *
   * @param key a key, trimmed
   * @return the key as compared
   */
  public String normalize(String key) {
    return this == EXACT ? key : key.replace(" ", "").toLowerCase(Locale.ROOT);
  }
}
