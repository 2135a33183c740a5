package org.ictindex.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ictindex.scoring.cli.CommandRun.run;
import static org.ictindex.scoring.pkg.SamplePackage.FRAMEWORK;
import static org.ictindex.scoring.pkg.SamplePackage.UNITS;
import static org.ictindex.scoring.pkg.SamplePackage.VALUES;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ictindex.scoring.pkg.SamplePackage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The command line as a user meets it (options, help, usage errors, validate), run in-process. */
class MainTest {

  @TempDir Path temp;
  private Path cycle;

  @BeforeEach
  void writePackage() throws IOException {
    cycle = Files.write(temp.resolve("cycle-2013.zip"), SamplePackage.zip(SamplePackage.files()));
  }

  @Test
  void validatingAValidPackagePrintsOneLineAndExitsZero() {
    CommandRun run = run("validate", "--package", cycle.toString());

    assertThat(run.exitCode()).isEqualTo(Main.OK);
    assertThat(run.out()).isEqualTo("Gói hợp lệ: năm 2013, 4 đơn vị, 4 chỉ tiêu, 14 giá trị.\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void validatingAFolderWorksLikeAZip() throws IOException {
    Path folder = SamplePackage.folder(temp, FRAMEWORK, UNITS, VALUES);

    CommandRun run = run("validate", "--package", folder.toString(), "--lang", "en");

    assertThat(run.exitCode()).isEqualTo(Main.OK);
    assertThat(run.out())
        .isEqualTo("The package is valid: year 2013, 4 units, 4 indicators, 14 values.\n");
  }

  @Test
  void validatingAnInvalidPackagePrintsEveryErrorAsFileLineColumnMessageAndExitsOne()
      throws IOException {
    Path invalid =
        Files.write(
            temp.resolve("invalid.zip"),
            SamplePackage.zip(
                SamplePackage.files(
                    FRAMEWORK, UNITS + "01,PROVINCE,Hà Nội,,\n", VALUES + "01,HT,1,\n")));

    CommandRun run = run("validate", "--package", invalid.toString());

    assertThat(run.exitCode()).isEqualTo(Main.FAILED);
    assertThat(run.out().lines())
        .containsExactly(
            "units.csv:6:1: Mã đơn vị \"01\" bị trùng (đã có ở dòng 2).",
            "values.csv:16:2: \"HT\" là một nhóm tiêu chí có nút con, không phải chỉ tiêu; điểm của nó được tính từ các chỉ tiêu bên dưới, không nhập giá trị.");
    assertThat(run.err()).isEqualTo("Gói " + invalid + " không hợp lệ: 2 lỗi.\n");
  }

  @Test
  void withThePreviousYearAPredecessorThatIsNoneOfItsUnitsIsAnError() throws IOException {
    Path previous =
        Files.write(
            temp.resolve("cycle-2012.zip"),
            SamplePackage.zip(
                SamplePackage.files(
                    FRAMEWORK.replace("\"year\": 2013", "\"year\": 2012"),
                    SamplePackage.UNITS_HEADER + "BKH1,MINISTRY,Bộ Kế hoạch,,\n",
                    SamplePackage.VALUES_HEADER)));

    CommandRun validate =
        run("validate", "--package", cycle.toString(), "--previous", previous.toString());
    CommandRun results =
        run(
            "--lang",
            "en",
            "results",
            "--package",
            cycle.toString(),
            "--previous",
            previous.toString());

    String expectedVi =
        "units.csv:5:5: Năm 2012 không có đơn vị BKH2; đơn vị tiền thân của \"BKH\" phải là một"
            + " đơn vị của năm đó, nếu không thay đổi thứ hạng của đơn vị sẽ không tính được.";
    assertThat(validate.exitCode()).isEqualTo(Main.FAILED);
    assertThat(validate.out().lines()).containsExactly(expectedVi);
    assertThat(results.exitCode()).isEqualTo(Main.FAILED);
    assertThat(results.err())
        .contains(
            "units.csv:5:5: 2012 has no unit BKH2; a predecessor of \"BKH\" must be one of that"
                + " year's units, or the unit's change of rank cannot be computed.");
    assertThat(run("validate", "--package", cycle.toString()).exitCode()).isEqualTo(Main.OK);
  }

  @Test
  void errorsAreInEnglishWithLangEn() throws IOException {
    Path invalid =
        Files.write(
            temp.resolve("invalid.zip"),
            SamplePackage.zip(SamplePackage.files(FRAMEWORK, UNITS, VALUES + "99,HT.1,1,\n")));

    CommandRun run = run("--lang", "en", "validate", "--package", invalid.toString());

    assertThat(run.exitCode()).isEqualTo(Main.FAILED);
    assertThat(run.out()).isEqualTo("values.csv:16:1: Unit \"99\" is not in units.csv.\n");
    assertThat(run.err()).isEqualTo("The package " + invalid + " is invalid: 1 error.\n");
  }

  @Test
  void aPackageOfAYearOutsideTheDefaultRangeIsInvalid() throws IOException {
    Path of10000 =
        Files.write(
            temp.resolve("cycle-10000.zip"),
            SamplePackage.zip(
                SamplePackage.files(
                    FRAMEWORK.replace("\"year\": 2013", "\"year\": 10000"), UNITS, VALUES)));

    CommandRun run = run("--lang", "en", "validate", "--package", of10000.toString());

    assertThat(run.exitCode()).isEqualTo(Main.FAILED);
    assertThat(run.out())
        .isEqualTo("framework.json:3:11: \"year\" must be a year from 2000 to 2100.\n");
  }

  @Test
  void aPackageThatDoesNotExistIsAFailureNotACrash() {
    CommandRun run = run("validate", "--package", temp.resolve("nowhere.zip").toString());

    assertThat(run.exitCode()).isEqualTo(Main.FAILED);
    assertThat(run.out())
        .isEqualTo(
            "nowhere.zip:0:0: Không tìm thấy tệp hoặc thư mục "
                + temp.resolve("nowhere.zip")
                + ".\n");
  }

  @Test
  void helpPrintsTheUsageAndExitsZero() {
    CommandRun vietnamese = run("--help");
    CommandRun english = run("results", "--help", "--lang", "en");

    assertThat(vietnamese.exitCode()).isEqualTo(Main.OK);
    assertThat(vietnamese.out())
        .startsWith("ictindex-scoring: kiểm tra một gói dữ liệu Chỉ số ICT");
    assertThat(vietnamese.out()).contains("Mã thoát: 0 thành công");
    assertThat(english.exitCode()).isEqualTo(Main.OK);
    assertThat(english.out()).contains("verify --package PACKAGE [--previous PREVIOUS_PACKAGE]");
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''|Thiếu lệnh: validate, results hoặc verify.",
        "check --package p.zip|Không có lệnh \"check\"; các lệnh là validate, results và verify.",
        "validate|Lệnh validate cần tuỳ chọn --package.",
        "validate --package p.zip --format csv|Lệnh validate không có tuỳ chọn --format.",
        "validate --package|Tuỳ chọn --package cần một giá trị.",
        "validate --package a.zip --package b.zip|Tuỳ chọn --package được nêu hai lần.",
        "validate results --package p.zip|Thừa tham số \"results\"; mỗi lần chỉ chạy một lệnh.",
        "validate --package p.zip --lang fr|--lang chỉ nhận vi hoặc en, không nhận \"fr\".",
        "results --package p.zip --format xml|--format chỉ nhận json hoặc csv, không nhận \"xml\".",
        "verify --package p.zip|Lệnh verify cần tuỳ chọn --expected."
      })
  void aWrongCommandLineSaysWhatIsWrongAndExitsTwo(String commandLine, String message) {
    String[] args = commandLine.isEmpty() ? new String[0] : commandLine.split(" ");

    CommandRun run = run(args);

    assertThat(run.exitCode()).isEqualTo(Main.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo(message + "\nXem hướng dẫn: --help\n");
  }

  @Test
  void usageErrorsAreInEnglishWithLangEn() {
    CommandRun run = run("results", "--lang", "en", "--package", cycle.toString(), "--seed", "7");

    assertThat(run.exitCode()).isEqualTo(Main.USAGE);
    assertThat(run.err())
        .isEqualTo("--seed and --epsilon go with --uncertainty only.\nFor help: --help\n");
  }

  @Test
  void anOutOfRangeNumberOfDrawsIsAUsageError() {
    CommandRun run = run("results", "--package", cycle.toString(), "--uncertainty", "0");

    assertThat(run.exitCode()).isEqualTo(Main.USAGE);
    assertThat(run.err()).startsWith("--uncertainty cần một số nguyên từ 1 đến 1000000.");
  }

  @Test
  void resultsOfAnInvalidPackageListItsErrorsAndExitOne() throws IOException {
    Path invalid =
        Files.write(
            temp.resolve("invalid.zip"),
            SamplePackage.zip(SamplePackage.files(FRAMEWORK, UNITS, VALUES + "99,HT.1,1,\n")));

    CommandRun run = run("results", "--package", invalid.toString());

    assertThat(run.exitCode()).isEqualTo(Main.FAILED);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines())
        .containsExactly(
            "Gói " + invalid + " không hợp lệ (1 lỗi):",
            "values.csv:16:1: Đơn vị \"99\" không có trong units.csv.");
  }
}
