package dev.revops.core.io;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * Everything an import produced, held in memory: every accepted record, every rejection and the
 * report. For inputs too large for memory, use {@link RecordImporter#read} with consumers instead.
 *
 * @param <T> the record type
 */
@Value.Immutable
@JsonSerialize(as = ImmutableImportResult.class)
@JsonDeserialize(as = ImmutableImportResult.class)
public abstract class ImportResult<T> {
  /** Only the generated implementation extends this class, so every instance is validated. */
  ImportResult() {}

  /**
   * The accepted records, in input order.
   *
   * @return the records
   */
  public abstract List<T> accepted();

  /**
   * Every rejected row, in input order.
   *
   * @return the rejections
   */
  public abstract List<Rejection> rejected();

  /**
   * The report.
   *
   * @return the report
   */
  public abstract ImportReport report();

  static <T> ImportResult<T> of(List<T> accepted, List<Rejection> rejected, ImportReport report) {
    return ImmutableImportResult.<T>builder().addAllAccepted(accepted).addAllRejected(rejected)
        .report(report).build();
  }
}
