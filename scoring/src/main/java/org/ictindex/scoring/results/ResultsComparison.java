package org.ictindex.scoring.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ictindex.scoring.model.ClassShare;
import org.ictindex.scoring.model.CycleResults;
import org.ictindex.scoring.model.GroupStatistics;
import org.ictindex.scoring.model.IndicatorStatistics;
import org.ictindex.scoring.model.NodeResult;
import org.ictindex.scoring.model.NodeStatistics;
import org.ictindex.scoring.model.UnitResult;

/**
 * How two results of the same cycle differ, figure by figure: what an auditor runs to check that
 * recomputing a published package gives the published results.
 *
 * <p>Every difference is one line {@code where/field: expected X, got Y}: {@code where} is {@code
 * unitCode/nodeCode} for a unit's figures, {@code unitCode} for its name and group, {@code
 * statistics/group/classes/node/classCode}, {@code statistics/group/nodes/node} or {@code
 * statistics/group/indicators/code} for statistics. Numbers are compared by value ({@code 12.50}
 * equals {@code 12.5}). A unit, node or statistics entry present on one side only is one
 * difference.
 *
 * @param differences every difference, units first in the expected order, then statistics
 * @param unitsChecked units present in both results
 * @param figuresChecked values compared (scores, ranks, classes, changes, statistics, …)
 */
public record ResultsComparison(List<String> differences, int unitsChecked, int figuresChecked) {

  public ResultsComparison {
    differences = List.copyOf(differences);
  }

  public boolean matches() {
    return differences.isEmpty();
  }

  /** Compares recomputed ({@code actual}) results with the ones expected. */
  public static ResultsComparison compare(CycleResults expected, CycleResults actual) {
    Comparer comparer = new Comparer();
    comparer.figure("year", expected.year(), actual.year());
    comparer.units(expected.units(), actual.units());
    comparer.statistics(expected.statistics(), actual.statistics());
    return new ResultsComparison(comparer.differences, comparer.units, comparer.figures);
  }

  private static final class Comparer {

    private final List<String> differences = new ArrayList<>();
    private int units;
    private int figures;

    void units(List<UnitResult> expected, List<UnitResult> actual) {
      pairUp(
          "",
          expected,
          actual,
          UnitResult::unitCode,
          "unit",
          (code, wanted, got) -> {
            units++;
            same(code + "/group", wanted.groupCode(), got.groupCode());
            same(code + "/nameVi", wanted.name().vi(), got.name().vi());
            same(code + "/nameEn", wanted.name().english(), got.name().english());
            nodes(code, wanted.nodes(), got.nodes());
          });
    }

    private void nodes(String unit, List<NodeResult> expected, List<NodeResult> actual) {
      pairUp(
          unit + "/",
          expected,
          actual,
          NodeResult::code,
          "node",
          (code, wanted, got) -> {
            String at = unit + "/" + code + "/";
            same(at + "depth", wanted.depth(), got.depth());
            figure(at + "score", wanted.score(), got.score());
            figure(at + "max", wanted.max(), got.max());
            figure(at + "percent", wanted.percent(), got.percent());
            figure(at + "rank", wanted.rank(), got.rank());
            figure(at + "of", wanted.of(), got.of());
            figure(at + "classCode", wanted.classCode(), got.classCode());
            figure(at + "change", wanted.change(), got.change());
            figure(at + "previousRank", wanted.previousRank(), got.previousRank());
            figure(
                at + "predecessorRanks",
                predecessors(wanted).isEmpty() ? null : predecessors(wanted),
                predecessors(got).isEmpty() ? null : predecessors(got));
            figure(at + "rankMedian", median(wanted), median(got));
            figure(at + "rankQ5", q5(wanted), q5(got));
            figure(at + "rankQ95", q95(wanted), q95(got));
          });
    }

    void statistics(Map<String, GroupStatistics> expected, Map<String, GroupStatistics> actual) {
      pairUp(
          "statistics/",
          List.copyOf(new TreeMap<>(expected).values()),
          List.copyOf(new TreeMap<>(actual).values()),
          GroupStatistics::groupCode,
          "group",
          (group, wanted, got) -> {
            String at = "statistics/" + group;
            pairUp(
                at + "/classes/",
                wanted.classes(),
                got.classes(),
                share -> share.node() + "/" + share.classCode(),
                "class share",
                (key, wantedShare, gotShare) ->
                    classShare(at + "/classes/" + key, wantedShare, gotShare));
            pairUp(
                at + "/nodes/",
                wanted.nodes(),
                got.nodes(),
                NodeStatistics::node,
                "node",
                (key, wantedNode, gotNode) ->
                    nodeStatistics(at + "/nodes/" + key, wantedNode, gotNode));
            pairUp(
                at + "/indicators/",
                wanted.indicators(),
                got.indicators(),
                IndicatorStatistics::code,
                "indicator",
                (key, wantedIndicator, gotIndicator) ->
                    indicatorStatistics(at + "/indicators/" + key, wantedIndicator, gotIndicator));
          });
    }

    private void classShare(String at, ClassShare expected, ClassShare actual) {
      figure(at + "/count", expected.count(), actual.count());
      figure(at + "/share", expected.share(), actual.share());
      figure(at + "/shareChange", expected.shareChange(), actual.shareChange());
    }

    private void nodeStatistics(String at, NodeStatistics expected, NodeStatistics actual) {
      figure(at + "/ranked", expected.ranked(), actual.ranked());
      figure(at + "/meanPercent", expected.meanPercent(), actual.meanPercent());
      figure(at + "/medianPercent", expected.medianPercent(), actual.medianPercent());
      figure(at + "/minPercent", expected.minPercent(), actual.minPercent());
      figure(at + "/maxPercent", expected.maxPercent(), actual.maxPercent());
    }

    private void indicatorStatistics(
        String at, IndicatorStatistics expected, IndicatorStatistics actual) {
      figure(at + "/reporting", expected.reporting(), actual.reporting());
      figure(at + "/positive", expected.positive(), actual.positive());
      figure(at + "/sum", expected.sum(), actual.sum());
      figure(at + "/mean", expected.mean(), actual.mean());
      figure(at + "/median", expected.median(), actual.median());
      figure(at + "/min", expected.min(), actual.min());
      figure(at + "/max", expected.max(), actual.max());
      figure(at + "/positiveChange", expected.positiveChange(), actual.positiveChange());
      figure(at + "/sumChange", expected.sumChange(), actual.sumChange());
    }

    /** What to do with an entry present on both sides. */
    private interface Both<T> {
      void compare(String key, T expected, T actual);
    }

    /**
     * Pairs entries up by key, in the expected order, then reports entries present on one side
     * only.
     */
    private <T> void pairUp(
        String prefix,
        List<T> expected,
        List<T> actual,
        Function<T, String> key,
        String kind,
        Both<T> both) {
      Map<String, T> actualByKey =
          actual.stream()
              .collect(Collectors.toMap(key, entry -> entry, (a, b) -> a, LinkedHashMap::new));
      for (T wanted : expected) {
        String code = key.apply(wanted);
        T got = actualByKey.remove(code);
        if (got == null) {
          differences.add(prefix + code + ": expected the " + kind + ", got none");
        } else {
          both.compare(code, wanted, got);
        }
      }
      actualByKey
          .keySet()
          .forEach(
              code -> differences.add(prefix + code + ": expected no such " + kind + ", got one"));
    }

    /** Compares a published figure and counts it. */
    void figure(String at, Object expected, Object actual) {
      figures++;
      same(at, expected, actual);
    }

    /** Compares values, numbers by value. */
    private void same(String at, Object expected, Object actual) {
      boolean equal =
          expected instanceof BigDecimal wanted && actual instanceof BigDecimal got
              ? wanted.compareTo(got) == 0
              : Objects.equals(expected, actual);
      if (!equal) {
        differences.add(at + ": expected " + text(expected) + ", got " + text(actual));
      }
    }

    private static String text(Object value) {
      return value instanceof BigDecimal decimal
          ? ResultsLayout.figureText(decimal)
          : String.valueOf(value);
    }

    private static String predecessors(NodeResult node) {
      return node.predecessorRanks().stream()
          .map(p -> p.unitCode() + " " + p.rank() + "/" + p.of())
          .collect(Collectors.joining(", "));
    }

    private static Integer median(NodeResult node) {
      return node.uncertainty() == null ? null : node.uncertainty().median();
    }

    private static Integer q5(NodeResult node) {
      return node.uncertainty() == null ? null : node.uncertainty().q5();
    }

    private static Integer q95(NodeResult node) {
      return node.uncertainty() == null ? null : node.uncertainty().q95();
    }
  }
}
