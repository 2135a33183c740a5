package org.ictindex.scoring.pkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.ictindex.scoring.pkg.SamplePackage.assertOnlyError;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.Framework;
import org.ictindex.scoring.model.IndicatorValue;
import org.ictindex.scoring.model.LocalizedText;
import org.ictindex.scoring.model.Node;
import org.ictindex.scoring.model.RatingClass;
import org.ictindex.scoring.model.Unit;
import org.ictindex.scoring.model.UnitGroup;
import org.ictindex.scoring.pkg.ModelValidation.PreviousYear;
import org.ictindex.scoring.pkg.Problem.Concern;
import org.ictindex.scoring.pkg.Problem.Kind;
import org.junit.jupiter.api.Test;

/**
 * The rules of a package checked on the model, without any file: each problem names what it
 * concerns, so that a screen can show it there, with the messages a file's reader gives.
 */
class ModelValidationTest {

  private final CyclePackage sample = SamplePackage.valid();

  @Test
  void theSamplePackageAndItsFrameworkHaveNoProblem() {
    assertThat(ModelValidation.validate(sample)).isEmpty();
    assertThat(ModelValidation.validate(sample.framework())).isEmpty();
  }

  @Test
  void aNegativeWeightConcernsItsNode() {
    Framework framework = withNode(sample.framework(), "HT.2", node -> weighted(node, "-1"));

    assertThat(ModelValidation.validate(framework))
        .extracting(Problem::concern, Problem::kind, Problem::code, Problem::field)
        .containsExactly(tuple(Concern.NODE, Kind.NEGATIVE_WEIGHT, "HT.2", "weight"));
    assertThat(ModelValidation.validate(framework).get(0).message("vi"))
        .isEqualTo("Trọng số \"weight\" không được âm.");
  }

  @Test
  void aRepeatedNodeCodeConcernsTheSecondNodeAndSaysNoLine() {
    Framework framework = withNode(sample.framework(), "HT.3", node -> recoded(node, "HT.1"));

    List<Problem> problems = ModelValidation.validate(framework);

    assertThat(problems)
        .extracting(Problem::concern, Problem::kind, Problem::code, Problem::position)
        .containsExactly(tuple(Concern.NODE, Kind.DUPLICATE_CODE, "HT.1", 3));
    assertThat(problems.get(0).messageEn())
        .isEqualTo(
            "Node code \"HT.1\" is already used by another node; the framework is a tree, each"
                + " node appears once.");
  }

  @Test
  void aThresholdAboveHundredConcernsItsClass() {
    Framework old = sample.framework();
    List<RatingClass> classes = new ArrayList<>(old.classes());
    RatingClass good = classes.get(0);
    classes.set(0, new RatingClass(good.code(), good.name(), BigDecimal.valueOf(120)));

    assertThat(ModelValidation.validate(withClasses(old, classes)))
        .extracting(Problem::concern, Problem::kind, Problem::code, Problem::field)
        .containsExactly(tuple(Concern.CLASS, Kind.THRESHOLD_OUT_OF_RANGE, "TOT", "minPercent"));
  }

  @Test
  void withoutAClassFromZeroTheProblemConcernsTheFramework() {
    Framework old = sample.framework();

    assertThat(ModelValidation.validate(withClasses(old, List.of(old.classes().get(0)))))
        .extracting(Problem::concern, Problem::kind, Problem::code, Problem::field)
        .containsExactly(tuple(Concern.FRAMEWORK, Kind.NO_ZERO_CLASS, null, "classes"));
  }

  @Test
  void aMalformedGroupCodeConcernsItsGroupAndTheNodesNamingAnUnknownGroup() {
    Framework old = sample.framework();
    List<UnitGroup> groups = List.of(old.groups().get(0), new UnitGroup("TỈNH/TP", name("Tỉnh")));
    CyclePackage data = new CyclePackage(withGroups(old, groups), List.of(), List.of());

    assertThat(ModelValidation.validate(data))
        .extracting(Problem::concern, Problem::kind, Problem::code, Problem::field)
        .containsExactly(
            tuple(Concern.GROUP, Kind.MALFORMED_CODE, "TỈNH/TP", "code"),
            tuple(Concern.NODE, Kind.UNKNOWN_GROUP, "DVC", "appliesTo/PROVINCE"));
  }

  @Test
  void aUnitOfAnUnknownGroupConcernsTheUnit() {
    List<Unit> units = new ArrayList<>(sample.units());
    Unit hanoi = units.get(0);
    units.set(0, new Unit(hanoi.code(), "DISTRICT", hanoi.name(), List.of()));
    List<IndicatorValue> values =
        sample.values().stream().filter(value -> !value.unitCode().equals("01")).toList();

    assertThat(ModelValidation.validate(new CyclePackage(sample.framework(), units, values)))
        .extracting(Problem::concern, Problem::kind, Problem::code, Problem::field)
        .containsExactly(tuple(Concern.UNIT, Kind.UNKNOWN_GROUP, "01", "group"));
  }

  @Test
  void valuesAreTaggedWithTheirUnitAndIndicator() {
    List<IndicatorValue> values = new ArrayList<>(sample.values());
    values.add(new IndicatorValue("BTC", "HT", BigDecimal.ONE, ""));
    values.add(new IndicatorValue("BTC", "DVC.1", BigDecimal.ONE, ""));
    values.add(new IndicatorValue("XX", "HT.1", BigDecimal.ONE, ""));
    values.set(1, new IndicatorValue("01", "HT.2", BigDecimal.valueOf(2), ""));

    List<Problem> problems =
        ModelValidation.validate(new CyclePackage(sample.framework(), sample.units(), values));

    assertThat(problems)
        .extracting(
            Problem::concern, Problem::kind, Problem::code, Problem::indicatorCode, Problem::field)
        .containsExactly(
            tuple(Concern.VALUE, Kind.NOT_A_YES_NO_VALUE, "01", "HT.2", "value"),
            tuple(Concern.VALUE, Kind.NOT_AN_INDICATOR, "BTC", "HT", "indicator"),
            tuple(Concern.VALUE, Kind.INDICATOR_NOT_APPLICABLE, "BTC", "DVC.1", "indicator"),
            tuple(Concern.VALUE, Kind.UNKNOWN_UNIT, "XX", "HT.1", "unit"));
    assertThat(problems.get(0).messageEn())
        .isEqualTo("A yes/no indicator takes only 0 (no) or 1 (yes), not \"2\".");
  }

  @Test
  void aPredecessorThatIsNoUnitOfThePreviousYearConcernsTheMergedUnit() {
    PreviousYear previous = new PreviousYear(2012, List.of("01", "11", "BKH1"));

    List<Problem> problems = ModelValidation.validate(sample, previous);

    assertThat(problems)
        .extracting(Problem::concern, Problem::kind, Problem::code, Problem::field)
        .containsExactly(tuple(Concern.UNIT, Kind.UNKNOWN_PREDECESSOR, "BKH", "predecessors"));
    assertThat(problems.get(0).messageVi())
        .isEqualTo(
            "Năm 2012 không có đơn vị BKH2; đơn vị tiền thân của \"BKH\" phải là một đơn vị của"
                + " năm đó, nếu không thay đổi thứ hạng của đơn vị sẽ không tính được.");
    assertThat(problems.get(0).messageEn())
        .isEqualTo(
            "2012 has no unit BKH2; a predecessor of \"BKH\" must be one of that year's units, or"
                + " the unit's change of rank cannot be computed.");
  }

  @Test
  void predecessorsAreJudgedByTheirSpellingOnlyWithoutAPreviousYear() {
    assertThat(ModelValidation.validate(sample, null)).isEmpty();
    assertThat(
            ModelValidation.validate(
                sample, new PreviousYear(2012, List.of("01", "11", "BKH1", "BKH2"))))
        .isEmpty();
  }

  @Test
  void theReaderPlacesAnUnknownPredecessorAtItsRowAndColumn() {
    PackageReadResult read =
        new PackageReader()
            .withPrevious(new PreviousYear(2012, List.of("BKH1")))
            .read(SamplePackage.zip(SamplePackage.files()));

    assertOnlyError(
        read,
        "units.csv",
        5,
        5,
        "2012 has no unit BKH2; a predecessor of \"BKH\" must be one of that year's units, or the"
            + " unit's change of rank cannot be computed.",
        "Năm 2012 không có đơn vị BKH2");
  }

  @Test
  void theReaderPlacesAModelProblemAtTheFieldItConcerns() {
    String framework =
        SamplePackage.FRAMEWORK.replace(
            "\"rule\": {\"type\": \"boolean\", \"points\": 5}",
            "\"rule\": {\"type\": \"boolean\", \"points\": -5}");

    assertOnlyError(
        SamplePackage.read(framework, SamplePackage.UNITS, SamplePackage.VALUES),
        "framework.json",
        17,
        93,
        "\"points\" cannot be negative.",
        "Số điểm \"points\" không được âm.");
  }

  private static LocalizedText name(String vi) {
    return new LocalizedText(vi, null);
  }

  private static Node weighted(Node node, String weight) {
    return new Node(
        node.code(),
        node.name(),
        new BigDecimal(weight),
        node.appliesTo(),
        node.unit(),
        node.rule(),
        node.children());
  }

  private static Node recoded(Node node, String code) {
    return new Node(
        code,
        node.name(),
        node.weight(),
        node.appliesTo(),
        node.unit(),
        node.rule(),
        node.children());
  }

  private static Framework withNode(Framework framework, String code, UnaryOperator<Node> change) {
    return new Framework(
        framework.code(),
        framework.year(),
        framework.name(),
        framework.missing(),
        framework.groups(),
        framework.classes(),
        framework.nodes().stream().map(node -> changed(node, code, change)).toList());
  }

  private static Node changed(Node node, String code, UnaryOperator<Node> change) {
    if (node.code().equals(code)) {
      return change.apply(node);
    }
    return new Node(
        node.code(),
        node.name(),
        node.weight(),
        node.appliesTo(),
        node.unit(),
        node.rule(),
        node.children().stream().map(child -> changed(child, code, change)).toList());
  }

  private static Framework withClasses(Framework framework, List<RatingClass> classes) {
    return new Framework(
        framework.code(),
        framework.year(),
        framework.name(),
        framework.missing(),
        framework.groups(),
        classes,
        framework.nodes());
  }

  private static Framework withGroups(Framework framework, List<UnitGroup> groups) {
    return new Framework(
        framework.code(),
        framework.year(),
        framework.name(),
        framework.missing(),
        groups,
        framework.classes(),
        framework.nodes());
  }
}
