package org.ictindex.admin.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.ictindex.domain.testing.TestPackages.unit;

import java.math.BigDecimal;
import java.util.List;
import org.ictindex.domain.testing.TestPackages;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.Framework;
import org.ictindex.scoring.model.Node;
import org.ictindex.scoring.pkg.ModelValidation;
import org.ictindex.scoring.pkg.Problem;
import org.junit.jupiter.api.Test;

class EditableNodeTest {

  private static final CyclePackage YEAR = TestPackages.provinces(2399, unit("50", "1", "6", "10"));

  private static EditableNode top(String code) {
    Node node = YEAR.framework().node(code).orElseThrow();
    return EditableNode.of(node);
  }

  @Test
  void theWorkingCopyGivesBackTheSameNodes() {
    for (Node node : YEAR.framework().nodes()) {
      assertThat(EditableNode.of(node).toModel()).isEqualTo(node);
    }
  }

  @Test
  void maximumPointsFollowRulesAndWeightsAsTheMethodologySays() {
    EditableNode ht = top("HT");
    // HT.1 linear 10 points, HT.2 boolean 5 points.
    assertThat(ht.getMaxPoints()).isEqualByComparingTo("15");

    EditableNode first = ht.getChildren().get(0);
    first.setWeight(new BigDecimal("3"));
    assertThat(ht.getMaxPoints()).isEqualByComparingTo("35");

    first.setRuleType(EditableNode.BANDS);
    first.getBands().clear();
    first.addBand();
    first.getBands().get(0).setFrom(BigDecimal.ZERO);
    first.getBands().get(0).setPoints(new BigDecimal("2"));
    first.addBand();
    first.getBands().get(1).setFrom(BigDecimal.TEN);
    first.getBands().get(1).setPoints(new BigDecimal("7"));
    assertThat(first.getMaxPoints()).isEqualByComparingTo("7");
    assertThat(ht.getMaxPoints()).isEqualByComparingTo("26");

    first.setWeight(null);
    assertThat(ht.getMaxPoints()).as("unknown while a weight is being typed").isNull();
  }

  @Test
  void aNodeGivenAChildBecomesACriterionWithoutARule() {
    EditableNode leaf = top("HT").getChildren().get(1);
    leaf.add(EditableNode.fresh("HT.2.1"));

    Node model = leaf.toModel();

    assertThat(model.isLeaf()).isFalse();
    assertThat(model.children()).extracting(Node::code).containsExactly("HT.2.1");
  }

  @Test
  void problemsAreFoundAsTheImporterFindsThemAndTaggedWithTheirNode() {
    EditableNode ht = top("HT");
    ht.getChildren().get(1).setWeight(new BigDecimal("-1"));
    EditableNode nl = top("NL");
    nl.getChildren().get(0).setNameVi(" ");
    Framework old = YEAR.framework();
    Framework changed =
        new Framework(
            old.code(),
            old.year(),
            old.name(),
            old.missing(),
            old.groups(),
            old.classes(),
            List.of(ht.toModel(), nl.toModel()));

    List<Problem> problems =
        ModelValidation.validate(new CyclePackage(changed, YEAR.units(), YEAR.values()));

    assertThat(problems)
        .filteredOn(problem -> problem.concern() == Problem.Concern.NODE)
        .extracting(Problem::code)
        .contains("HT.2", "NL.1");
    assertThat(problems)
        .filteredOn(problem -> "HT.2".equals(problem.code()))
        .extracting(Problem::messageVi)
        .anyMatch(message -> message.contains("không được âm"));
  }

  @Test
  void anEmptyNumberIsRefusedAsTheImporterRefusesANullOne() {
    EditableNode ht = top("HT");
    ht.getChildren().get(0).setPoints(null);
    Framework old = YEAR.framework();
    Framework changed =
        new Framework(
            old.code(),
            old.year(),
            old.name(),
            old.missing(),
            old.groups(),
            old.classes(),
            List.of(ht.toModel(), top("NL").toModel()));

    assertThat(ModelValidation.validate(changed))
        .extracting(Problem::code, Problem::field, Problem::messageEn)
        .containsExactly(tuple("HT.1", "rule/points", "\"points\" must be a number, not null."));
  }

  @Test
  void aValidCopyHasNoErrors() {
    assertThat(ModelValidation.validate(YEAR)).isEmpty();
  }
}
