package org.ictindex.scoring.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.IndicatorValue;
import org.ictindex.scoring.model.MissingPolicy;
import org.ictindex.scoring.model.Node;
import org.ictindex.scoring.model.RatingClass;
import org.ictindex.scoring.model.Rule;
import org.ictindex.scoring.model.Unit;

/**
 * Methodology §2–§5 written as plainly as possible, recursively over the tree with exact decimal
 * quotients (BigDecimal numerator and denominator, divided only when rounding), to check the engine
 * against. It shares no code with the engine.
 */
final class ReferenceMethodology {

  /** The figures of one unit at one node, as the methodology defines them. */
  record Figures(
      BigDecimal score,
      BigDecimal max,
      BigDecimal percent,
      Integer rank,
      Integer of,
      String classCode) {}

  private record Exact(BigDecimal numerator, BigDecimal denominator) {
    static Exact of(BigDecimal value) {
      return new Exact(value, BigDecimal.ONE);
    }

    Exact plus(Exact other) {
      return new Exact(
          numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
          denominator.multiply(other.denominator));
    }

    Exact times(BigDecimal factor) {
      return new Exact(numerator.multiply(factor), denominator);
    }

    int signum() {
      return numerator.signum() * denominator.signum();
    }

    BigDecimal rounded() {
      return numerator.divide(denominator, 4, RoundingMode.HALF_UP);
    }
  }

  private final CyclePackage cycle;
  private final Map<String, BigDecimal> values = new HashMap<>();

  private ReferenceMethodology(CyclePackage cycle) {
    this.cycle = cycle;
    for (IndicatorValue value : cycle.values()) {
      values.put(value.unitCode() + "/" + value.indicatorCode(), value.value());
    }
  }

  /** The figures of every unit at every node that exists for it, by unit code and node code. */
  static Map<String, Map<String, Figures>> compute(CyclePackage cycle) {
    return new ReferenceMethodology(cycle).compute();
  }

  private Map<String, Map<String, Figures>> compute() {
    Map<String, Map<String, Optional<BigDecimal>>> scores = new HashMap<>();
    Map<String, Map<String, Exact>> unrounded = new HashMap<>();
    Map<String, Map<String, BigDecimal>> maxima = new HashMap<>();
    for (Unit unit : cycle.units()) {
      Map<String, Exact> unitScores = new HashMap<>();
      Map<String, BigDecimal> unitMaxima = new HashMap<>();
      Node total =
          new Node(
              Node.TOTAL,
              null,
              BigDecimal.ONE,
              java.util.Set.of(),
              null,
              null,
              cycle.framework().nodes());
      score(total, unit, unitScores, unitMaxima);
      Map<String, Optional<BigDecimal>> rounded = new HashMap<>();
      unitMaxima
          .keySet()
          .forEach(
              code ->
                  rounded.put(code, Optional.ofNullable(unitScores.get(code)).map(Exact::rounded)));
      scores.put(unit.code(), rounded);
      unrounded.put(unit.code(), unitScores);
      maxima.put(unit.code(), unitMaxima);
    }

    Map<String, Map<String, Figures>> figures = new HashMap<>();
    for (Unit unit : cycle.units()) {
      Map<String, Figures> byNode = new HashMap<>();
      for (String node : maxima.get(unit.code()).keySet()) {
        BigDecimal max = maxima.get(unit.code()).get(node);
        Exact score = unrounded.get(unit.code()).get(node);
        BigDecimal rounded = score == null ? null : score.rounded();
        BigDecimal percent =
            score == null || max.signum() == 0
                ? null
                : new Exact(
                        score.numerator.multiply(BigDecimal.valueOf(100)),
                        score.denominator.multiply(max))
                    .rounded();
        Integer rank = null;
        Integer of = null;
        if (rounded != null) {
          int higher = 0;
          int ranked = 0;
          for (Unit other : cycle.units()) {
            if (!other.groupCode().equals(unit.groupCode())) {
              continue;
            }
            Optional<BigDecimal> otherScore =
                scores.get(other.code()).getOrDefault(node, Optional.empty());
            if (otherScore.isPresent()) {
              ranked++;
              if (otherScore.get().compareTo(rounded) > 0) {
                higher++;
              }
            }
          }
          rank = higher + 1;
          of = ranked;
        }
        byNode.put(
            node,
            new Figures(
                rounded,
                max.setScale(4, RoundingMode.HALF_UP),
                percent,
                rank,
                of,
                percent == null ? null : classOf(percent)));
      }
      figures.put(unit.code(), byNode);
    }
    return figures;
  }

  /** Records the unrounded score (absent when incomplete) and the maximum of the node and below. */
  private Exact score(
      Node node, Unit unit, Map<String, Exact> scores, Map<String, BigDecimal> maxima) {
    Exact score;
    BigDecimal max;
    if (node.isLeaf()) {
      BigDecimal value = values.get(unit.code() + "/" + node.code());
      max = node.rule().maxPoints();
      if (value == null) {
        score =
            cycle.framework().missing() == MissingPolicy.ZERO ? Exact.of(BigDecimal.ZERO) : null;
      } else {
        score = points(node.rule(), value);
      }
    } else {
      score = Exact.of(BigDecimal.ZERO);
      max = BigDecimal.ZERO;
      boolean complete = true;
      for (Node child : node.children()) {
        if (!child.appliesTo(unit.groupCode())) {
          continue;
        }
        Exact childScore = score(child, unit, scores, maxima);
        BigDecimal weight = child.weight();
        max = max.add(weight.multiply(maxima.get(child.code())));
        if (childScore == null) {
          complete = false;
        } else {
          score = score.plus(childScore.times(weight));
        }
      }
      if (!complete) {
        score = null;
      }
    }
    maxima.put(node.code(), max);
    if (score != null) {
      scores.put(node.code(), score);
    }
    return score;
  }

  private static Exact points(Rule rule, BigDecimal value) {
    return rule.match(
        linear -> linearPoints(linear, value),
        bands -> bandPoints(bands, value),
        bool -> Exact.of(bool.points().multiply(value)));
  }

  private static Exact linearPoints(Rule.Linear linear, BigDecimal value) {
    Exact share = new Exact(value.subtract(linear.min()), linear.max().subtract(linear.min()));
    if (share.signum() <= 0) {
      return Exact.of(BigDecimal.ZERO);
    }
    if (share.plus(Exact.of(BigDecimal.ONE.negate())).signum() >= 0) {
      return Exact.of(linear.points());
    }
    return share.times(linear.points());
  }

  private static Exact bandPoints(Rule.Bands bands, BigDecimal value) {
    BigDecimal points = BigDecimal.ZERO;
    for (Rule.Band band : bands.bands()) {
      if (band.from().compareTo(value) <= 0) {
        points = band.points();
      }
    }
    return Exact.of(points);
  }

  private String classOf(BigDecimal percent) {
    List<RatingClass> classes = cycle.framework().classes();
    RatingClass best = null;
    for (RatingClass rating : classes) {
      if (percent.compareTo(rating.minPercent()) >= 0
          && (best == null || rating.minPercent().compareTo(best.minPercent()) > 0)) {
        best = rating;
      }
    }
    return best == null ? null : best.code();
  }
}
