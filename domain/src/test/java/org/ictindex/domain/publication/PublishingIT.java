package org.ictindex.domain.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ictindex.domain.testing.TestPackages.unit;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ictindex.domain.audit.AuditChain;
import org.ictindex.domain.audit.AuditRecord;
import org.ictindex.domain.audit.StoredAuditRecords;
import org.ictindex.domain.cycle.CycleCatalog;
import org.ictindex.domain.cycle.CycleStateException;
import org.ictindex.domain.cycle.CycleStatus;
import org.ictindex.domain.cycle.InvalidPackageException;
import org.ictindex.domain.cycle.InvalidRequestException;
import org.ictindex.domain.cycle.UnknownCycleException;
import org.ictindex.domain.testing.DomainDeployment;
import org.ictindex.domain.testing.RawSql;
import org.ictindex.domain.testing.TestPackages;
import org.ictindex.scoring.cli.Main;
import org.ictindex.scoring.engine.PublicationRecipe;
import org.ictindex.scoring.engine.RankUncertainty;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.Framework;
import org.ictindex.scoring.model.IndicatorValue;
import org.ictindex.scoring.model.LocalizedText;
import org.ictindex.scoring.model.Unit;
import org.ictindex.scoring.model.UnitGroup;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;

/** Publishing and correcting inside the container, against the real database. */
@ExtendWith(ArquillianExtension.class)
class PublishingIT {

  @Deployment
  static WebArchive deployment() {
    return DomainDeployment.create();
  }

  @Inject Drafts drafts;
  @Inject InterruptedPublishing interruptedPublishing;
  @Inject CycleCatalog cycles;
  @Inject StoredAuditRecords auditRecords;
  @Inject RawSql sql;
  @Inject PublishedYears publishedYears;
  @Inject CurrentRevisions currentRevisions;

  private static byte[] year(int year, String firstValue) {
    return TestPackages.zip(
        TestPackages.provinces(year, unit(firstValue, "1", "6", "10"), unit("80", "0", "2", "40")));
  }

  /**
   * On MySQL/MariaDB the database itself keeps audit records and revisions as they were written,
   * even against the application's own account. The embedded database has no SQL triggers: there
   * the hash chain and the published hashes detect such a change instead (AuditChainTamperingIT).
   */
  @Test
  @EnabledIfEnvironmentVariable(
      named = "ICTINDEX_DB_URL",
      matches = "jdbc:mysql:.*",
      disabledReason = "SQL triggers exist on MySQL and MariaDB only (CI's MariaDB pass)")
  void onMySqlAuditRecordsAndRevisionsCanBeAddedButNeverChangedOrRemoved() {
    assertThat(sql.isMySql()).isTrue();
    drafts.importPackage(2209, year(2209, "50"));
    drafts.publish(2209);
    String lastRecord = "(SELECT id FROM (SELECT MAX(id) AS id FROM audit_record) newest)";
    String lastRevision = "(SELECT id FROM (SELECT MAX(id) AS id FROM publication) newest)";

    assertThat(sql.execute("UPDATE audit_record SET actor = 'someone' WHERE id = " + lastRecord))
        .contains("refused", "append-only");
    assertThat(sql.execute("DELETE FROM audit_record WHERE id = " + lastRecord))
        .contains("refused", "append-only");
    assertThat(sql.execute("UPDATE publication SET reason = 'quietly' WHERE id = " + lastRevision))
        .contains("refused", "never change");
    assertThat(sql.execute("DELETE FROM publication WHERE id = " + lastRevision))
        .contains("refused", "never change");
    String itsResults = "publication_results_part WHERE publication_id = " + lastRevision;
    assertThat(sql.execute("UPDATE " + itsResults.replace(" WHERE", " SET bytes = x'00' WHERE")))
        .contains("refused", "never change");
    assertThat(sql.execute("DELETE FROM " + itsResults)).contains("refused", "never change");
    assertThat(drafts.verify(2209, 1).holds()).isTrue();
  }

  /** On MySQL/MariaDB the withdrawal of a revision is as permanent as the revision itself. */
  @Test
  @EnabledIfEnvironmentVariable(
      named = "ICTINDEX_DB_URL",
      matches = "jdbc:mysql:.*",
      disabledReason = "SQL triggers exist on MySQL and MariaDB only (CI's MariaDB pass)")
  void onMySqlWithdrawalsCanBeAddedButNeverChangedOrRemoved() {
    assertThat(sql.isMySql()).isTrue();
    drafts.importPackage(2212, year(2212, "50"));
    drafts.publish(2212);
    drafts.withdraw(2212, "Công bố nhầm, rút lại để kiểm tra");
    String lastWithdrawal =
        "(SELECT id FROM (SELECT MAX(id) AS id FROM publication_withdrawal) newest)";

    assertThat(
            sql.execute(
                "UPDATE publication_withdrawal SET reason = 'quietly' WHERE id = "
                    + lastWithdrawal))
        .contains("refused", "never change");
    assertThat(sql.execute("DELETE FROM publication_withdrawal WHERE id = " + lastWithdrawal))
        .contains("refused", "never change");
    assertThat(drafts.withdrawals(2212))
        .extracting(Withdrawal::reason)
        .containsExactly("Công bố nhầm, rút lại để kiểm tra");
  }

  @Test
  void aYearOutsideTheConfiguredRangeIsNeitherImportedCreatedNorPublished() {
    // The integration tests run with the years 1900–2999 (pom.xml); the default is 2000–2100.
    for (int year : new int[] {3000, 9999, 10000, Integer.MAX_VALUE, 1899, 0, -1}) {
      assertThatThrownBy(() -> drafts.importPackage(year, year(2206, "50")))
          .as("import %d", year)
          .isInstanceOf(InvalidRequestException.class)
          .hasMessageContaining("from 1900 to 2999");
      assertThatThrownBy(() -> drafts.createYearByCopy(year))
          .as("copy %d", year)
          .isInstanceOf(InvalidRequestException.class)
          .hasMessageContaining("from 1900 to 2999");
      assertThat(cycles.find(year)).as("year %d", year).isEmpty();
    }
    assertThatThrownBy(() -> drafts.importPackage(2206, year(3000, "50")))
        .isInstanceOf(InvalidPackageException.class);
    assertThat(cycles.find(2206)).isEmpty();
  }

  @Test
  void aYearWithoutValuesOrWithAGroupWithoutValuesIsNotPublishedNorCorrectedIntoOne() {
    drafts.importPackage(
        2207, TestPackages.zip(TestPackages.provinces(2207, unit(null, null, null, null))));
    assertThatThrownBy(() -> drafts.publish(2207))
        .isInstanceOf(CycleStateException.class)
        .hasMessageContaining("has no values at all");
    assertThat(drafts.revisions(2207)).isEmpty();

    drafts.importPackage(2208, TestPackages.zip(withEmptyMinistries(year(2208, "50"))));
    assertThatThrownBy(() -> drafts.publish(2208))
        .isInstanceOf(CycleStateException.class)
        .hasMessageContaining("the group MINISTRY has no values at all");
    assertThat(drafts.revisions(2208)).isEmpty();
    assertThat(cycles.find(2208).orElseThrow().status()).isEqualTo(CycleStatus.DRAFT);

    drafts.importPackage(2213, year(2213, "50"));
    drafts.publish(2213);
    assertThatThrownBy(
            () ->
                drafts.correct(
                    2213, TestPackages.zip(withEmptyMinistries(year(2213, "60"))), "Thêm bộ"))
        .isInstanceOf(CycleStateException.class)
        .hasMessageContaining("MINISTRY");
    assertThat(drafts.revisions(2213)).hasSize(1);
  }

  @Test
  void aWithdrawnYearLeavesThePublicListStaysForAuditorsAndCanBePublishedAgain() {
    drafts.importPackage(2214, year(2214, "50"));
    Publication first = drafts.publish(2214);
    assertThat(publicYears()).contains(2214);
    assertThat(currentRevisions.of(2214)).isPresent();

    assertThatThrownBy(() -> drafts.withdraw(2214, "nhầm"))
        .isInstanceOf(InvalidRequestException.class);
    Withdrawal withdrawal = drafts.withdraw(2214, "  Công bố nhầm số liệu của năm  ");

    assertThat(withdrawal.revision()).isEqualTo(1);
    assertThat(withdrawal.reason()).isEqualTo("Công bố nhầm số liệu của năm");
    assertThat(withdrawal.withdrawnBy()).isEqualTo("test-admin");
    assertThat(publicYears()).doesNotContain(2214);
    // Announced once committed: the pages' list drops it at once, not only at the next recheck.
    assertThat(currentRevisions.of(2214)).isEmpty();
    assertThat(cycles.find(2214).orElseThrow().status()).isEqualTo(CycleStatus.WITHDRAWN);
    assertThat(cycles.publishedYears()).doesNotContain(2214);
    assertThat(drafts.revisions(2214)).extracting(Publication::id).containsExactly(first.id());
    assertThat(drafts.verify(2214, 1).holds()).isTrue();
    assertThat(drafts.withdrawals(2214)).extracting(Withdrawal::revision).containsExactly(1);
    AuditRecord audited = auditRecords.all().get(auditRecords.all().size() - 1);
    assertThat(audited.action()).isEqualTo("WITHDRAW");
    assertThat(audited.actor()).isEqualTo("test-admin");
    assertThat(audited.reason()).isEqualTo("Công bố nhầm số liệu của năm");
    assertThatThrownBy(() -> drafts.withdraw(2214, "Rút thêm một lần nữa"))
        .isInstanceOf(CycleStateException.class)
        .hasMessageContaining("already withdrawn");
    assertThatThrownBy(() -> drafts.withdraw(2215, "Năm chưa hề có"))
        .isInstanceOf(UnknownCycleException.class);

    // Corrected data, then published again as the next revision: public again.
    drafts.importPackage(2214, year(2214, "70"));
    Publication again = drafts.publish(2214);

    assertThat(again.revision()).isEqualTo(2);
    assertThat(publicYears()).contains(2214);
    assertThat(currentRevisions.of(2214).map(Publication::revision)).contains(2);
    assertThat(publishedYears.currentRevisions())
        .filteredOn(publication -> publication.cycle().year() == 2214)
        .extracting(Publication::revision)
        .containsExactly(2);
    assertThat(cycles.find(2214).orElseThrow().status()).isEqualTo(CycleStatus.PUBLISHED);
    assertThat(drafts.verify(2214, 2).holds()).isTrue();
  }

  private List<Integer> publicYears() {
    return publishedYears.currentRevisions().stream()
        .map(publication -> publication.cycle().year())
        .toList();
  }

  /** The package with a second group, MINISTRY, whose one unit has no value at all. */
  private static CyclePackage withEmptyMinistries(byte[] zip) {
    CyclePackage data =
        new org.ictindex.scoring.pkg.PackageReader()
            .withYears(org.ictindex.scoring.pkg.YearRange.ANY)
            .read(zip)
            .cyclePackage()
            .orElseThrow();
    Framework framework = data.framework();
    List<UnitGroup> groups = new ArrayList<>(framework.groups());
    groups.add(new UnitGroup("MINISTRY", new LocalizedText("Bộ", "Ministries")));
    List<Unit> units = new ArrayList<>(data.units());
    units.add(new Unit("M1", "MINISTRY", new LocalizedText("Bộ số 1", "Ministry 1"), List.of()));
    List<IndicatorValue> values = new ArrayList<>(data.values());
    for (String indicator : List.of("HT.1", "HT.2", "NL.1", "NL.2")) {
      values.add(new IndicatorValue("M1", indicator, null, ""));
    }
    return new CyclePackage(
        new Framework(
            framework.code(),
            framework.year(),
            framework.name(),
            framework.missing(),
            groups,
            framework.classes(),
            framework.nodes()),
        units,
        values);
  }

  /** On MySQL/MariaDB the values travel as LOAD DATA text, on H2 as batched inserts. */
  @Test
  void everyValueAndNoteIsStoredExactlyAsImported() {
    CyclePackage plain =
        TestPackages.provinces(2210, unit("12.50", "1", "6", "10"), unit(null, "0", "2", "0.001"));
    List<String> notes =
        List.of(
            "tab\there",
            "line\nbreak and\r\nanother",
            "back\\slash \\N and \\t",
            "\\N",
            "Điện Biên “trích dẫn”, \"quoted\"",
            "",
            "=1+1",
            "a note on a missing value");
    List<IndicatorValue> values = new ArrayList<>();
    for (int i = 0; i < plain.values().size(); i++) {
      IndicatorValue value = plain.values().get(i);
      values.add(
          new IndicatorValue(
              value.unitCode(), value.indicatorCode(), value.value(), notes.get(i % notes.size())));
    }
    CyclePackage awkward = new CyclePackage(plain.framework(), plain.units(), values);

    drafts.importPackage(2210, TestPackages.zip(awkward));

    assertThat(drafts.data(2210).values()).containsExactlyElementsOf(values);
  }

  /** The stored framework (each rule one canonical value since schema 9) writes the same bytes. */
  @Test
  void aPublishedYearsStoredDataWritesThePublishedPackageAgain() {
    byte[] zip =
        TestPackages.zip(
            TestPackages.withExactNumbers(
                TestPackages.provinces(
                    2211, unit("50", "1", "6", "10"), unit("80", "0", "2.50", "40"))));
    drafts.importPackage(2211, zip);

    Publication published = drafts.publish(2211);

    assertThat(published.packageBytes()).isEqualTo(zip);
    assertThat(TestPackages.zip(drafts.data(2211))).isEqualTo(zip);
    assertThat(drafts.verify(2211, 1).holds()).isTrue();
  }

  @Test
  void aFailureAfterThePublicationWasWrittenLeavesNoHalfPublication() {
    drafts.importPackage(2201, year(2201, "50"));

    assertThatThrownBy(() -> interruptedPublishing.publishThenFail(2201))
        .isInstanceOf(EJBException.class);

    assertThat(drafts.revisions(2201)).isEmpty();
    assertThat(cycles.find(2201).orElseThrow().status()).isEqualTo(CycleStatus.DRAFT);
    assertThat(drafts.publish(2201).revision()).isEqualTo(1);
  }

  @Test
  void aCorrectionAddsRevisionTwoAndBothRevisionsStillVerify() {
    byte[] original = year(2202, "50");
    byte[] corrected = year(2202, "90");
    drafts.importPackage(2202, original);
    Publication first = drafts.publish(2202);

    Publication second = drafts.correct(2202, corrected, "Sửa số liệu HT.1");

    List<Publication> revisions = drafts.revisions(2202);
    assertThat(revisions).extracting(Publication::revision).containsExactly(1, 2);
    assertThat(revisions.get(0).packageBytes()).isEqualTo(original);
    assertThat(revisions.get(0).packageSha256()).isEqualTo(first.packageSha256());
    assertThat(revisions.get(1).packageBytes()).isEqualTo(corrected);
    assertThat(revisions.get(1).reason()).isEqualTo("Sửa số liệu HT.1");
    assertThat(second.resultsSha256()).isNotEqualTo(first.resultsSha256());
    assertThat(drafts.verify(2202, 1).holds()).isTrue();
    assertThat(drafts.verify(2202, 2).holds()).isTrue();
    assertThat(cycles.find(2202).orElseThrow().status()).isEqualTo(CycleStatus.CORRECTED);
  }

  @Test
  void changesAgainstThePreviousYearComeFromItsPublishedRevision() throws IOException {
    drafts.importPackage(2203, year(2203, "90"));
    drafts.publish(2203);
    drafts.importPackage(2204, year(2204, "10"));

    Publication next = drafts.publish(2204);

    assertThat(next.previous().cycle().year()).isEqualTo(2203);
    try (InputStream results = next.resultsJson()) {
      assertThat(new String(results.readAllBytes(), StandardCharsets.UTF_8))
          .contains("\"previousRank\": 1");
    }
  }

  /**
   * What an auditor holds of a revision, its package, the previous year's package and its results
   * text, verifies with the command line without any option the revision knows; and the command
   * line's results, seeded as a publication is, hash to the revision's results SHA-256.
   */
  @Test
  void aRevisionVerifiesOfflineWithNoOptionButItsPackages() throws IOException {
    drafts.importPackage(2216, year(2216, "90"));
    Publication before = drafts.publish(2216);
    drafts.importPackage(2217, year(2217, "10"));
    Publication revision = drafts.publish(2217);
    Path folder = Files.createTempDirectory("revision-2217");
    Path previousPackage = Files.write(folder.resolve("cycle-2216.zip"), before.packageBytes());
    Path thePackage = Files.write(folder.resolve("cycle-2217.zip"), revision.packageBytes());
    Path results = folder.resolve("results-2217.json");
    try (InputStream text = revision.resultsJson()) {
      Files.copy(text, results);
    }

    assertThat(revision.recipe())
        .isEqualTo(new PublicationRecipe(2216, 1000, 2217, RankUncertainty.DEFAULT_EPSILON));
    CommandRun verify =
        CommandRun.of(
            "verify",
            "--package",
            thePackage.toString(),
            "--previous",
            previousPackage.toString(),
            "--expected",
            results.toString(),
            "--lang",
            "en");
    assertThat(verify.err()).isEmpty();
    assertThat(verify.exitCode()).isEqualTo(Main.OK);
    assertThat(verify.outText()).startsWith("OK, 2 units, ");
    CommandRun recomputed =
        CommandRun.of(
            "results",
            "--package",
            thePackage.toString(),
            "--previous",
            previousPackage.toString(),
            "--uncertainty",
            "1000");
    assertThat(AuditChain.sha256Hex(recomputed.out())).isEqualTo(revision.resultsSha256());
  }

  /** What one in-process run of the command line printed and returned. */
  private record CommandRun(int exitCode, byte[] out, String err) {
    static CommandRun of(String... args) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int exitCode =
          Main.run(
              args,
              new PrintStream(out, true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8));
      return new CommandRun(exitCode, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    String outText() {
      return new String(out, StandardCharsets.UTF_8);
    }
  }

  @Test
  void theAuditTrailIsAChainThatRecomputes() {
    drafts.importPackage(2205, year(2205, "50"));
    drafts.publish(2205);

    List<AuditRecord> records = auditRecords.all();

    assertThat(records).isNotEmpty();
    String previous = AuditChain.GENESIS;
    for (AuditRecord record : records) {
      assertThat(record.previousHash()).isEqualTo(previous);
      assertThat(AuditChain.verify(record)).isTrue();
      previous = record.recordHash();
    }
    assertThat(records).extracting(AuditRecord::action).contains("IMPORT_PACKAGE", "PUBLISH");
  }
}
