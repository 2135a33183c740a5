package org.ictindex.scoring.pkg;

import static org.ictindex.scoring.pkg.SamplePackage.assertOnlyError;

import org.junit.jupiter.api.Test;

/** Each rule of units.csv, shown by adding a faulty row 6 to {@link SamplePackage#UNITS}. */
class UnitsValidationTest {

  private static final String FILE = "units.csv";

  private static PackageReadResult withRow(String row) {
    return SamplePackage.read(
        SamplePackage.FRAMEWORK, SamplePackage.UNITS + row + "\n", SamplePackage.VALUES_HEADER);
  }

  @Test
  void duplicateUnitCodesAreAnError() {
    assertOnlyError(
        withRow("01,PROVINCE,Hà Nội lần hai,,"),
        FILE,
        6,
        1,
        "Duplicate unit code \"01\" (already on line 2).",
        "Mã đơn vị \"01\" bị trùng (đã có ở dòng 2).");
  }

  @Test
  void anUnknownGroupIsAnError() {
    assertOnlyError(
        withRow("12,DISTRICT,Lai Châu,Lai Chau,"),
        FILE,
        6,
        2,
        "Group \"DISTRICT\" is not in framework.json (the groups are: MINISTRY, PROVINCE).",
        "Nhóm \"DISTRICT\" không có trong framework.json (các nhóm: MINISTRY, PROVINCE).");
  }

  @Test
  void aMissingGroupIsAnError() {
    assertOnlyError(
        withRow("12,,Lai Châu,Lai Chau,"),
        FILE,
        6,
        2,
        "The group code is missing.",
        "Thiếu mã nhóm đơn vị.");
  }

  @Test
  void aMissingVietnameseNameIsAnError() {
    assertOnlyError(
        withRow("12,PROVINCE,,Lai Chau,"),
        FILE,
        6,
        3,
        "The unit's Vietnamese name is missing.",
        "Thiếu tên tiếng Việt của đơn vị.");
  }

  @Test
  void aMissingUnitCodeIsAnError() {
    assertOnlyError(
        withRow(",PROVINCE,Lai Châu,Lai Chau,"),
        FILE,
        6,
        1,
        "The unit code is missing.",
        "Thiếu mã đơn vị.");
  }

  @Test
  void unitCodesHoldOnlyLettersDigitsDotsUnderscoresAndHyphens() {
    assertOnlyError(
        withRow("12/LC,PROVINCE,Lai Châu,Lai Chau,"),
        FILE,
        6,
        1,
        "Unit code \"12/LC\" is not valid: codes contain only letters, digits, '.', '_' and '-'.",
        "Mã đơn vị \"12/LC\" không hợp lệ");
  }

  @Test
  void predecessorsAreCodesSeparatedByBars() {
    assertOnlyError(
        withRow("12,PROVINCE,Lai Châu,Lai Chau,\"10, 11\""),
        FILE,
        6,
        5,
        "\"predecessors\" must be unit codes separated by |, such as 01|02; \"10, 11\" is not a valid code.",
        "\"predecessors\" phải là các mã đơn vị ngăn cách bởi dấu |");
  }

  @Test
  void anEmptyPredecessorBetweenBarsIsAnError() {
    assertOnlyError(
        withRow("12,PROVINCE,Lai Châu,Lai Chau,10||11"),
        FILE,
        6,
        5,
        "\"predecessors\" must be unit codes separated by |, such as 01|02; \"\" is not a valid code.",
        "\"\" không phải là một mã hợp lệ");
  }

  @Test
  void aUnitCannotBeItsOwnPredecessor() {
    assertOnlyError(
        withRow("12,PROVINCE,Lai Châu,Lai Chau,10|12"),
        FILE,
        6,
        5,
        "Unit \"12\" cannot be its own predecessor.",
        "Đơn vị \"12\" không thể là tiền thân của chính nó.");
  }

  @Test
  void aPredecessorListedTwiceIsAnError() {
    assertOnlyError(
        withRow("12,PROVINCE,Lai Châu,Lai Chau,10|10"),
        FILE,
        6,
        5,
        "Predecessor \"10\" is listed twice.",
        "Đơn vị tiền thân \"10\" được nêu hai lần.");
  }
}
