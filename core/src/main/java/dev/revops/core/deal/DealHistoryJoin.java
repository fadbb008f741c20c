package dev.revops.core.deal;

import dev.revops.core.history.DealHistory;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Joins deals to their stage histories as both stream by: a merge-join of two iterators, the deals
 * and the histories, each sorted by deal id (as exports sorted by id are). Each deal and each history
 * comes out exactly once, in one {@link DealWithHistory}: paired when their ids match, alone when
 * the other side has no such id. Deals come out whole, as read: the join drops no field.
 *
 * <p>Memory is constant: the join looks ahead one record of each side, and hands a record out as soon
 * as the other side has gone past its id (or is exhausted). It relies on the sort order: a record
 * whose partner arrives after a larger id was read on the partner's side comes out alone, and so does
 * the late partner. Nothing is lost or repeated whatever the order; {@link #outOfOrder()} counts the
 * records that arrived behind an id already handed out, so that a caller can refuse unsorted inputs.
 * Two records of one side with the same id each come out once, the first paired with the other
 * side's record.
 *
 * <p>Pure: reads the iterators it is given, nothing else; not thread-safe.
 *
 * <pre>{@code
 * DealHistoryJoin join = DealHistoryJoin.of(dealsSortedById, historiesSortedById);
 * while (join.hasNext()) {
 *   velocity.add(join.next());   // D00001 with its history, D00002 alone, ...
 * }
 * }</pre>
 */
public final class DealHistoryJoin implements Iterator<DealWithHistory> {
  private final Iterator<Deal> deals;
  private final Iterator<DealHistory> histories;
  private final TreeMap<String, ArrayDeque<Deal>> waitingDeals = new TreeMap<>();
  private final TreeMap<String, ArrayDeque<DealHistory>> waitingHistories = new TreeMap<>();
  private int waiting;
  private String lastDeal;
  private String lastHistory;
  private String lastOut;
  private long outOfOrder;

  private DealHistoryJoin(Iterator<Deal> deals, Iterator<DealHistory> histories) {
    this.deals = Objects.requireNonNull(deals, "deals");
    this.histories = Objects.requireNonNull(histories, "histories");
  }

  /**
   * A join of deals and histories sorted by deal id.
   *
   * @param deals deals, sorted by id
   * @param histories stage histories, sorted by deal id
   * @return the join
   */
  public static DealHistoryJoin of(Iterator<Deal> deals, Iterator<DealHistory> histories) {
    return new DealHistoryJoin(deals, histories);
  }

  /**
   * Whether a deal or a history is left.
   *
   * @return true until both iterators are read and nothing waits
   */
  @Override
  public boolean hasNext() {
    return waiting > 0 || deals.hasNext() || histories.hasNext();
  }

  /**
   * The next deal with its history, in deal id order for sorted inputs.
   *
   * @return a deal with its history, a deal alone or a history alone
   * @throws NoSuchElementException if nothing is left
   */
  @Override
  public DealWithHistory next() {
    if (!hasNext()) {
      throw new NoSuchElementException("every deal and history was joined");
    }
    while (true) {
      String first = firstWaiting();
      boolean dealsDone = first != null && settled(first, deals, waitingDeals, lastDeal);
      boolean historiesDone = first != null && settled(first, histories, waitingHistories, lastHistory);
      if (first != null && dealsDone && historiesDone) {
        return handOut(first);
      }
      if (first == null || !dealsDone) {
        if (deals.hasNext()) {
          readDeal();
          continue;
        }
      }
      if (histories.hasNext()) {
        readHistory();
      } else if (deals.hasNext()) {
        readDeal();
      } else {
        return handOut(first);
      }
    }
  }

  /**
   * Records that arrived behind an id already handed out: zero for inputs sorted by id.
   *
   * @return the count
   */
  public long outOfOrder() {
    return outOfOrder;
  }

  /** No record of this side can pair with {@code id} any more: it waits, or the side is read past it. */
  private static boolean settled(String id, Iterator<?> side, Map<String, ?> waitingOfSide, String lastRead) {
    return waitingOfSide.containsKey(id) || !side.hasNext() || (lastRead != null && lastRead.compareTo(id) > 0);
  }

  private String firstWaiting() {
    String d = waitingDeals.isEmpty() ? null : waitingDeals.firstKey();
    String h = waitingHistories.isEmpty() ? null : waitingHistories.firstKey();
    return d == null ? h : h == null || d.compareTo(h) <= 0 ? d : h;
  }

  private void readDeal() {
    Deal d = Objects.requireNonNull(deals.next(), "a deal of the deals iterator");
    lastDeal = arrived(d.id(), lastDeal);
    waitingDeals.computeIfAbsent(d.id(), k -> new ArrayDeque<>(1)).add(d);
    waiting++;
  }

  private void readHistory() {
    DealHistory h = Objects.requireNonNull(histories.next(), "a history of the histories iterator");
    lastHistory = arrived(h.dealId(), lastHistory);
    waitingHistories.computeIfAbsent(h.dealId(), k -> new ArrayDeque<>(1)).add(h);
    waiting++;
  }

  /** Counts a record arriving behind what was handed out; returns the largest id read on its side. */
  private String arrived(String id, String lastRead) {
    if (lastOut != null && id.compareTo(lastOut) < 0) {
      outOfOrder++;
    }
    return lastRead == null || id.compareTo(lastRead) > 0 ? id : lastRead;
  }

  private DealWithHistory handOut(String id) {
    Deal d = take(waitingDeals, id);
    DealHistory h = take(waitingHistories, id);
    lastOut = lastOut == null || id.compareTo(lastOut) > 0 ? id : lastOut;
    if (d != null && h != null) {
      return DealWithHistory.of(d, h);
    }
    return d != null ? DealWithHistory.ofDeal(d) : DealWithHistory.ofHistory(h);
  }

  private <T> T take(TreeMap<String, ArrayDeque<T>> map, String id) {
    ArrayDeque<T> q = map.get(id);
    if (q == null) {
      return null;
    }
    T t = q.poll();
    if (q.isEmpty()) {
      map.remove(id);
    }
    waiting--;
    return t;
  }
}
