package org.ictindex.scoring.pkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.ictindex.scoring.pkg.SamplePackage.FRAMEWORK;
import static org.ictindex.scoring.pkg.SamplePackage.UNITS;
import static org.ictindex.scoring.pkg.SamplePackage.VALUES;
import static org.ictindex.scoring.pkg.SamplePackage.VALUES_HEADER;
import static org.ictindex.scoring.pkg.SamplePackage.assertOnlyError;

import org.junit.jupiter.api.Test;

/** The CSV layer: headers, field counts and RFC 4180 quoting, located by line and field. */
class CsvFormatTest {

  @Test
  void aHeaderWithoutARequiredColumnIsAnError() {
    assertOnlyError(
        SamplePackage.read(
            FRAMEWORK, "unit_code,group_code,name_en\n01,PROVINCE,Ha Noi\n", VALUES_HEADER),
        "units.csv",
        1,
        0,
        "The header of units.csv lacks the column name_vi (the header is: unit_code,group_code,name_vi,name_en,predecessors).",
        "Dòng tiêu đề của units.csv thiếu cột name_vi");
  }

  @Test
  void anUnknownColumnIsAnErrorNotIgnored() {
    assertOnlyError(
        SamplePackage.read(FRAMEWORK, UNITS, "unit_code,indicator_code,value,notes\n01,HT.1,5,\n"),
        "values.csv",
        1,
        4,
        "Unknown column \"notes\"; the header of values.csv has the columns: unit_code,indicator_code,value,note.",
        "Cột \"notes\" không hợp lệ");
  }

  @Test
  void aColumnTwiceInTheHeaderIsAnError() {
    assertOnlyError(
        SamplePackage.read(FRAMEWORK, UNITS, "unit_code,indicator_code,value,value\n01,HT.1,5,6\n"),
        "values.csv",
        1,
        4,
        "Column \"value\" appears twice in the header.",
        "Cột \"value\" bị lặp lại trong tiêu đề.");
  }

  @Test
  void theWrongFileUnderTheNameIsReportedByItsHeader() {
    PackageReadResult result = SamplePackage.read(FRAMEWORK, UNITS, UNITS);

    assertThat(result.errors())
        .extracting(PackageError::file, PackageError::line, PackageError::column)
        .containsExactly(
            tuple("values.csv", 1, 0),
            tuple("values.csv", 1, 2),
            tuple("values.csv", 1, 3),
            tuple("values.csv", 1, 4),
            tuple("values.csv", 1, 5));
    assertThat(result.errors().get(0).messageEn())
        .isEqualTo(
            "The header of values.csv lacks the column indicator_code, value (the header is: unit_code,indicator_code,value,note).");
  }

  @Test
  void anEmptyCsvFileHasNoHeader() {
    assertOnlyError(
        SamplePackage.read(FRAMEWORK, "", VALUES_HEADER),
        "units.csv",
        1,
        0,
        "units.csv is empty; its first line must be the header: unit_code,group_code,name_vi,name_en,predecessors.",
        "Tệp units.csv trống");
  }

  @Test
  void aRowWithMoreFieldsThanTheHeaderIsAnError() {
    assertOnlyError(
        SamplePackage.read(FRAMEWORK, UNITS + "12,MINISTRY,Bộ Kế hoạch, Đầu tư,,\n", VALUES_HEADER),
        "units.csv",
        6,
        6,
        "The row has 6 fields but the header has 5 columns (a comma inside a name must be quoted).",
        "Dòng có 6 trường nhưng tiêu đề có 5 cột");
  }

  @Test
  void aRowWithFewerFieldsThanTheHeaderIsAnError() {
    assertOnlyError(
        SamplePackage.read(FRAMEWORK, UNITS, VALUES + "01,HT.1\n"),
        "values.csv",
        16,
        3,
        "The row has 2 fields but the header has 4 columns (a comma inside a name must be quoted).",
        "Dòng có 2 trường nhưng tiêu đề có 4 cột");
  }

  @Test
  void anUnbalancedQuoteIsReportedAtItsRowAndField() {
    assertOnlyError(
        SamplePackage.read(FRAMEWORK, UNITS + "12,PROVINCE,\"Lai Châu,Lai Chau,\n", VALUES_HEADER),
        "units.csv",
        6,
        3,
        "The quote \" opening this field is never closed; add the closing \", and write \"\" for a quote inside the text.",
        "Dấu ngoặc kép \" mở ở trường này không được đóng lại");
  }

  @Test
  void textAfterAClosingQuoteIsReportedAtItsRowAndField() {
    assertOnlyError(
        SamplePackage.read(
            FRAMEWORK, UNITS + "12,PROVINCE,\"Lai\" Châu,Lai Chau,\n", VALUES_HEADER),
        "units.csv",
        6,
        3,
        "The closing quote \" of this field must be followed by a comma or a line end; write \"\" for a quote inside the text.",
        "Sau dấu ngoặc kép \" đóng trường này phải là dấu phẩy hoặc xuống dòng");
  }

  @Test
  void rowsBeforeASyntaxErrorAreStillChecked() {
    PackageReadResult result =
        SamplePackage.read(FRAMEWORK, UNITS, VALUES + "99,HT.1,1,\n01,HT.2,1,\"bằng chứng\n");

    assertThat(result.errors())
        .extracting(PackageError::file, PackageError::line, PackageError::column)
        .containsExactly(tuple("values.csv", 16, 1), tuple("values.csv", 17, 4));
  }

  @Test
  void aQuotedFieldMaySpanLinesAndRowsAfterItKeepTheirLineNumbers() {
    PackageReadResult result =
        SamplePackage.read(
            FRAMEWORK,
            UNITS,
            VALUES.replace("01,HT.3,12,", "01,HT.3,12,\"dòng một\ndòng hai\"") + "99,HT.1,1,\n");

    assertThat(result.errors())
        .extracting(PackageError::file, PackageError::line, PackageError::column)
        .containsExactly(tuple("values.csv", 17, 1));
  }
}
