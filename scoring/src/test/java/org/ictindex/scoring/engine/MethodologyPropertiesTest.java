package org.ictindex.scoring.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.ictindex.scoring.model.ComputedNodeResults;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.CycleResults;
import org.ictindex.scoring.model.Framework;
import org.ictindex.scoring.model.Node;
import org.ictindex.scoring.model.NodeResult;
import org.ictindex.scoring.model.Unit;
import org.ictindex.scoring.model.UnitResult;

/** Properties of the methodology that hold for every framework and every set of values. */
class MethodologyPropertiesTest {

  @Property(tries = 400)
  void engineAgreesWithTheExactReferenceToTheLastDigit(@ForAll long seed) {
    CyclePackage cycle = RandomCycles.any(seed);
    CycleResults results = Methodology.compute(cycle, null);
    Map<String, Map<String, ReferenceMethodology.Figures>> reference =
        ReferenceMethodology.compute(cycle);

    for (UnitResult unit : results.units()) {
      Map<String, ReferenceMethodology.Figures> expected = reference.get(unit.unitCode());
      assertThat(unit.nodes())
          .extracting(NodeResult::code)
          .containsExactlyInAnyOrderElementsOf(expected.keySet());
      for (NodeResult node : unit.nodes()) {
        assertThat(figures(node))
            .as(unit.unitCode() + " at " + node.code())
            .isEqualTo(expected.get(node.code()));
      }
    }
  }

  @Property(tries = 150)
  void rankIsOneMoreThanTheNumberOfStrictlyHigherScoresWhateverTheUnitOrder(@ForAll long seed) {
    CyclePackage cycle = RandomCycles.any(seed);
    CycleResults results = Methodology.compute(cycle, null);
    List<Unit> shuffled = new ArrayList<>(cycle.units());
    Collections.shuffle(shuffled, new Random(seed));
    CycleResults reordered =
        Methodology.compute(new CyclePackage(cycle.framework(), shuffled, cycle.values()), null);

    for (UnitResult unit : results.units()) {
      for (NodeResult node : unit.nodes()) {
        assertThat(rankAt(reordered, unit.unitCode(), node.code())).isEqualTo(node.rank());
        if (node.isRanked()) {
          long higher =
              results.units().stream()
                  .filter(other -> other.groupCode().equals(unit.groupCode()))
                  .map(other -> other.node(node.code()).orElseThrow().score())
                  .filter(score -> score != null && score.compareTo(node.score()) > 0)
                  .count();
          assertThat(node.rank()).isEqualTo(higher + 1);
        }
      }
    }
  }

  @Property(tries = 100)
  void multiplyingEveryWeightBySameFactorChangesNoRank(
      @ForAll long seed, @ForAll @IntRange(min = 2, max = 10) int factor) {
    // Every leaf sits at the same depth, so every node's score scales by the same power of the
    // factor for every unit, and the scores are exact decimals, so rounding creates no new tie.
    CyclePackage cycle = RandomCycles.balanced(seed);
    Framework framework = cycle.framework();
    Framework scaled =
        new Framework(
            framework.code(),
            framework.year(),
            framework.name(),
            framework.missing(),
            framework.groups(),
            framework.classes(),
            framework.nodes().stream()
                .map(node -> scaleWeights(node, BigDecimal.valueOf(factor)))
                .toList());

    Map<String, Integer> before = allRanks(Methodology.compute(cycle, null));
    Map<String, Integer> after =
        allRanks(
            Methodology.compute(new CyclePackage(scaled, cycle.units(), cycle.values()), null));

    assertThat(after).isEqualTo(before);
  }

  @Property(tries = 150)
  void removingAUnitNeverWorsensAnotherUnitsRank(@ForAll long seed) {
    CyclePackage cycle = RandomCycles.any(seed);
    String removed = cycle.units().get(new Random(seed).nextInt(cycle.units().size())).code();
    CyclePackage without =
        new CyclePackage(
            cycle.framework(),
            cycle.units().stream().filter(unit -> !unit.code().equals(removed)).toList(),
            cycle.values().stream().filter(value -> !value.unitCode().equals(removed)).toList());

    Map<String, Integer> before = allRanks(Methodology.compute(cycle, null));
    Map<String, Integer> after = allRanks(Methodology.compute(without, null));

    after.forEach(
        (unitAndNode, rank) -> {
          if (rank != null) {
            assertThat(rank).as(unitAndNode).isLessThanOrEqualTo(before.get(unitAndNode));
          }
        });
  }

  @Property(tries = 40)
  void nodeResultsAreMadeWhenReadTheSameAtEveryRead(@ForAll long seed) {
    CyclePackage cycle = RandomCycles.any(seed);
    CycleResults computed = Methodology.compute(cycle, null);
    CycleResults withIntervals = RankUncertainty.withIntervals(cycle, computed, 5, 0.3, seed);

    for (CycleResults results : List.of(computed, withIntervals)) {
      for (UnitResult unit : results.units()) {
        assertThat(unit.nodes())
            .isInstanceOf(ComputedNodeResults.class)
            .isEqualTo(List.copyOf(unit.nodes()));
      }
    }
  }

  @Property(tries = 40)
  void uncertaintyIsReproducibleForASeed(@ForAll long seed) {
    CyclePackage cycle = RandomCycles.any(seed);
    CycleResults results = Methodology.compute(cycle, null);

    CycleResults first = RankUncertainty.withIntervals(cycle, results, 30, 0.3, seed);
    CycleResults second = RankUncertainty.withIntervals(cycle, results, 30, 0.3, seed);

    assertThat(second).isEqualTo(first);
  }

  @Property(tries = 40)
  void uncertaintyWithoutSpreadIsTheRankItself(@ForAll long seed) {
    CyclePackage cycle = RandomCycles.any(seed);
    CycleResults results =
        RankUncertainty.withIntervals(cycle, Methodology.compute(cycle, null), 5, 0, seed);

    for (UnitResult unit : results.units()) {
      for (NodeResult node : unit.nodes()) {
        if (node.isRanked()) {
          assertThat(node.uncertainty().median()).isEqualTo(node.rank());
          assertThat(node.uncertainty().q5()).isEqualTo(node.rank());
          assertThat(node.uncertainty().q95()).isEqualTo(node.rank());
        } else {
          assertThat(node.uncertainty()).isNull();
        }
      }
    }
  }

  private static ReferenceMethodology.Figures figures(NodeResult node) {
    return new ReferenceMethodology.Figures(
        node.score(), node.max(), node.percent(), node.rank(), node.of(), node.classCode());
  }

  private static Integer rankAt(CycleResults results, String unit, String node) {
    return results.unit(unit).orElseThrow().node(node).orElseThrow().rank();
  }

  private static Map<String, Integer> allRanks(CycleResults results) {
    Map<String, Integer> ranks = new HashMap<>();
    for (UnitResult unit : results.units()) {
      for (NodeResult node : unit.nodes()) {
        ranks.put(unit.unitCode() + " at " + node.code(), node.rank());
      }
    }
    return ranks;
  }

  private static Node scaleWeights(Node node, BigDecimal factor) {
    return new Node(
        node.code(),
        node.name(),
        node.weight().multiply(factor),
        node.appliesTo(),
        node.unit(),
        node.rule(),
        node.children().stream().map(child -> scaleWeights(child, factor)).toList());
  }
}
