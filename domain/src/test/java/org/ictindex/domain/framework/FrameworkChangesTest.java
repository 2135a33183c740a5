package org.ictindex.domain.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.ictindex.scoring.model.Framework;
import org.ictindex.scoring.model.IndicatorValue;
import org.ictindex.scoring.model.LocalizedText;
import org.ictindex.scoring.model.MissingPolicy;
import org.ictindex.scoring.model.Node;
import org.ictindex.scoring.model.RatingClass;
import org.ictindex.scoring.model.Rule;
import org.ictindex.scoring.model.Unit;
import org.ictindex.scoring.model.UnitGroup;
import org.junit.jupiter.api.Test;

class FrameworkChangesTest {

  private static final List<UnitGroup> GROUPS =
      List.of(
          new UnitGroup("MINISTRY", LocalizedText.of("Bộ", "Ministries")),
          new UnitGroup("PROVINCE", LocalizedText.of("Tỉnh", "Provinces")));

  private static Node leaf(String code, String weight, Set<String> appliesTo, Rule rule) {
    return new Node(
        code,
        LocalizedText.of("Chỉ tiêu " + code, null),
        new BigDecimal(weight),
        appliesTo,
        null,
        rule,
        List.of());
  }

  private static Node inner(String code, Node... children) {
    return new Node(
        code,
        LocalizedText.of("Nhóm " + code, null),
        BigDecimal.ONE,
        Set.of(),
        null,
        null,
        List.of(children));
  }

  private static Framework framework(List<RatingClass> classes, Node... nodes) {
    return new Framework(
        "F",
        2301,
        LocalizedText.of("Khung", null),
        MissingPolicy.EXCLUDE,
        GROUPS,
        classes,
        List.of(nodes));
  }

  private static final List<RatingClass> CLASSES =
      List.of(new RatingClass("TOT", LocalizedText.of("Tốt", "Good"), BigDecimal.ZERO));

  private static final Rule TEN = new Rule.Bool(BigDecimal.TEN);

  @Test
  void noChangeGivesAnEmptyList() {
    Framework framework = framework(CLASSES, inner("I1", leaf("I1.1", "1", Set.of(), TEN)));
    assertThat(FrameworkChanges.between(framework, framework)).isEmpty();
  }

  @Test
  void namesWeightsAddedRemovedAndMovedNodesInWords() {
    Framework before =
        framework(
            CLASSES,
            inner("I1", leaf("I1.1", "1", Set.of(), TEN), leaf("I1.2", "1", Set.of(), TEN)),
            inner("I2", leaf("I2.1", "1", Set.of(), TEN)));
    Framework after =
        framework(
            CLASSES,
            inner(
                "I1",
                leaf("I1.2", "2", Set.of("PROVINCE"), TEN),
                leaf(
                    "I3.4",
                    "1",
                    Set.of(),
                    new Rule.Linear(BigDecimal.ZERO, new BigDecimal("100"), BigDecimal.TEN))),
            inner("I2", leaf("I1.1", "1.50", Set.of(), TEN)));

    assertThat(FrameworkChanges.between(before, after))
        .containsExactly(
            "I1.2 trọng số 1 → 2",
            "I1.2 áp dụng cho mọi nhóm → PROVINCE",
            "I1.2 thứ tự 2 → 1",
            "thêm I3.4",
            "I1.1 trọng số 1 → 1.5",
            "I1.1 nút cha I1 → I2",
            "xóa I2.1");
  }

  @Test
  void rulesClassesAndPolicyInWords() {
    Framework before = framework(CLASSES, leaf("A", "1", Set.of(), TEN));
    Framework after =
        new Framework(
            "F",
            2301,
            LocalizedText.of("Khung", null),
            MissingPolicy.ZERO,
            GROUPS,
            List.of(
                new RatingClass("TOT", LocalizedText.of("Giỏi", "Good"), new BigDecimal("0.0")),
                new RatingClass("KHA", LocalizedText.of("Khá", null), new BigDecimal("50"))),
            List.of(
                leaf(
                    "A",
                    "1",
                    Set.of(),
                    new Rule.Bands(
                        List.of(
                            new Rule.Band(BigDecimal.ZERO, BigDecimal.ONE),
                            new Rule.Band(BigDecimal.TEN, new BigDecimal("5")))))));

    assertThat(FrameworkChanges.between(before, after))
        .containsExactly(
            "khung xử lý giá trị thiếu exclude → zero",
            "xếp loại TOT tên Tốt → Giỏi",
            "thêm xếp loại KHA",
            "A quy tắc \"có/không → 10 điểm\" → \"theo bậc: từ 0 → 1; từ 10 → 5\"");
  }

  @Test
  void valuesOfGoneIndicatorsUnitsAndGroupsAreOrphans() {
    Framework framework =
        framework(
            CLASSES,
            inner(
                "I1",
                leaf("I1.1", "1", Set.of("PROVINCE"), TEN),
                leaf("I1.2", "1", Set.of(), TEN)));
    List<Unit> units =
        List.of(
            new Unit("BO_A", "MINISTRY", LocalizedText.of("Bộ A", null), List.of()),
            new Unit("TINH_B", "PROVINCE", LocalizedText.of("Tỉnh B", null), List.of()));
    IndicatorValue kept = new IndicatorValue("TINH_B", "I1.1", BigDecimal.ONE, "");
    IndicatorValue notForMinistries = new IndicatorValue("BO_A", "I1.1", BigDecimal.ONE, "");
    IndicatorValue goneIndicator = new IndicatorValue("BO_A", "I9", BigDecimal.ONE, "");
    IndicatorValue goneUnit = new IndicatorValue("BO_Z", "I1.2", BigDecimal.ONE, "");

    assertThat(
            ApplicableIndicators.orphans(
                framework, units, List.of(kept, notForMinistries, goneIndicator, goneUnit)))
        .containsExactly(notForMinistries, goneIndicator, goneUnit);
    assertThat(framework.indicatorsFor("MINISTRY")).extracting(Node::code).containsExactly("I1.2");
  }

  @Test
  void unitChangesInWords() {
    List<Unit> before =
        List.of(
            new Unit("BO_A", "MINISTRY", LocalizedText.of("Bộ A", null), List.of()),
            new Unit("TINH_B", "PROVINCE", LocalizedText.of("Tỉnh B", null), List.of()));
    List<Unit> after =
        List.of(
            new Unit("BO_A", "PROVINCE", LocalizedText.of("Bộ A mới", null), List.of("BO_X")),
            new Unit("BO_C", "MINISTRY", LocalizedText.of("Bộ C", null), List.of()));

    assertThat(UnitChanges.between(GROUPS, before, GROUPS.subList(0, 1), after))
        .containsExactly(
            "xóa nhóm PROVINCE",
            "BO_A tên Bộ A → Bộ A mới",
            "BO_A nhóm MINISTRY → PROVINCE",
            "BO_A đơn vị tiền thân (trống) → BO_X",
            "thêm BO_C",
            "xóa TINH_B");
  }
}
