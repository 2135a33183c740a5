package org.ictindex.scoring.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.Framework;
import org.ictindex.scoring.model.IndicatorValue;
import org.ictindex.scoring.model.LocalizedText;
import org.ictindex.scoring.model.MissingPolicy;
import org.ictindex.scoring.model.Node;
import org.ictindex.scoring.model.RatingClass;
import org.ictindex.scoring.model.Rule;
import org.ictindex.scoring.model.Unit;
import org.ictindex.scoring.model.UnitGroup;

/**
 * Synthetic, seeded cycle packages of any size for the benchmarks: a balanced tree with the given
 * number of children per level, the three groups, a mix of every rule, values with one decimal and
 * about 1 % missing, and one top-level node that applies to provinces only.
 */
final class SyntheticCycles {

  private static final List<String> GROUPS = List.of("MINISTRY", "GOV_AGENCY", "PROVINCE");
  private static final String[] WEIGHTS = {"1", "0.5", "2", "1.5"};

  private final int year;
  private final SplittableRandom random;
  private final int[] childrenPerLevel;
  private final List<Rule> rules = new ArrayList<>();
  private int nextCode;

  private SyntheticCycles(int year, long seed, int[] childrenPerLevel) {
    this.year = year;
    this.random = new SplittableRandom(seed);
    this.childrenPerLevel = childrenPerLevel;
  }

  /**
   * A package with {@code units} units; the indicators number the product of {@code
   * childrenPerLevel}, and the tree has as many levels below TOTAL as it has entries.
   */
  static CyclePackage generate(int units, long seed, int... childrenPerLevel) {
    return generate(units, 2024, seed, childrenPerLevel);
  }

  /** The same, for the given year. */
  static CyclePackage generate(int units, int year, long seed, int... childrenPerLevel) {
    return new SyntheticCycles(year, seed, childrenPerLevel).cycle(units);
  }

  private CyclePackage cycle(int unitCount) {
    List<Node> topLevel = new ArrayList<>();
    for (int index = 0; index < childrenPerLevel[0]; index++) {
      Set<String> appliesTo = index == 0 ? Set.of("PROVINCE") : Set.of();
      topLevel.add(node(1, appliesTo));
    }
    Framework framework =
        new Framework(
            "SYNTHETIC",
            year,
            LocalizedText.of("Tổng hợp", "Synthetic"),
            MissingPolicy.EXCLUDE,
            GROUPS.stream().map(code -> new UnitGroup(code, LocalizedText.of(code, code))).toList(),
            List.of(rating("TOT", 80), rating("KHA", 65), rating("TB", 50), rating("YEU", 0)),
            topLevel);
    List<Node> indicators = framework.indicators();
    List<Unit> units = new ArrayList<>(unitCount);
    List<IndicatorValue> values = new ArrayList<>(unitCount * indicators.size());
    for (int unit = 0; unit < unitCount; unit++) {
      String code = "U" + unit;
      units.add(new Unit(code, GROUPS.get(unit % 3), LocalizedText.of(code, code), List.of()));
      for (int column = 0; column < indicators.size(); column++) {
        BigDecimal value = random.nextInt(100) == 0 ? null : value(rules.get(column));
        values.add(new IndicatorValue(code, indicators.get(column).code(), value, ""));
      }
    }
    return new CyclePackage(framework, units, values);
  }

  private Node node(int depth, Set<String> appliesTo) {
    String code = "N" + nextCode++;
    BigDecimal weight = new BigDecimal(WEIGHTS[random.nextInt(WEIGHTS.length)]);
    if (depth == childrenPerLevel.length) {
      Rule rule = rule(rules.size());
      rules.add(rule);
      return new Node(code, LocalizedText.of(code, code), weight, appliesTo, null, rule, List.of());
    }
    List<Node> children = new ArrayList<>();
    for (int index = 0; index < childrenPerLevel[depth]; index++) {
      children.add(node(depth + 1, Set.of()));
    }
    return new Node(code, LocalizedText.of(code, code), weight, appliesTo, null, null, children);
  }

  private static Rule rule(int column) {
    return switch (column % 4) {
      case 0 -> new Rule.Linear(BigDecimal.ZERO, BigDecimal.valueOf(100), BigDecimal.TEN);
      case 1 -> new Rule.Bands(List.of(band(0, 0), band(10, 2), band(50, 5), band(100, 10)));
      case 2 -> new Rule.Bool(BigDecimal.valueOf(5));
      default -> new Rule.Linear(BigDecimal.valueOf(30), BigDecimal.ONE, BigDecimal.valueOf(5));
    };
  }

  private BigDecimal value(Rule rule) {
    if (rule.takesYesOrNo()) {
      return BigDecimal.valueOf(random.nextInt(2));
    }
    return BigDecimal.valueOf(random.nextInt(1500), 1);
  }

  private static Rule.Band band(int from, int points) {
    return new Rule.Band(BigDecimal.valueOf(from), BigDecimal.valueOf(points));
  }

  private static RatingClass rating(String code, int minPercent) {
    return new RatingClass(code, LocalizedText.of(code, code), BigDecimal.valueOf(minPercent));
  }
}
