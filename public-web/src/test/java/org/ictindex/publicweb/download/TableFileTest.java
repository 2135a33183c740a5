package org.ictindex.publicweb.download;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableFileTest {

  @Test
  void aWorkbookHasABoldHeaderFiguresAsNumbersAndFormulaLikeTextAsInertText() throws IOException {
    byte[] file =
        TableFile.xlsx(
            "Xếp hạng 2024",
            List.of("Hạng", "Đơn vị", "Điểm"),
            List.of(
                List.of(1, "Hà Nội", new BigDecimal("0.8125")),
                Arrays.asList(2, "=HYPERLINK(\"http://x\")", null)));

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("Xếp hạng 2024");
      Row header = sheet.getRow(0);
      assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Đơn vị");
      assertThat(workbook.getFontAt(header.getCell(1).getCellStyle().getFontIndex()).getBold())
          .isTrue();
      Row first = sheet.getRow(1);
      assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1.0);
      assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(0.8125);
      Row second = sheet.getRow(2);
      assertThat(second.getCell(1).getCellType()).isEqualTo(CellType.STRING);
      assertThat(second.getCell(1).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
      assertThat(second.getCell(2)).isNull();
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
    }
  }

  @Test
  void aSheetNameIsMadeOneASpreadsheetAccepts() {
    assertThat(TableFile.safeSheetName("Tiêu chí 1/2: [Hạ tầng]?"))
        .isEqualTo("Tiêu chí 1 2   Hạ tầng");
    assertThat(TableFile.safeSheetName("'quoted'")).isEqualTo("quoted");
    assertThat(TableFile.safeSheetName("x".repeat(40))).hasSize(31);
    assertThat(TableFile.safeSheetName("///")).isEqualTo("Sheet1");
  }
}
