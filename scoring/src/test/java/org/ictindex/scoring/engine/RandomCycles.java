package org.ictindex.scoring.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.Framework;
import org.ictindex.scoring.model.IndicatorValue;
import org.ictindex.scoring.model.LocalizedText;
import org.ictindex.scoring.model.MissingPolicy;
import org.ictindex.scoring.model.Node;
import org.ictindex.scoring.model.Rule;
import org.ictindex.scoring.model.Unit;
import org.ictindex.scoring.model.UnitGroup;

/**
 * Random cycle packages for property tests, reproducible from a seed. Values and weights are short
 * decimals chosen so that many scores and percents fall exactly on a half at the 5th decimal, or
 * are non-terminating quotients, where a double computation would round the wrong way.
 */
final class RandomCycles {

  private static final List<String> GROUPS =
      List.of(TestCycle.MINISTRY, TestCycle.AGENCY, TestCycle.PROVINCE);
  private static final String[] WEIGHTS = {
    "1", "1", "0.5", "2", "0.25", "1.5", "0.3333", "3", "0.1", "0", "0.00005", "0.7"
  };
  private static final String[] BALANCED_WEIGHTS = {"1", "0.5", "2", "1.5", "3", "0.1"};

  private final Random random;
  private final boolean balanced;
  private int nextCode;

  private RandomCycles(long seed, boolean balanced) {
    this.random = new Random(seed);
    this.balanced = balanced;
  }

  /** Any shape of tree, any rule, both missing policies; values hit rounding boundaries often. */
  static CyclePackage any(long seed) {
    return new RandomCycles(seed, false).cycle();
  }

  /**
   * A tree whose leaves all sit at depth 3, with weights of one decimal and points that are whole
   * numbers, so that every score is an exact decimal of at most 4 places.
   */
  static CyclePackage balanced(long seed) {
    return new RandomCycles(seed, true).cycle();
  }

  private CyclePackage cycle() {
    List<Node> topLevel = new ArrayList<>();
    int count = 1 + random.nextInt(3);
    for (int index = 0; index < count; index++) {
      topLevel.add(node(1));
    }
    Framework framework =
        new Framework(
            "RANDOM",
            2024,
            LocalizedText.of("Ngẫu nhiên", "Random"),
            random.nextInt(3) == 0 ? MissingPolicy.ZERO : MissingPolicy.EXCLUDE,
            GROUPS.stream().map(code -> new UnitGroup(code, LocalizedText.of(code, code))).toList(),
            TestCycle.CLASSES,
            topLevel);

    List<Unit> units = new ArrayList<>();
    List<IndicatorValue> values = new ArrayList<>();
    int unitCount = 1 + random.nextInt(12);
    for (int index = 0; index < unitCount; index++) {
      String code = "U" + index;
      units.add(
          new Unit(code, GROUPS.get(random.nextInt(2)), LocalizedText.of(code, code), List.of()));
      for (Node indicator : framework.indicators()) {
        if (random.nextInt(12) == 0) {
          continue;
        }
        values.add(new IndicatorValue(code, indicator.code(), value(indicator.rule()), ""));
      }
    }
    return new CyclePackage(framework, units, values);
  }

  private Node node(int depth) {
    String code = "N" + nextCode++;
    String weight = pick(balanced ? BALANCED_WEIGHTS : WEIGHTS);
    Set<String> appliesTo =
        random.nextInt(6) == 0 ? Set.of(GROUPS.get(random.nextInt(2))) : Set.of();
    boolean leaf = balanced ? depth == 3 : depth == 4 || random.nextInt(3) == 0;
    if (leaf) {
      return new Node(
          code,
          LocalizedText.of(code, code),
          new BigDecimal(weight),
          appliesTo,
          null,
          rule(),
          List.of());
    }
    List<Node> children = new ArrayList<>();
    int count = 1 + random.nextInt(4);
    for (int index = 0; index < count; index++) {
      children.add(node(depth + 1));
    }
    return new Node(
        code,
        LocalizedText.of(code, code),
        new BigDecimal(weight),
        appliesTo,
        null,
        null,
        children);
  }

  private Rule rule() {
    if (balanced) {
      return switch (random.nextInt(3)) {
        case 0 -> new Rule.Linear(BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.TEN);
        case 1 -> new Rule.Bands(List.of(band("0", "1"), band("5", "3"), band("8", "7")));
        default -> new Rule.Bool(BigDecimal.valueOf(1 + random.nextInt(9)));
      };
    }
    return switch (random.nextInt(5)) {
      case 0 -> new Rule.Linear(BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE);
      case 1 ->
          new Rule.Linear(
              BigDecimal.ZERO, new BigDecimal(pick("3", "7", "0.3", "100")), decimal(3));
      case 2 -> new Rule.Linear(new BigDecimal("12.5"), new BigDecimal("2"), decimal(2));
      case 3 ->
          new Rule.Bands(List.of(band("0", "0.00005"), band("0.5", "1.23455"), band("0.75", "2")));
      default -> new Rule.Bool(decimal(5));
    };
  }

  private BigDecimal value(Rule rule) {
    if (rule.takesYesOrNo()) {
      return BigDecimal.valueOf(random.nextInt(2));
    }
    if (balanced) {
      return BigDecimal.valueOf(random.nextInt(12));
    }
    return switch (random.nextInt(4)) {
      case 0 -> BigDecimal.valueOf(random.nextInt(200_000) - 50_000, 5);
      case 1 -> BigDecimal.valueOf(random.nextInt(20) * 10 + 5, 5);
      case 2 -> BigDecimal.valueOf(random.nextInt(140), 1);
      default -> BigDecimal.valueOf(random.nextInt(3));
    };
  }

  /** A positive decimal with up to {@code scale} decimals, sometimes ending in 5. */
  private BigDecimal decimal(int scale) {
    return BigDecimal.valueOf(1 + random.nextInt(99_999), scale + random.nextInt(2));
  }

  private static Rule.Band band(String from, String points) {
    return new Rule.Band(new BigDecimal(from), new BigDecimal(points));
  }

  private String pick(String... choices) {
    return choices[random.nextInt(choices.length)];
  }
}
