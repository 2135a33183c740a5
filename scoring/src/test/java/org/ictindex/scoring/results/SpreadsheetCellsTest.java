package org.ictindex.scoring.results;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpreadsheetCellsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "=1+1|'=1+1",
        "+84 912 345 678|'+84 912 345 678",
        "-tụt 1 bậc|'-tụt 1 bậc",
        "@SUM(A1)|'@SUM(A1)",
        "-1|-1",
        "-12.5|-12.5",
        "42|42",
        "Hà Nội|Hà Nội",
        "a=b|a=b"
      })
  void cellsThatWouldRunAsFormulasGetAQuoteAndPlainNumbersDoNot(String text, String cell) {
    assertThat(SpreadsheetCells.protect(text)).isEqualTo(cell);
  }

  @ParameterizedTest
  @CsvSource(value = {"'\tx', '''\tx'", "'\rx', '''\rx'", "'', ''"})
  void tabsCarriageReturnsAndEmptyCellsAreHandled(String text, String cell) {
    assertThat(SpreadsheetCells.protect(text)).isEqualTo(cell);
  }
}
