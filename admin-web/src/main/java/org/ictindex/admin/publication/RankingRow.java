package org.ictindex.admin.publication;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ictindex.scoring.model.CycleResults;
import org.ictindex.scoring.model.RankInterval;
import org.ictindex.scoring.model.RatingClass;
import org.ictindex.scoring.model.UnitResult;

/**
 * One line of a ranking as the public sees it: ranked units by rank, then the units without a rank.
 *
 * @param classCode the rating class, or null
 * @param whatIfRank the rank under changed weights, or null when none were tried
 */
public record RankingRow(
    String unitCode,
    String unitName,
    Integer rank,
    BigDecimal score,
    BigDecimal max,
    BigDecimal percent,
    String classCode,
    String className,
    Integer change,
    Integer previousRank,
    RankInterval interval,
    Integer whatIfRank) {

  /** The ranking of one group at one node, with the ranks under other weights if given. */
  public static List<RankingRow> of(
      CycleResults results,
      CycleResults whatIf,
      String groupCode,
      String nodeCode,
      Map<String, RatingClass> classes,
      String language) {
    Map<String, Integer> whatIfRanks = whatIf == null ? Map.of() : ranksAt(whatIf, nodeCode);
    List<RankingRow> rows = new ArrayList<>();
    for (UnitResult unit : results.units()) {
      if (!unit.groupCode().equals(groupCode)) {
        continue;
      }
      unit.node(nodeCode)
          .ifPresent(
              node -> {
                RatingClass ratingClass =
                    node.classCode() == null ? null : classes.get(node.classCode());
                rows.add(
                    new RankingRow(
                        unit.unitCode(),
                        unit.name().in(language),
                        node.rank(),
                        node.score(),
                        node.max(),
                        node.percent(),
                        node.classCode(),
                        ratingClass == null ? null : ratingClass.name().in(language),
                        node.change(),
                        node.previousRank(),
                        node.uncertainty(),
                        whatIfRanks.get(unit.unitCode())));
              });
    }
    rows.sort(
        Comparator.comparing(RankingRow::rank, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(RankingRow::unitCode));
    return rows;
  }

  /**
   * Every unit's rank at the node, or null where it has none: read once, instead of searching the
   * units for each row.
   */
  private static Map<String, Integer> ranksAt(CycleResults results, String nodeCode) {
    Map<String, Integer> ranks = new HashMap<>();
    for (UnitResult unit : results.units()) {
      unit.node(nodeCode).ifPresent(node -> ranks.put(unit.unitCode(), node.rank()));
    }
    return ranks;
  }

  public boolean isRanked() {
    return rank != null;
  }

  /** The move against the previous year: ▲n, ▼n, = or null for a unit ranked for the first time. */
  public String changeMark() {
    if (!isRanked() || change == null) {
      return null;
    }
    return mark(change);
  }

  /** The 5th to 95th percentile rank, such as "3–7". */
  public String intervalText() {
    return interval == null ? "" : interval.q5() + "–" + interval.q95();
  }

  /** How many places the unit moves under the changed weights: ▲n, ▼n, = or empty. */
  public String whatIfMoveMark() {
    return rank == null || whatIfRank == null ? "" : mark(rank - whatIfRank);
  }

  private static String mark(int move) {
    return move > 0 ? "▲" + move : move < 0 ? "▼" + (-move) : "=";
  }
}
