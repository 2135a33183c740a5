package org.ictindex.scoring.engine;

import java.util.Arrays;

/**
 * Methodology §4: standard competition ranks (1, 2, 2, 4) per node and per unit group, by rounded
 * score descending, among the units of the group that have a score at the node.
 *
 * <p>A unit's rank is one more than the number of units of its group with a strictly higher rounded
 * score, which is exactly standard competition ranking. The scores of a node and group are sorted
 * once; each unit then finds its rank by binary search.
 */
final class Ranking {

  /** {@code ranks[node × units + unit]}: the rank, or 0 where the unit is unranked. */
  final int[] ranks;

  /** {@code rankedCount[group][node]}: the denominator, the number of units ranked there. */
  final int[][] rankedCount;

  /** Ranks and counts up to the number of units, boxed once and shared by every result. */
  private final Integer[] boxed;

  private Ranking(int[] ranks, int[][] rankedCount, int unitCount) {
    this.ranks = ranks;
    this.rankedCount = rankedCount;
    this.boxed = new Integer[unitCount + 1];
    Arrays.setAll(boxed, Integer::valueOf);
  }

  /** {@code number} (a rank or a count of ranked units) as a shared {@link Integer}. */
  Integer boxed(int number) {
    return boxed[number];
  }

  static Ranking of(CompiledFramework framework, ValueTable values, long[] scoreKeys) {
    int unitCount = values.unitCount;
    int[] ranks = new int[scoreKeys.length];
    int[][] rankedCount = new int[framework.groupCodes.size()][framework.nodeCount];
    long[] sorted = new long[unitCount];
    for (int group = 0; group < rankedCount.length; group++) {
      int[] members = values.unitsOfGroup[group];
      for (int node : framework.plans[group].nodes()) {
        int offset = node * unitCount;
        int count = 0;
        for (int unit : members) {
          long key = scoreKeys[offset + unit];
          if (key != Scorer.ABSENT) {
            sorted[count++] = key;
          }
        }
        Arrays.sort(sorted, 0, count);
        for (int unit : members) {
          long key = scoreKeys[offset + unit];
          if (key != Scorer.ABSENT) {
            ranks[offset + unit] = 1 + count - firstAbove(sorted, count, key);
          }
        }
        rankedCount[group][node] = count;
      }
    }
    return new Ranking(ranks, rankedCount, unitCount);
  }

  /** The index of the first element greater than {@code key} in {@code sorted[0, count)}. */
  private static int firstAbove(long[] sorted, int count, long key) {
    int low = 0;
    int high = count;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (sorted[middle] <= key) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }
}
