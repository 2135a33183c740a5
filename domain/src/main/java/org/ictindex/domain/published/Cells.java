package org.ictindex.domain.published;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ictindex.scoring.model.PredecessorRank;
import org.ictindex.scoring.model.RankInterval;

/**
 * The figures of every unit at every node of a revision, one array per field and one slot per
 * (unit, node) pair: a year of 11,539 units with 126 nodes each is 1.45 million slots, which as one
 * object per pair would cost several times the figures themselves. Absent whole numbers are {@link
 * #NONE}; a decimal is its unscaled value and scale, absent when the scale is {@link #NO_SCALE}.
 */
final class Cells {

  static final int NONE = Integer.MIN_VALUE;
  private static final byte NO_SCALE = Byte.MIN_VALUE;
  private static final byte NO_CLASS = -1;

  private int size;
  private byte[] depth;
  private int[] rank;
  private int[] of;
  private int[] change;
  private int[] previousRank;
  private int[] median;
  private int[] q5;
  private int[] q95;
  private byte[] classIndex;
  private final Decimals score;
  private final Decimals max;
  private final Decimals percent;

  /** The few slots that have predecessors' ranks (units formed from others), by slot. */
  private final Map<Integer, List<PredecessorRank>> predecessors = new HashMap<>();

  Cells(int capacity) {
    depth = new byte[capacity];
    rank = new int[capacity];
    of = new int[capacity];
    change = new int[capacity];
    previousRank = new int[capacity];
    median = new int[capacity];
    q5 = new int[capacity];
    q95 = new int[capacity];
    classIndex = new byte[capacity];
    score = new Decimals(capacity);
    max = new Decimals(capacity);
    percent = new Decimals(capacity);
  }

  int size() {
    return size;
  }

  /** Appends one slot and answers its index. */
  int add(
      int nodeDepth,
      Integer nodeRank,
      Integer nodeOf,
      BigDecimal nodeScore,
      BigDecimal nodeMax,
      BigDecimal nodePercent,
      int nodeClass,
      Integer nodeChange,
      Integer nodePreviousRank,
      List<PredecessorRank> nodePredecessors,
      RankInterval interval) {
    if (size == depth.length) {
      grow(size + (size >> 1) + 16);
    }
    int slot = size++;
    depth[slot] = (byte) nodeDepth;
    rank[slot] = orNone(nodeRank);
    of[slot] = orNone(nodeOf);
    change[slot] = orNone(nodeChange);
    previousRank[slot] = orNone(nodePreviousRank);
    median[slot] = interval == null ? NONE : interval.median();
    q5[slot] = interval == null ? NONE : interval.q5();
    q95[slot] = interval == null ? NONE : interval.q95();
    classIndex[slot] = (byte) (nodeClass < 0 ? NO_CLASS : nodeClass);
    score.set(slot, nodeScore);
    max.set(slot, nodeMax);
    percent.set(slot, nodePercent);
    if (!nodePredecessors.isEmpty()) {
      predecessors.put(slot, List.copyOf(nodePredecessors));
    }
    return slot;
  }

  /** Drops the room kept for growth, once every slot is in. */
  void trim() {
    grow(size);
  }

  int depth(int slot) {
    return depth[slot];
  }

  int rank(int slot) {
    return rank[slot];
  }

  Integer rankOrNull(int slot) {
    return orNull(rank[slot]);
  }

  Integer of(int slot) {
    return orNull(of[slot]);
  }

  Integer change(int slot) {
    return orNull(change[slot]);
  }

  Integer previousRank(int slot) {
    return orNull(previousRank[slot]);
  }

  /** The index of the slot's class in the revision's list of classes, or -1 for none. */
  int classIndex(int slot) {
    return classIndex[slot];
  }

  BigDecimal score(int slot) {
    return score.get(slot);
  }

  BigDecimal max(int slot) {
    return max.get(slot);
  }

  BigDecimal percent(int slot) {
    return percent.get(slot);
  }

  RankInterval interval(int slot) {
    return median[slot] == NONE ? null : new RankInterval(median[slot], q5[slot], q95[slot]);
  }

  List<PredecessorRank> predecessors(int slot) {
    return predecessors.getOrDefault(slot, List.of());
  }

  private void grow(int capacity) {
    depth = Arrays.copyOf(depth, capacity);
    rank = Arrays.copyOf(rank, capacity);
    of = Arrays.copyOf(of, capacity);
    change = Arrays.copyOf(change, capacity);
    previousRank = Arrays.copyOf(previousRank, capacity);
    median = Arrays.copyOf(median, capacity);
    q5 = Arrays.copyOf(q5, capacity);
    q95 = Arrays.copyOf(q95, capacity);
    classIndex = Arrays.copyOf(classIndex, capacity);
    score.grow(capacity);
    max.grow(capacity);
    percent.grow(capacity);
  }

  private static int orNone(Integer value) {
    return value == null ? NONE : value;
  }

  private static Integer orNull(int value) {
    return value == NONE ? null : value;
  }

  /**
   * Decimals as unscaled longs and scales. A figure whose digits do not fit in a long (none that
   * the methodology's four decimals produce) is kept whole on the side.
   */
  private static final class Decimals {
    private long[] unscaled;
    private byte[] scale;
    private final Map<Integer, BigDecimal> tooLong = new HashMap<>();

    Decimals(int capacity) {
      unscaled = new long[capacity];
      scale = new byte[capacity];
    }

    void set(int slot, BigDecimal value) {
      if (value == null) {
        scale[slot] = NO_SCALE;
        return;
      }
      BigInteger digits = value.unscaledValue();
      if (digits.bitLength() > 63 || value.scale() <= NO_SCALE || value.scale() > Byte.MAX_VALUE) {
        tooLong.put(slot, value);
        return;
      }
      unscaled[slot] = digits.longValue();
      scale[slot] = (byte) value.scale();
    }

    BigDecimal get(int slot) {
      if (!tooLong.isEmpty() && tooLong.containsKey(slot)) {
        return tooLong.get(slot);
      }
      return scale[slot] == NO_SCALE ? null : BigDecimal.valueOf(unscaled[slot], scale[slot]);
    }

    void grow(int capacity) {
      unscaled = Arrays.copyOf(unscaled, capacity);
      scale = Arrays.copyOf(scale, capacity);
    }
  }
}
