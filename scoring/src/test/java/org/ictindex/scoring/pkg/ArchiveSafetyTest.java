package org.ictindex.scoring.pkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.ictindex.scoring.pkg.SamplePackage.FRAMEWORK;
import static org.ictindex.scoring.pkg.SamplePackage.UNITS;
import static org.ictindex.scoring.pkg.SamplePackage.VALUES;
import static org.ictindex.scoring.pkg.SamplePackage.assertOnlyError;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A package is untrusted input: paths, sizes and the archive itself are checked as it is read. */
class ArchiveSafetyTest {

  private static final String ARCHIVE = "package.zip";
  private static final long MIB = 1024 * 1024;

  private static PackageReadResult readWithExtra(String name, byte[] content) {
    Map<String, byte[]> entries = SamplePackage.files();
    entries.put(name, content);
    return new PackageReader().read(SamplePackage.zip(entries));
  }

  @Test
  void anEntryClimbingOutOfTheArchiveIsRejected() {
    assertOnlyError(
        readWithExtra("../evil.sh", "rm -rf /".getBytes(StandardCharsets.UTF_8)),
        ARCHIVE,
        0,
        0,
        "ZIP entry \"../evil.sh\" has a path; files must be at the root of the package.",
        "Mục \"../evil.sh\" trong tệp ZIP có đường dẫn");
  }

  @Test
  void anEntryWithAnAbsolutePathIsRejected() {
    assertOnlyError(
        readWithExtra("/etc/cron.d/evil", new byte[1]),
        ARCHIVE,
        0,
        0,
        "ZIP entry \"/etc/cron.d/evil\" has a path; files must be at the root of the package.",
        "có đường dẫn");
  }

  @Test
  void anEntryWithABackslashPathIsRejected() {
    assertOnlyError(
        readWithExtra("..\\evil.bat", new byte[1]),
        ARCHIVE,
        0,
        0,
        "ZIP entry \"..\\evil.bat\" has a path; files must be at the root of the package.",
        "có đường dẫn");
  }

  @Test
  void aFolderEntryIsRejected() {
    assertOnlyError(
        readWithExtra("data/", new byte[0]),
        ARCHIVE,
        0,
        0,
        "ZIP entry \"data/\" is a folder; a package holds no folders, only files at its root.",
        "Mục \"data/\" trong tệp ZIP là một thư mục");
  }

  @Test
  void filesInsideAFolderAreRejectedAndSoAreMissing() {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    SamplePackage.files().forEach((name, content) -> entries.put("cycle-2013/" + name, content));

    PackageReadResult result = new PackageReader().read(SamplePackage.zip(entries));

    assertThat(result.errors())
        .extracting(PackageError::file, PackageError::line, PackageError::column)
        .containsExactly(
            tuple(ARCHIVE, 0, 0),
            tuple(ARCHIVE, 0, 0),
            tuple(ARCHIVE, 0, 0),
            tuple("framework.json", 0, 0),
            tuple("units.csv", 0, 0),
            tuple("values.csv", 0, 0));
    assertThat(result.errors().get(3).messageEn())
        .isEqualTo("The package has no framework.json file.");
    assertThat(result.errors().get(3).messageVi()).isEqualTo("Gói thiếu tệp framework.json.");
  }

  @Test
  void aZipBombIsAbandonedAfterReadingLittleOfIt() throws IOException {
    long inflated = 300 * MIB;
    byte[] bomb = zipWithZeros("units.csv", inflated);
    assertThat(bomb.length).isLessThan((int) (inflated / 500));
    CountingStream input = new CountingStream(new ByteArrayInputStream(bomb));

    PackageReadResult result = new PackageReader().read(input);

    assertOnlyError(
        result,
        ARCHIVE,
        0,
        0,
        "units.csv is compressed more than 100 times, as a ZIP bomb would be; reading stopped.",
        "Tệp units.csv được nén hơn 100 lần, bất thường như một \"bom ZIP\"; đã dừng đọc.");
    assertThat(input.read).isLessThan(64 * 1024);
  }

  @Test
  void aFileOverTheSizeLimitStopsReading() {
    PackageLimits limits = new PackageLimits(1000, MIB, 100, 10);
    String manyUnits = UNITS + "12,PROVINCE,Lai Châu,Lai Chau,\n".repeat(40);

    PackageReadResult result =
        new PackageReader(limits)
            .read(SamplePackage.zip(SamplePackage.files("{}", manyUnits, VALUES)));

    assertOnlyError(
        result,
        ARCHIVE,
        0,
        0,
        "units.csv is larger than the limit of 1000 B when uncompressed; reading stopped.",
        "Tệp units.csv vượt quá giới hạn 1000 B khi giải nén");
  }

  @Test
  void filesTogetherOverTheTotalLimitStopReading() {
    int frameworkBytes = FRAMEWORK.getBytes(StandardCharsets.UTF_8).length;
    PackageLimits limits = new PackageLimits(MIB, frameworkBytes + 100, 100, 10);

    PackageReadResult result =
        new PackageReader(limits).read(SamplePackage.zip(SamplePackage.files()));

    assertOnlyError(
        result,
        ARCHIVE,
        0,
        0,
        "The package's files together are larger than the limit of "
            + (frameworkBytes + 100)
            + " B when uncompressed; reading stopped.",
        "Các tệp của gói cộng lại vượt quá giới hạn");
  }

  @Test
  void tooManyEntriesStopReading() {
    Map<String, byte[]> entries = SamplePackage.files();
    for (int i = 1; i <= 8; i++) {
      entries.put("extra" + i + ".txt", new byte[1]);
    }

    assertOnlyError(
        new PackageReader().read(SamplePackage.zip(entries)),
        ARCHIVE,
        0,
        0,
        "The package has too many entries (at most 10); it holds only framework.json, units.csv and values.csv; reading stopped.",
        "Gói có quá nhiều mục (tối đa 10)");
  }

  @Test
  void somethingThatIsNotAZipIsNamedAsSuch() {
    assertOnlyError(
        new PackageReader().read(UNITS.getBytes(StandardCharsets.UTF_8)),
        ARCHIVE,
        0,
        0,
        "package.zip is not a ZIP file. A package is a .zip file holding framework.json, units.csv and values.csv, or a folder holding those three files.",
        "Tệp package.zip không phải là tệp ZIP.");
  }

  @Test
  void aFileThatIsNotAZipIsNamedByItsFileName(@TempDir Path temp) throws IOException {
    Path notZip = Files.writeString(temp.resolve("cycle-2013.xlsx"), "PK but not really");

    PackageReadResult result = new PackageReader().read(notZip);

    assertThat(result.errors()).extracting(PackageError::file).containsExactly("cycle-2013.xlsx");
    assertThat(result.errors().get(0).messageEn()).startsWith("cycle-2013.xlsx is not a ZIP file.");
  }

  @Test
  void emptyInputIsNotAZip() {
    assertThat(new PackageReader().read(new byte[0]).errors())
        .extracting(PackageError::messageEn)
        .first()
        .asString()
        .startsWith("package.zip is not a ZIP file.");
  }

  @Test
  void aTruncatedZipIsReportedAsDamaged() {
    byte[] zip = SamplePackage.zip(SamplePackage.files());
    byte[] truncated = Arrays.copyOf(zip, zip.length / 3);

    PackageReadResult result = new PackageReader().read(truncated);

    assertThat(result.errors()).hasSize(1);
    assertThat(result.errors().get(0).file()).isEqualTo(ARCHIVE);
    assertThat(result.errors().get(0).messageEn())
        .startsWith("The ZIP file is damaged or cannot be read (");
    assertThat(result.errors().get(0).messageVi())
        .startsWith("Tệp ZIP bị hỏng hoặc không đọc được (");
  }

  @Test
  void aFileTwiceInTheArchiveIsAnError() {
    Map<String, byte[]> entries = SamplePackage.files();
    entries.put("values.csX", VALUES.getBytes(StandardCharsets.UTF_8));
    // ZipOutputStream refuses a repeated name; a hand-made archive can have one.
    byte[] archive = renameEntries(SamplePackage.zip(entries), "values.csX", "values.csv");

    assertOnlyError(
        new PackageReader().read(archive),
        ARCHIVE,
        0,
        0,
        "values.csv appears twice in the ZIP file.",
        "Tệp values.csv xuất hiện hai lần trong tệp ZIP.");
  }

  @Test
  void aMissingFileIsAnError() {
    Map<String, byte[]> entries = SamplePackage.files();
    entries.remove(PackageFiles.VALUES_CSV);

    assertOnlyError(
        new PackageReader().read(SamplePackage.zip(entries)),
        "values.csv",
        0,
        0,
        "The package has no values.csv file.",
        "Gói thiếu tệp values.csv.");
  }

  @Test
  void anExtraFileAtTheRootIsAnError() {
    assertOnlyError(
        readWithExtra("ghi-chu.txt", "ghi chú".getBytes(StandardCharsets.UTF_8)),
        "ghi-chu.txt",
        0,
        0,
        "Unexpected file ghi-chu.txt: a package holds only framework.json, units.csv and values.csv.",
        "Tệp thừa ghi-chu.txt");
  }

  @Test
  void aFolderPackageMayNotHoldSubfolders(@TempDir Path temp) throws IOException {
    Path folder = SamplePackage.folder(temp, FRAMEWORK, UNITS, VALUES);
    Files.createDirectory(folder.resolve("old"));

    assertOnlyError(
        new PackageReader().read(folder),
        "cycle",
        0,
        0,
        "\"old\" is a folder; a package holds no folders, only files at its root.",
        "\"old\" là một thư mục");
  }

  @Test
  void aFolderPackageIsHeldToTheSameLimits(@TempDir Path temp) throws IOException {
    Path folder = SamplePackage.folder(temp, FRAMEWORK, UNITS, VALUES);

    PackageReadResult result = new PackageReader(new PackageLimits(100, MIB, 100, 10)).read(folder);

    assertOnlyError(
        result,
        "cycle",
        0,
        0,
        "framework.json is larger than the limit of 100 B when uncompressed; reading stopped.",
        "Tệp framework.json vượt quá giới hạn 100 B");
  }

  /** A ZIP with one entry of {@code size} zero bytes, written without holding them in memory. */
  private static byte[] zipWithZeros(String name, long size) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(PackageFiles.FRAMEWORK_JSON));
      zip.write(FRAMEWORK.getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry(name));
      byte[] zeros = new byte[(int) MIB];
      for (long written = 0; written < size; written += zeros.length) {
        zip.write(zeros);
      }
    }
    return bytes.toByteArray();
  }

  /** Renames entries in the local headers and the central directory; names of equal length. */
  private static byte[] renameEntries(byte[] archive, String from, String to) {
    byte[] fromBytes = from.getBytes(StandardCharsets.US_ASCII);
    byte[] toBytes = to.getBytes(StandardCharsets.US_ASCII);
    byte[] renamed = archive.clone();
    for (int i = 0; i + fromBytes.length <= renamed.length; i++) {
      if (Arrays.equals(renamed, i, i + fromBytes.length, fromBytes, 0, fromBytes.length)) {
        System.arraycopy(toBytes, 0, renamed, i, toBytes.length);
      }
    }
    return renamed;
  }

  private static final class CountingStream extends FilterInputStream {
    long read;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      read += b < 0 ? 0 : 1;
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      read += Math.max(n, 0);
      return n;
    }
  }
}
