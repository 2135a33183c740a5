package org.ictindex.scoring.pkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ictindex.scoring.pkg.SamplePackage.FRAMEWORK;
import static org.ictindex.scoring.pkg.SamplePackage.assertOnlyError;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each rule framework.json must follow, shown by breaking it in {@link SamplePackage#FRAMEWORK}:
 * the error is reported alone, at the line and column of the offending element.
 */
class FrameworkValidationTest {

  private static final String FILE = "framework.json";

  /** Reads the framework with no units and no values, so its own errors are all there is. */
  private static PackageReadResult read(String framework) {
    return SamplePackage.read(framework, SamplePackage.UNITS_HEADER, SamplePackage.VALUES_HEADER);
  }

  private static String change(String from, String to) {
    if (!FRAMEWORK.contains(from)) {
      throw new IllegalArgumentException("Not in the sample framework: " + from);
    }
    return FRAMEWORK.replace(from, to);
  }

  @Test
  void malformedJsonIsReportedWhereTheParserStopped() {
    assertOnlyError(
        read(change("\"unit\": \"%\", \"rule\"", "\"unit\": \"%\" \"rule\"")),
        FILE,
        16,
        71,
        "Invalid JSON here (Unexpected character ('\"' (code 34)): was expecting comma to separate Object entries).",
        "JSON sai cú pháp tại đây");
  }

  @Test
  void jsonThatEndsTooEarlyIsReportedAtItsEnd() {
    assertOnlyError(
        read("{\n  \"code\": \"F\",\n  \"groups\": ["),
        FILE,
        3,
        14,
        "The JSON ends too early: a closing } or ] or the \" ending a string is missing.",
        "JSON kết thúc đột ngột");
  }

  @Test
  void notANumberIsRefusedAsNotFinite() {
    assertOnlyError(
        read(change("\"weight\": 0.50", "\"weight\": NaN")),
        FILE,
        20,
        66,
        "\"NaN\" is not a finite number; write a decimal such as 1 or 0.5.",
        "\"NaN\" không phải là một số hữu hạn");
  }

  @Test
  void anEmptyFrameworkFileIsAnError() {
    assertOnlyError(read(""), FILE, 1, 1, "framework.json is empty.", "Tệp framework.json trống.");
  }

  @Test
  void theFrameworkMustBeAJsonObject() {
    assertOnlyError(
        read("[]"),
        FILE,
        1,
        1,
        "\"framework.json\" must be a JSON object { … }, not a list.",
        "phải là một đối tượng JSON");
  }

  @Test
  void contentAfterTheJsonValueIsAnError() {
    assertOnlyError(
        read(FRAMEWORK + "{}\n"),
        FILE,
        25,
        1,
        "There is more content after the JSON value.",
        "nội dung thừa");
  }

  @Test
  void aRepeatedFieldIsAnErrorAtItsSecondOccurrence() {
    assertOnlyError(
        read(change("\"unit\": \"%\",", "\"unit\": \"%\", \"unit\": \"kg\",")),
        FILE,
        16,
        72,
        "Field \"unit\" is repeated (already on line 16).",
        "Trường \"unit\" bị lặp lại (đã có ở dòng 16).");
  }

  @Test
  void anUnknownFieldInANodeIsAnError() {
    assertOnlyError(
        read(
            change(
                "\"Infrastructure\"}, \"children\"",
                "\"Infrastructure\"}, \"weigth\": 2, \"children\"")),
        FILE,
        15,
        80,
        "Unknown field \"weigth\"; the allowed fields here are: code, name, weight, appliesTo, unit, rule, children.",
        "Trường \"weigth\" không hợp lệ ở đây");
  }

  @Test
  void anUnknownFieldInARuleIsAnError() {
    assertOnlyError(
        read(change("\"boolean\", \"points\": 5}", "\"boolean\", \"pionts\": 5, \"points\": 5}")),
        FILE,
        17,
        83,
        "Unknown field \"pionts\"; the allowed fields here are: type, points.",
        "Trường \"pionts\" không hợp lệ ở đây");
  }

  @Test
  void anUnknownTopLevelFieldIsAnError() {
    assertOnlyError(
        read(change("\"year\": 2013,", "\"year\": 2013, \"version\": 2,")),
        FILE,
        3,
        17,
        "Unknown field \"version\"; the allowed fields here are: code, year, name, missing, groups, classes, nodes.",
        "Trường \"version\" không hợp lệ ở đây");
  }

  @Test
  void aMissingRequiredFieldIsReportedAtItsObject() {
    assertOnlyError(
        read(change("{\"code\": \"MINISTRY\", ", "{")),
        FILE,
        7,
        5,
        "The required field \"code\" is missing.",
        "Thiếu trường bắt buộc \"code\".");
  }

  @Test
  void aNameWithoutVietnameseIsAnError() {
    assertOnlyError(
        read(
            change(
                "{\"vi\": \"Bộ, cơ quan ngang Bộ\", \"en\": \"Ministries\"}",
                "{\"en\": \"Ministries\"}")),
        FILE,
        7,
        34,
        "The Vietnamese name \"vi\" is missing (it is required; \"en\" is optional).",
        "Thiếu tên tiếng Việt \"vi\"");
  }

  @Test
  void aBlankVietnameseNameIsAnError() {
    assertOnlyError(
        read(change("\"vi\": \"Tỉnh, thành phố\"", "\"vi\": \"  \"")),
        FILE,
        8,
        41,
        "The Vietnamese name \"vi\" cannot be blank.",
        "Tên tiếng Việt \"vi\" không được để trống.");
  }

  @Test
  void aValueOfTheWrongTypeIsAnError() {
    assertOnlyError(
        read(change("\"year\": 2013", "\"year\": \"2013\"")),
        FILE,
        3,
        11,
        "\"year\" must be a number, not a string.",
        "\"year\" phải là một số, không phải một chuỗi.");
  }

  @Test
  void theYearHasFourDigits() {
    assertOnlyError(
        read(change("\"year\": 2013", "\"year\": 13")),
        FILE,
        3,
        11,
        "\"year\" must be a year from 2000 to 2100.",
        "\"year\" phải là một năm từ 2000 đến 2100.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1999", "2101", "9999", "10000", "2147483647", "2013.5", "-2013"})
  void theYearIsWithinTheDefaultRange(String year) {
    assertOnlyError(
        read(change("\"year\": 2013", "\"year\": " + year)),
        FILE,
        3,
        11,
        "\"year\" must be a year from 2000 to 2100.",
        "\"year\" phải là một năm từ 2000 đến 2100.");
  }

  @ParameterizedTest
  @ValueSource(ints = {2000, 2100})
  void theBoundsOfTheDefaultRangeAreYears(int year) {
    PackageReadResult read =
        SamplePackage.read(
            change("\"year\": 2013", "\"year\": " + year),
            SamplePackage.UNITS_HEADER,
            SamplePackage.VALUES_HEADER);

    assertThat(read.isValid()).as(read.errors().toString()).isTrue();
    assertThat(read.cyclePackage().orElseThrow().year()).isEqualTo(year);
  }

  @Test
  void aReaderGivenOtherYearsAcceptsThoseOnly() {
    byte[] of1995 =
        SamplePackage.zip(
            SamplePackage.files(
                change("\"year\": 2013", "\"year\": 1995"),
                SamplePackage.UNITS_HEADER,
                SamplePackage.VALUES_HEADER));

    assertThat(new PackageReader().read(of1995).isValid()).isFalse();
    assertThat(new PackageReader().withYears(new YearRange(1990, 2000)).read(of1995).isValid())
        .isTrue();
    assertThat(new PackageReader().withYears(YearRange.ANY).read(of1995).isValid()).isTrue();
  }

  @Test
  void anUnknownMissingPolicyIsAnError() {
    assertOnlyError(
        read(change("\"missing\": \"exclude\"", "\"missing\": \"mean\"")),
        FILE,
        5,
        14,
        "Unknown missing-value policy \"mean\"; use \"exclude\" or \"zero\".",
        "Cách xử lý dữ liệu thiếu \"mean\" không tồn tại");
  }

  @Test
  void theGroupListMayNotBeEmpty() {
    assertOnlyError(
        read(
            FRAMEWORK
                .replaceAll("(?s)\"groups\": \\[.*?\n  \\]", "\"groups\": []")
                .replace("\"appliesTo\": [\"PROVINCE\"], ", "")),
        FILE,
        6,
        13,
        "\"groups\" needs at least one unit group.",
        "Cần ít nhất một nhóm đơn vị");
  }

  @Test
  void duplicateGroupCodesAreAnError() {
    assertOnlyError(
        read(change("\"code\": \"MINISTRY\", \"name\"", "\"code\": \"PROVINCE\", \"name\"")),
        FILE,
        8,
        14,
        "Duplicate group code \"PROVINCE\" (already on line 7).",
        "Mã nhóm \"PROVINCE\" bị trùng (đã có ở dòng 7).");
  }

  @Test
  void aGroupCodeWithOtherCharactersIsAnError() {
    assertOnlyError(
        read(change("\"code\": \"MINISTRY\", \"name\"", "\"code\": \"MINISTRY/AGENCY\", \"name\"")),
        FILE,
        7,
        14,
        "The group code \"MINISTRY/AGENCY\" is not valid: codes contain only letters, digits, '.', '_' and '-'.",
        "Mã nhóm \"MINISTRY/AGENCY\" không hợp lệ");
  }

  @Test
  void classesNeedAZeroThreshold() {
    assertOnlyError(
        read(change("\"minPercent\": 0}", "\"minPercent\": 10}")),
        FILE,
        10,
        14,
        "No class has \"minPercent\": 0, so a unit with a low score would get no class.",
        "Không có xếp loại nào với \"minPercent\": 0");
  }

  @Test
  void duplicateClassCodesAreAnError() {
    assertOnlyError(
        read(change("{\"code\": \"YEU\"", "{\"code\": \"TOT\"")),
        FILE,
        12,
        14,
        "Duplicate class code \"TOT\" (already on line 11).",
        "Mã xếp loại \"TOT\" bị trùng (đã có ở dòng 11).");
  }

  @Test
  void twoClassesMayNotShareAThreshold() {
    assertOnlyError(
        read(change("\"minPercent\": 80", "\"minPercent\": 0.0")),
        FILE,
        12,
        72,
        "Two classes have the same \"minPercent\" 0 (line 11); each threshold belongs to one class.",
        "Hai xếp loại có cùng \"minPercent\" 0 (dòng 11)");
  }

  @Test
  void aThresholdAboveHundredIsAnError() {
    assertOnlyError(
        read(change("\"minPercent\": 80", "\"minPercent\": 120")),
        FILE,
        11,
        72,
        "\"minPercent\" must be between 0 and 100.",
        "\"minPercent\" phải nằm trong khoảng từ 0 đến 100.");
  }

  @Test
  void aNodeWithBothChildrenAndARuleIsNotATree() {
    assertOnlyError(
        read(
            change(
                "\"Infrastructure\"}, \"children\"",
                "\"Infrastructure\"}, \"rule\": {\"type\": \"boolean\", \"points\": 1}, \"children\"")),
        FILE,
        15,
        80,
        "Node \"HT\" has both \"rule\" and \"children\": a node is either an indicator (with a \"rule\") or has children, never both.",
        "Nút \"HT\" có cả \"rule\" lẫn \"children\"");
  }

  @Test
  void anInnerNodeWithoutChildrenIsAnError() {
    assertOnlyError(
        read(
            FRAMEWORK.replaceAll(
                "(?s)\"appliesTo\": \\[\"PROVINCE\"\\], \"children\": \\[.*?\\]\\}\n",
                "\"appliesTo\": [\"PROVINCE\"], \"children\": []}\n")),
        FILE,
        20,
        108,
        "Node \"DVC\" has an empty \"children\" list.",
        "Nút \"DVC\" có danh sách nút con \"children\" trống.");
  }

  @Test
  void aLeafWithoutARuleIsAnError() {
    assertOnlyError(
        read(
            change(
                "{\"vi\": \"Có mạng LAN\"}, \"rule\": {\"type\": \"boolean\", \"points\": 5}}",
                "{\"vi\": \"Có mạng LAN\"}}")),
        FILE,
        17,
        7,
        "Node \"HT.2\" is an indicator (it has no children) but has no scoring \"rule\".",
        "Nút \"HT.2\" là chỉ tiêu (không có nút con) nhưng thiếu quy tắc tính điểm \"rule\".");
  }

  @Test
  void aNodeUsedTwiceMakesTheFrameworkNotATree() {
    assertOnlyError(
        read(change("\"code\": \"HT.3\"", "\"code\": \"HT.2\"")),
        FILE,
        18,
        16,
        "Node code \"HT.2\" is already used on line 17; the framework is a tree, each node appears once.",
        "Mã nút \"HT.2\" đã được dùng ở dòng 17");
  }

  @Test
  void theCodeTotalIsReserved() {
    assertOnlyError(
        read(change("\"code\": \"HT.3\"", "\"code\": \"TOTAL\"")),
        FILE,
        18,
        16,
        "The code \"TOTAL\" is reserved for the total score; give this node another code.",
        "Mã \"TOTAL\" được dành cho tổng điểm");
  }

  @Test
  void nodeCodesHoldOnlyLettersDigitsDotsUnderscoresAndHyphens() {
    assertOnlyError(
        read(change("\"code\": \"HT.3\"", "\"code\": \"HT 3\"")),
        FILE,
        18,
        16,
        "Node code \"HT 3\" is not valid: codes contain only letters, digits, '.', '_' and '-'.",
        "Mã nút \"HT 3\" không hợp lệ: mã chỉ gồm chữ cái, chữ số và các dấu . _ -.");
  }

  @Test
  void anUnknownRuleTypeIsAnError() {
    assertOnlyError(
        read(change("\"type\": \"bands\"", "\"type\": \"steps\"")),
        FILE,
        18,
        71,
        "Unknown rule type \"steps\"; the types are linear, bands and boolean.",
        "Loại quy tắc \"steps\" không tồn tại");
  }

  @Test
  void aRuleWithoutATypeIsAnError() {
    assertOnlyError(
        read(change("{\"type\": \"boolean\", \"points\": 5}", "{\"points\": 5}")),
        FILE,
        17,
        63,
        "The required field \"type\" is missing.",
        "Thiếu trường bắt buộc \"type\".");
  }

  @Test
  void aLinearRuleNeedsMinDifferentFromMax() {
    assertOnlyError(
        read(change("\"min\": 0, \"max\": 100", "\"min\": 100, \"max\": 100")),
        FILE,
        16,
        118,
        "A \"linear\" rule needs \"min\" different from \"max\" (both are 100).",
        "Quy tắc \"linear\" cần \"min\" khác \"max\"");
  }

  @Test
  void pointsCannotBeNegative() {
    assertOnlyError(
        read(change("\"boolean\", \"points\": 5}", "\"boolean\", \"points\": -5}")),
        FILE,
        17,
        93,
        "\"points\" cannot be negative.",
        "Số điểm \"points\" không được âm.");
  }

  @Test
  void aBandsRuleNeedsABand() {
    assertOnlyError(
        read(
            change(
                "\"bands\": [{\"from\": 0, \"points\": 0}, {\"from\": 10, \"points\": 5}]",
                "\"bands\": []")),
        FILE,
        18,
        89,
        "A \"bands\" rule needs at least one band.",
        "Quy tắc \"bands\" cần ít nhất một khoảng.");
  }

  @Test
  void bandsMustAscendStrictly() {
    assertOnlyError(
        read(change("{\"from\": 10, \"points\": 5}", "{\"from\": 0, \"points\": 5}")),
        FILE,
        18,
        125,
        "Bands must have strictly ascending \"from\": 0 is not greater than 0 before it.",
        "Các khoảng phải có \"from\" tăng dần");
  }

  @Test
  void aWeightCannotBeNegative() {
    assertOnlyError(
        read(change("\"weight\": 0.50", "\"weight\": -1")),
        FILE,
        20,
        63,
        "A \"weight\" cannot be negative.",
        "Trọng số \"weight\" không được âm.");
  }

  @Test
  void aWeightWrittenAsTextIsAnError() {
    assertOnlyError(
        read(change("\"weight\": 0.50", "\"weight\": \"0.50\"")),
        FILE,
        20,
        63,
        "\"weight\" must be a number, not a string.",
        "\"weight\" phải là một số");
  }

  @Test
  void aWeightBeyondTheRangeOfNumbersIsNotFinite() {
    assertOnlyError(
        read(change("\"weight\": 0.50", "\"weight\": 1e309")),
        FILE,
        20,
        63,
        "The number 1E+309 is too large.",
        "Số 1E+309 quá lớn.");
  }

  @Test
  void appliesToMustNameKnownGroups() {
    assertOnlyError(
        read(change("[\"PROVINCE\"]", "[\"PROVINCE\", \"DISTRICT\"]")),
        FILE,
        20,
        95,
        "Group \"DISTRICT\" is not in the \"groups\" list.",
        "Nhóm \"DISTRICT\" không có trong danh sách \"groups\".");
  }

  @Test
  void appliesToMayNotBeEmpty() {
    assertOnlyError(
        read(change("[\"PROVINCE\"]", "[]")),
        FILE,
        20,
        82,
        "\"appliesTo\" must name at least one group; leave it out when the node applies to every group.",
        "\"appliesTo\" phải nêu ít nhất một nhóm");
  }
}
