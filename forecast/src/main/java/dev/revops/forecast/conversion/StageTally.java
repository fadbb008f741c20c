package dev.revops.forecast.conversion;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The weighted counts of one segment (or of all deals) behind a stage probability model: moves
 * from each open stage to each stage (open stages, then won, then lost), and per open stage the
 * weight of the deals that passed through it and of those of them that were won. Mutable while
 * {@link TransitionCounts} counts; {@link #copy} gives the snapshot a {@link TransitionTable} keeps.
 */
final class StageTally {
  final long[][] moves;
  final long[] through;
  final long[] throughWon;
  final long[] throughCount;
  long deals;

  StageTally(int open) {
    moves = new long[open][open + 2];
    through = new long[open];
    throughWon = new long[open];
    throughCount = new long[open];
  }

  void move(int from, int to, long weight) {
    moves[from][to] += weight;
  }

  /** Counts one closed deal that passed through the set stages. */
  void passed(BitSet stages, long weight, boolean won) {
    deals++;
    for (int i = stages.nextSetBit(0); i >= 0; i = stages.nextSetBit(i + 1)) {
      through[i] += weight;
      throughCount[i]++;
      if (won) {
        throughWon[i] += weight;
      }
    }
  }

  /** Counts one closed deal that passed through the open stages of a mask's bits (at most 64). */
  void passed(long stages, long weight, boolean won) {
    deals++;
    for (long rest = stages; rest != 0; rest &= rest - 1) {
      int i = Long.numberOfTrailingZeros(rest);
      through[i] += weight;
      throughCount[i]++;
      if (won) {
        throughWon[i] += weight;
      }
    }
  }

  void merge(StageTally o) {
    for (int i = 0; i < moves.length; i++) {
      for (int j = 0; j < moves[i].length; j++) {
        moves[i][j] = Math.addExact(moves[i][j], o.moves[i][j]);
      }
      through[i] = Math.addExact(through[i], o.through[i]);
      throughWon[i] = Math.addExact(throughWon[i], o.throughWon[i]);
      throughCount[i] += o.throughCount[i];
    }
    deals += o.deals;
  }

  StageTally copy() {
    StageTally c = new StageTally(through.length);
    c.merge(this);
    return c;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StageTally t && deals == t.deals && Arrays.deepEquals(moves, t.moves)
        && Arrays.equals(through, t.through) && Arrays.equals(throughWon, t.throughWon)
        && Arrays.equals(throughCount, t.throughCount);
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(moves) * 31 + Long.hashCode(deals);
  }
}
