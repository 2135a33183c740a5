package org.ictindex.scoring.pkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ictindex.scoring.pkg.SamplePackage.assertOnlyError;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each rule of values.csv, shown by adding a faulty row 16 to {@link SamplePackage#VALUES} or by
 * changing the value of row 6 ({@code 11,HT.1,15,}) or row 7 ({@code 11,HT.2,0,}, a yes/no
 * indicator).
 */
class ValuesValidationTest {

  private static final String FILE = "values.csv";

  private static PackageReadResult withRow(String row) {
    return read(SamplePackage.VALUES + row + "\n");
  }

  private static PackageReadResult withChange(String from, String to) {
    if (!SamplePackage.VALUES.contains(from)) {
      throw new IllegalArgumentException("Not in the sample values: " + from);
    }
    return read(SamplePackage.VALUES.replace(from, to));
  }

  private static PackageReadResult read(String values) {
    return SamplePackage.read(SamplePackage.FRAMEWORK, SamplePackage.UNITS, values);
  }

  @Test
  void anUnknownUnitIsAnError() {
    assertOnlyError(
        withRow("99,HT.1,1,"),
        FILE,
        16,
        1,
        "Unit \"99\" is not in units.csv.",
        "Đơn vị \"99\" không có trong units.csv.");
  }

  @Test
  void anUnknownIndicatorIsAnError() {
    assertOnlyError(
        withRow("01,HT.9,1,"),
        FILE,
        16,
        2,
        "Indicator \"HT.9\" is not in framework.json.",
        "Chỉ tiêu \"HT.9\" không có trong framework.json.");
  }

  @Test
  void aValueForAnInnerNodeIsAnError() {
    assertOnlyError(
        withRow("01,HT,1,"),
        FILE,
        16,
        2,
        "\"HT\" is a criterion with children, not an indicator; its score comes from the indicators below it and takes no value.",
        "\"HT\" là một nhóm tiêu chí có nút con, không phải chỉ tiêu");
  }

  @Test
  void aValueForAnIndicatorThatDoesNotApplyToTheUnitsGroupIsAnError() {
    assertOnlyError(
        withRow("BTC,DVC.1,3,"),
        FILE,
        16,
        2,
        "Indicator \"DVC.1\" does not apply to group MINISTRY of unit \"BTC\" (see \"appliesTo\" in framework.json).",
        "Chỉ tiêu \"DVC.1\" không áp dụng cho nhóm MINISTRY của đơn vị \"BTC\"");
  }

  @Test
  void aSecondRowForTheSameUnitAndIndicatorIsAnError() {
    assertOnlyError(
        withRow("01,HT.1,50,"),
        FILE,
        16,
        2,
        "Unit \"01\" already has a value for indicator \"HT.1\" on line 2; each unit and indicator has one row.",
        "Giá trị của đơn vị \"01\" cho chỉ tiêu \"HT.1\" đã có ở dòng 2");
  }

  @Test
  void aMissingIndicatorCodeIsAnError() {
    assertOnlyError(
        withChange("11,HT.1,15,", "11,,15,"),
        FILE,
        6,
        2,
        "The indicator code is missing.",
        "Thiếu mã chỉ tiêu.");
  }

  @Test
  void aDecimalCommaIsAnErrorThatShowsTheDecimalPoint() {
    assertOnlyError(
        withChange("11,HT.1,15,", "11,HT.1,\"1,5\","),
        FILE,
        6,
        3,
        "The value \"1,5\" uses a decimal comma; write a decimal point: 1.5.",
        "Giá trị \"1,5\" dùng dấu phẩy thập phân; trong tệp CSV hãy dùng dấu chấm: 1.5.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "inf"})
  void aValueThatIsNotFiniteIsAnError(String notFinite) {
    assertOnlyError(
        withChange("11,HT.1,15,", "11,HT.1," + notFinite + ","),
        FILE,
        6,
        3,
        "The value \"" + notFinite + "\" is not a finite number.",
        "không phải là một số hữu hạn");
  }

  @Test
  void aValueWithAnExponentIsAnError() {
    assertOnlyError(
        withChange("11,HT.1,15,", "11,HT.1,1e309,"),
        FILE,
        6,
        3,
        "The value \"1e309\" must be written as a plain decimal, without an exponent (e).",
        "Giá trị \"1e309\" phải được viết như một số thập phân thông thường");
  }

  @Test
  void aValueBeyondTheRangeOfNumbersIsAnError() {
    String huge = "1" + "0".repeat(400);
    assertOnlyError(
        withChange("11,HT.1,15,", "11,HT.1," + huge + ","),
        FILE,
        6,
        3,
        "The value \"" + huge + "\" is too large.",
        "quá lớn");
  }

  @Test
  void textIsNotANumber() {
    assertOnlyError(
        withChange("11,HT.1,15,", "11,HT.1,khoảng 15,"),
        FILE,
        6,
        3,
        "The value \"khoảng 15\" is not a number; write a decimal such as 42 or 42.5, or leave it empty when the data is missing.",
        "Giá trị \"khoảng 15\" không phải là một số");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2", "0.5", "-1"})
  void aYesNoIndicatorTakesOnlyZeroOrOne(String value) {
    assertOnlyError(
        withChange("11,HT.2,0,", "11,HT.2," + value + ","),
        FILE,
        7,
        3,
        "A yes/no indicator takes only 0 (no) or 1 (yes), not \"" + value + "\".",
        "Chỉ tiêu có/không chỉ nhận giá trị 0 (không) hoặc 1 (có)");
  }

  @Test
  void aYesNoValueIsComparedAsANumber() {
    PackageReadResult result = withChange("11,HT.2,0,", "11,HT.2,1.0,");

    assertThat(result.errors()).isEmpty();
    assertThat(result.cyclePackage().orElseThrow().values().get(5).value())
        .isEqualTo(new BigDecimal("1.0"));
  }

  @Test
  void surroundingSpacesAroundCodesAndValuesAreIgnored() {
    PackageReadResult result = withChange("11,HT.1,15,", " 11 , HT.1 , 15 ,");

    assertThat(result.errors()).isEmpty();
    assertThat(result.cyclePackage().orElseThrow().values().get(4).value())
        .isEqualTo(new BigDecimal("15"));
  }
}
