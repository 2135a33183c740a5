package org.ictindex.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ictindex.scoring.cli.CommandRun.run;
import static org.ictindex.scoring.pkg.SamplePackage.FRAMEWORK;
import static org.ictindex.scoring.pkg.SamplePackage.UNITS;
import static org.ictindex.scoring.pkg.SamplePackage.VALUES;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ictindex.scoring.engine.Methodology;
import org.ictindex.scoring.engine.PublicationRecipe;
import org.ictindex.scoring.engine.RankUncertainty;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.CycleResults;
import org.ictindex.scoring.model.NodeResult;
import org.ictindex.scoring.model.UnitResult;
import org.ictindex.scoring.pkg.PackageReader;
import org.ictindex.scoring.pkg.SamplePackage;
import org.ictindex.scoring.results.ResultsComparison;
import org.ictindex.scoring.results.ResultsCsv;
import org.ictindex.scoring.results.ResultsJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The results and verify commands end to end: a package in, the engine's results out in the
 * canonical forms, and a published results file checked against a recomputation.
 */
class ResultsCommandsTest {

  @TempDir Path temp;
  private Path cycle;
  private Path previousCycle;

  @BeforeEach
  void writePackages() throws IOException {
    cycle = Files.write(temp.resolve("cycle-2013.zip"), SamplePackage.zip(SamplePackage.files()));
    String framework2012 = FRAMEWORK.replace("\"year\": 2013", "\"year\": 2012");
    // 2013's BKH was formed from 2012's BKH1 and BKH2, which the predecessors must name.
    String units2012 =
        UNITS.replace(
            "BKH,MINISTRY,\"Bộ Kế hoạch, Đầu tư\",,BKH1|BKH2",
            "BKH1,MINISTRY,Bộ Kế hoạch,,\nBKH2,MINISTRY,Ủy ban Đầu tư,,");
    String values2012 =
        VALUES
            .replace("01,HT.1,42.50,", "01,HT.1,10,")
            .replace("11,HT.2,0,", "11,HT.2,1,")
            .replace("\nBKH,", "\nBKH1,");
    previousCycle =
        Files.write(
            temp.resolve("cycle-2012.zip"),
            SamplePackage.zip(SamplePackage.files(framework2012, units2012, values2012)));
  }

  private static CyclePackage read(Path path) throws IOException {
    return new PackageReader().read(path).cyclePackage().orElseThrow();
  }

  @Test
  void resultsPrintTheCanonicalJsonOfTheComputedResults() throws IOException {
    CyclePackage current = read(cycle);

    CommandRun run = run("results", "--package", cycle.toString());

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(Main.OK);
    assertThat(run.out()).isEqualTo(ResultsJson.write(current, Methodology.compute(current, null)));
  }

  @Test
  void resultsWithAPreviousPackageComputeItFirstForTheChanges() throws IOException {
    CyclePackage current = read(cycle);
    CycleResults previous = Methodology.compute(read(previousCycle), null);

    CommandRun run =
        run("results", "--package", cycle.toString(), "--previous", previousCycle.toString());

    assertThat(run.exitCode()).isEqualTo(Main.OK);
    assertThat(run.out())
        .isEqualTo(ResultsJson.write(current, Methodology.compute(current, previous)));
    assertThat(run.out()).isNotEqualTo(run("results", "--package", cycle.toString()).out());
  }

  @Test
  void resultsAsCsvAreTheSpreadsheetForm() throws IOException {
    CyclePackage current = read(cycle);

    CommandRun run = run("results", "--package", cycle.toString(), "--format", "csv");

    assertThat(run.exitCode()).isEqualTo(Main.OK);
    assertThat(run.outBytes())
        .isEqualTo(ResultsCsv.write(current, Methodology.compute(current, null)));
  }

  @Test
  void rankIntervalsAreReproducibleWithTheSameSeed() throws IOException {
    CyclePackage current = read(cycle);
    CycleResults expected =
        RankUncertainty.withIntervals(current, Methodology.compute(current, null), 200, 0.1, 7);

    CommandRun first =
        run(
            "results",
            "--package",
            cycle.toString(),
            "--uncertainty",
            "200",
            "--seed",
            "7",
            "--epsilon",
            "0.1");
    CommandRun second =
        run(
            "results",
            "--package",
            cycle.toString(),
            "--uncertainty",
            "200",
            "--seed",
            "7",
            "--epsilon",
            "0.1");

    assertThat(first.exitCode()).isEqualTo(Main.OK);
    assertThat(first.out()).isEqualTo(second.out()).isEqualTo(ResultsJson.write(current, expected));
    assertThat(first.out()).contains("\"rankMedian\": ");
  }

  @Test
  void verifyingTheResultsOfThePackageSaysOkAndExitsZero() throws IOException {
    Path expected = temp.resolve("results-2013.json");
    Files.write(
        expected,
        run("results", "--package", cycle.toString(), "--previous", previousCycle.toString())
            .outBytes());
    CycleResults results = ResultsJson.read(Files.readString(expected));
    ResultsComparison comparison = ResultsComparison.compare(results, results);

    CommandRun run =
        run(
            "verify",
            "--package",
            cycle.toString(),
            "--previous",
            previousCycle.toString(),
            "--expected",
            expected.toString(),
            "--lang",
            "en");

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(Main.OK);
    assertThat(run.out())
        .isEqualTo("OK, 4 units, " + comparison.figuresChecked() + " figures checked\n");
  }

  /**
   * A revision's results carry rank intervals; verifying them takes the draws, seed and spread a
   * publication uses, so an auditor passes only the files.
   */
  @Test
  void verifyingPublishedResultsWithRankIntervalsNeedsNoOptionOfThePublication()
      throws IOException {
    CyclePackage current = read(cycle);
    CycleResults previous = Methodology.compute(read(previousCycle), null);
    CycleResults published =
        PublicationRecipe.forPublication(current, 2012).compute(current, previous);
    Path expected =
        Files.writeString(
            temp.resolve("revision-results.json"), ResultsJson.write(current, published));

    CommandRun run =
        run(
            "verify",
            "--package",
            cycle.toString(),
            "--previous",
            previousCycle.toString(),
            "--expected",
            expected.toString(),
            "--lang",
            "en");

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(Main.OK);
    assertThat(published.hasRankIntervals()).isTrue();
  }

  @Test
  void resultsWithUncertaintyAreSeededByTheYearAsAPublicationIs() throws IOException {
    CyclePackage current = read(cycle);

    CommandRun run = run("results", "--package", cycle.toString(), "--uncertainty", "1000");

    assertThat(run.exitCode()).isEqualTo(Main.OK);
    assertThat(run.out())
        .isEqualTo(
            ResultsJson.write(
                current, PublicationRecipe.forPublication(current, null).compute(current, null)))
        .isEqualTo(
            run("results", "--package", cycle.toString(), "--uncertainty", "1000", "--seed", "2013")
                .out());
  }

  @Test
  void verifyingDifferentResultsPrintsEachDifferenceAndExitsOne() throws IOException {
    CyclePackage current = read(cycle);
    CycleResults computed = Methodology.compute(current, null);
    UnitResult hanoi = computed.unit("01").orElseThrow();
    NodeResult total = hanoi.total();
    BigDecimal published = total.score().add(BigDecimal.ONE);
    List<UnitResult> units = new ArrayList<>(computed.units());
    List<NodeResult> nodes = new ArrayList<>(hanoi.nodes());
    nodes.set(
        0,
        new NodeResult(
            total.code(),
            total.depth(),
            published,
            total.max(),
            total.percent(),
            total.rank(),
            total.of(),
            total.classCode(),
            total.change(),
            total.previousRank(),
            total.predecessorRanks(),
            total.uncertainty()));
    units.set(
        units.indexOf(hanoi),
        new UnitResult(hanoi.unitCode(), hanoi.groupCode(), hanoi.name(), nodes));
    Path expected = temp.resolve("published.json");
    Files.writeString(
        expected, ResultsJson.write(current, new CycleResults(2013, units, computed.statistics())));

    CommandRun run =
        run("verify", "--package", cycle.toString(), "--expected", expected.toString());

    assertThat(run.exitCode()).isEqualTo(Main.FAILED);
    assertThat(run.out())
        .isEqualTo(
            "01/TOTAL/score: expected "
                + published.stripTrailingZeros().toPlainString()
                + ", got "
                + total.score().stripTrailingZeros().toPlainString()
                + "\n");
    assertThat(run.err()).isEqualTo("Kết quả tính lại khác " + expected + " ở 1 chỗ.\n");
  }

  @Test
  void verifyingAgainstAFileThatIsNotResultsExitsOne() throws IOException {
    Path expected = Files.writeString(temp.resolve("framework.json"), FRAMEWORK);

    CommandRun run =
        run("verify", "--package", cycle.toString(), "--expected", expected.toString());

    assertThat(run.exitCode()).isEqualTo(Main.FAILED);
    assertThat(run.err())
        .isEqualTo("Tệp kết quả " + expected + " không đúng dạng: units must be a list\n");
  }
}
