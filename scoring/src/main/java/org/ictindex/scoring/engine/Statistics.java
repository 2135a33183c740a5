package org.ictindex.scoring.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ictindex.scoring.model.ClassShare;
import org.ictindex.scoring.model.GroupStatistics;
import org.ictindex.scoring.model.IndicatorStatistics;
import org.ictindex.scoring.model.NodeStatistics;
import org.ictindex.scoring.model.RatingClass;

/**
 * Methodology §7: the statistics of every group of the framework.
 *
 * <p>Decisions where methodology.md leaves room:
 *
 * <ul>
 *   <li>Statistics cover the nodes and indicators that apply to the group, {@code TOTAL} first and
 *       then in document order; each node lists every class of the framework in the framework's
 *       order, with a count of 0 where no unit is in the class.
 *   <li>A share is {@code 100 × count / ranked units}, half-up to 1 decimal; it is null when no
 *       unit is ranked at the node. Its change is the difference of the two rounded shares in
 *       percentage points, null when the previous cycle has no share for that group, node and
 *       class.
 *   <li>Percent statistics use the rounded percents of the ranked units, the figures they report.
 *       At a node whose maximum is 0 there are no percents, so mean, median, minimum and maximum
 *       are null although units are ranked.
 *   <li>A median of an even count is the mean of the two middle values; means and medians are
 *       rounded half-up to 4 decimals. Minimum, maximum and sum of raw values are exact, as given.
 *   <li>Indicator statistics are over the raw values of the group's units that report one; with no
 *       value reported, sum, mean, median, minimum and maximum are null. "Positive" means a value
 *       &gt; 0. Their changes compare with the previous cycle's statistics of the same indicator
 *       code in the same group, and are null when those are absent (or have no sum).
 * </ul>
 */
final class Statistics {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  private final CompiledFramework framework;
  private final ValueTable values;
  private final Scorer.ScoreTable scores;
  private final Ranking ranking;
  private final PreviousCycle previous;

  private Statistics(
      CompiledFramework framework,
      ValueTable values,
      Scorer.ScoreTable scores,
      Ranking ranking,
      PreviousCycle previous) {
    this.framework = framework;
    this.values = values;
    this.scores = scores;
    this.ranking = ranking;
    this.previous = previous;
  }

  /** The statistics of every group of the framework, by group code. */
  static Map<String, GroupStatistics> of(
      CompiledFramework framework,
      ValueTable values,
      Scorer.ScoreTable scores,
      Ranking ranking,
      PreviousCycle previous) {
    Statistics statistics = new Statistics(framework, values, scores, ranking, previous);
    Map<String, GroupStatistics> byGroup = new HashMap<>();
    for (int group = 0; group < framework.groupCodes.size(); group++) {
      byGroup.put(framework.groupCodes.get(group), statistics.group(group));
    }
    return byGroup;
  }

  private GroupStatistics group(int group) {
    String groupCode = framework.groupCodes.get(group);
    int[] members = values.unitsOfGroup[group];
    List<RatingClass> classes = framework.framework.classes();
    List<ClassShare> shares = new ArrayList<>();
    List<NodeStatistics> nodes = new ArrayList<>();
    long[] percents = new long[members.length];
    int[] classCounts = new int[classes.size()];
    for (int node : framework.plans[group].nodes()) {
      String nodeCode = framework.codes[node];
      int ranked = ranking.rankedCount[group][node];
      Arrays.fill(classCounts, 0);
      int withPercent = 0;
      for (int unit : members) {
        int cell = node * values.unitCount + unit;
        long percent = scores.percentKeys()[cell];
        if (ranking.ranks[cell] > 0 && percent != Scorer.ABSENT) {
          percents[withPercent++] = percent;
          int classIndex = framework.classIndexOf(percent);
          if (classIndex >= 0) {
            classCounts[classIndex]++;
          }
        }
      }
      for (int classIndex = 0; classIndex < classes.size(); classIndex++) {
        String classCode = classes.get(classIndex).code();
        BigDecimal share =
            ranked == 0
                ? null
                : BigDecimal.valueOf(100L * classCounts[classIndex])
                    .divide(BigDecimal.valueOf(ranked), 1, RoundingMode.HALF_UP);
        BigDecimal previousShare = previous.share(groupCode, nodeCode, classCode);
        shares.add(
            new ClassShare(
                nodeCode,
                classCode,
                classCounts[classIndex],
                share,
                share == null || previousShare == null ? null : share.subtract(previousShare)));
      }
      nodes.add(nodeStatistics(nodeCode, ranked, percents, withPercent));
    }

    List<IndicatorStatistics> indicators = new ArrayList<>();
    for (int column : framework.plans[group].leafColumns()) {
      indicators.add(indicatorStatistics(groupCode, members, column));
    }
    return new GroupStatistics(groupCode, shares, nodes, indicators);
  }

  private static NodeStatistics nodeStatistics(
      String nodeCode, int ranked, long[] percents, int count) {
    if (count == 0) {
      return new NodeStatistics(nodeCode, ranked, null, null, null, null);
    }
    long[] sorted = Arrays.copyOf(percents, count);
    Arrays.sort(sorted);
    long sum = 0;
    for (long percent : sorted) {
      sum += percent;
    }
    BigDecimal median =
        count % 2 == 1
            ? Rounding.decimal(sorted[count / 2])
            : Rounding.decimal(sorted[count / 2 - 1] + sorted[count / 2])
                .divide(TWO, Rounding.SCALE, RoundingMode.HALF_UP);
    return new NodeStatistics(
        nodeCode,
        ranked,
        Rounding.decimal(sum)
            .divide(BigDecimal.valueOf(count), Rounding.SCALE, RoundingMode.HALF_UP),
        median,
        Rounding.decimal(sorted[0]),
        Rounding.decimal(sorted[count - 1]));
  }

  private IndicatorStatistics indicatorStatistics(String groupCode, int[] members, int column) {
    String code = framework.codes[framework.nodeOfColumn[column]];
    double[] approximate = new double[members.length];
    BigDecimal[] exact = new BigDecimal[members.length];
    int reporting = 0;
    int positive = 0;
    ExactSum exactSum = new ExactSum();
    for (int unit : members) {
      int cell = unit * values.columnCount + column;
      BigDecimal value = values.exact[cell];
      if (value != null) {
        approximate[reporting] = values.approximate[cell];
        exact[reporting] = value;
        reporting++;
        if (value.signum() > 0) {
          positive++;
        }
        exactSum.add(value, values.approximate[cell]);
      }
    }
    BigDecimal sum = exactSum.total();
    IndicatorStatistics before = previous.indicator(groupCode, code);
    Integer positiveChange = before == null ? null : positive - before.positive();
    if (reporting == 0) {
      return new IndicatorStatistics(
          code, 0, 0, null, null, null, null, null, positiveChange, null);
    }
    OrderedValues ordered = new OrderedValues(approximate, exact, reporting);
    BigDecimal median =
        reporting % 2 == 1
            ? ordered.get(reporting / 2).setScale(Rounding.SCALE, RoundingMode.HALF_UP)
            : ordered
                .get(reporting / 2 - 1)
                .add(ordered.get(reporting / 2))
                .divide(TWO, Rounding.SCALE, RoundingMode.HALF_UP);
    return new IndicatorStatistics(
        code,
        reporting,
        positive,
        sum,
        sum.divide(BigDecimal.valueOf(reporting), Rounding.SCALE, RoundingMode.HALF_UP),
        median,
        ordered.get(0),
        ordered.get(reporting - 1),
        positiveChange,
        before == null || before.sum() == null ? null : sum.subtract(before.sum()));
  }

  /**
   * Order statistics of exact values, found through their doubles: double conversion is monotonic,
   * so the k-th smallest exact value is among those whose double equals the k-th smallest double,
   * and only those need an exact comparison.
   */
  private static final class OrderedValues {
    private final double[] approximate;
    private final BigDecimal[] exact;
    private final int count;
    private final double[] sorted;

    OrderedValues(double[] approximate, BigDecimal[] exact, int count) {
      this.approximate = approximate;
      this.exact = exact;
      this.count = count;
      this.sorted = Arrays.copyOf(approximate, count);
      Arrays.sort(sorted);
    }

    /** The k-th smallest exact value (0-based). */
    BigDecimal get(int k) {
      double target = sorted[k];
      int first = k;
      while (first > 0 && sorted[first - 1] == target) {
        first--;
      }
      List<BigDecimal> candidates = new ArrayList<>();
      boolean allEqual = true;
      for (int index = 0; index < count; index++) {
        if (approximate[index] == target) {
          allEqual &= candidates.isEmpty() || exact[index].compareTo(candidates.get(0)) == 0;
          candidates.add(exact[index]);
        }
      }
      if (!allEqual) {
        candidates.sort(Comparator.naturalOrder());
      }
      return candidates.get(k - first);
    }
  }
}
