package dev.revops.forecast.revenue;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * What the books hold for closed periods: every period ending on or before {@link #closedBefore()}
 * is closed, and the revenue, billing and cash posted in it per contract. A schedule computed against
 * closed books keeps those amounts; a late change that would alter a closed period posts the
 * difference as a correction in the first open period, and lists it as such.
 *
 * <pre>{@code
 * ClosedBooks books = ClosedBooks.close(LocalDate.parse("2026-10-01"), septemberSchedules);
 * ContractSchedule later = RevenueSchedule.of(contractWithLateCreditNote, options, books);
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableClosedBooks.class)
@JsonDeserialize(as = ImmutableClosedBooks.class)
public abstract class ClosedBooks {

  /** Only the generated implementation extends this class, so every instance is validated. */
  ClosedBooks() {}

  /**
   * The first day not closed: every period ending on or before it is closed.
   *
   * @return the date
   */
  public abstract LocalDate closedBefore();

  /**
   * The revenue posted in closed periods, per contract.
   *
   * @return contract id to its entries in closed periods
   */
  @Value.NaturalOrder
  public abstract java.util.SortedMap<String, List<RevenueEntry>> revenue();

  /**
   * The billing posted in closed periods, per contract and period label.
   *
   * @return contract id to period label to amount billed
   */
  @Value.NaturalOrder
  public abstract java.util.SortedMap<String, Map<String, Money>> billed();

  /**
   * The cash collected in closed periods, per contract and period label.
   *
   * @return contract id to period label to amount collected
   */
  @Value.NaturalOrder
  public abstract java.util.SortedMap<String, Map<String, Money>> collected();

  /**
   * Books with nothing closed.
   *
   * @return open books
   */
  public static ClosedBooks none() {
    return new Builder().closedBefore(LocalDate.MIN).build();
  }

  /**
   * Closes every period ending on or before a date, keeping what the schedules post in them (and
   * what earlier books posted in periods they had closed already).
   *
   * @param closedBefore the first day not closed
   * @param schedules the schedules as they stand
   * @param earlier books closed before, whose closed periods stay as they were
   * @return the books
   */
  public static ClosedBooks close(LocalDate closedBefore, Collection<ContractSchedule> schedules,
      Optional<ClosedBooks> earlier) {
    Objects.requireNonNull(closedBefore, "closedBefore");
    Builder b = new Builder().closedBefore(closedBefore);
    for (ContractSchedule s : schedules) {
      List<RevenueEntry> posted = new ArrayList<>();
      for (RevenueEntry e : s.entries()) {
        if (!e.period().end().isAfter(closedBefore)) {
          posted.add(e);
        }
      }
      Map<String, Money> billed = new TreeMap<>();
      Map<String, Money> collected = new TreeMap<>();
      for (SchedulePeriod p : s.periods()) {
        if (!p.period().end().isAfter(closedBefore)) {
          billed.put(p.period().label(), p.billed());
          collected.put(p.period().label(), p.collected());
        }
      }
      b.putRevenue(s.contractId(), posted);
      b.putBilled(s.contractId(), billed);
      b.putCollected(s.contractId(), collected);
    }
    earlier.ifPresent(e -> {
      if (e.closedBefore().isAfter(closedBefore)) {
        throw new IllegalArgumentException("books closed before " + e.closedBefore() + " cannot be closed again at "
            + closedBefore + ": closing only moves forward");
      }
    });
    return b.build();
  }

  /**
   * Closes every period ending on or before a date.
   *
   * @param closedBefore the first day not closed
   * @param schedules the schedules as they stand
   * @return the books
   */
  public static ClosedBooks close(LocalDate closedBefore, Collection<ContractSchedule> schedules) {
    return close(closedBefore, schedules, Optional.empty());
  }

  /** Builds books. */
  static final class Builder extends ImmutableClosedBooks.Builder {
    Builder() {}
  }
}
