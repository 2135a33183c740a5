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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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

  @Test
  void aCraftedArchiveWhoseTwoDescriptionsAgreeIsRead() {
    CraftedZip zip = CraftedZip.ofSample();

    assertThat(new PackageReader().read(zip.finish()).isValid()).isTrue();
    assertThat(new PackageReader().read(zip.finish()).errors()).isEmpty();
  }

  /**
   * A ZIP whose local headers (what importing reads) and central directory (what unzip, 7-Zip and
   * file managers show) say different things, one case per way they can differ; each is refused
   * with the kind of disagreement named, from bytes and from a stream alike.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("disagreeingArchives")
  void anArchiveWhoseLocalHeadersAndCentralDirectoryDisagreeIsRefused(
      String disagreement, byte[] archive, String messageEn) throws IOException {
    for (PackageReadResult result :
        List.of(
            new PackageReader().read(archive),
            new PackageReader().read(new ByteArrayInputStream(archive)))) {
      assertThat(result.isValid()).isFalse();
      assertThat(result.errors())
          .anySatisfy(
              error -> {
                assertThat(error.file()).isEqualTo(ARCHIVE);
                assertThat(error.messageEn())
                    .startsWith("The ZIP file is inconsistent: ")
                    .contains(messageEn);
                assertThat(error.messageVi()).startsWith("Tệp ZIP không nhất quán: ");
              });
    }
  }

  static Stream<Arguments> disagreeingArchives() {
    byte[] units = UNITS.getBytes(StandardCharsets.UTF_8);
    byte[] otherUnits = UNITS.replace("Hà Nội", "Hà Tây").getBytes(StandardCharsets.UTF_8);
    return Stream.of(
        Arguments.of(
            "anotherNameInTheCentralDirectory",
            CraftedZip.ofSample().central(1, entry -> entry.name = "units.CSV").finish(),
            "an entry is named \"units.csv\" in its local header but \"units.CSV\" in the central directory"),
        Arguments.of(
            "anotherSizeInTheCentralDirectory",
            CraftedZip.ofSample().central(1, entry -> entry.size += 1).finish(),
            "the size of \"units.csv\" in its local header differs from the central directory's"),
        Arguments.of(
            "anotherCompressedSizeInTheCentralDirectory",
            CraftedZip.ofSample().central(2, entry -> entry.compressedSize -= 1).finish(),
            "the compressed size of \"values.csv\" in its local header differs"),
        Arguments.of(
            "anotherCrcInTheCentralDirectory",
            CraftedZip.ofSample().central(0, entry -> entry.crc ^= 1).finish(),
            "the CRC of \"framework.json\" in its local header differs"),
        Arguments.of(
            "anotherCrcInTheDataDescriptor",
            withCentralCrcChanged(SamplePackage.zip(SamplePackage.files()), "units.csv"),
            "the CRC of \"units.csv\" in its local header differs"),
        Arguments.of(
            "anotherCompressionMethodInTheCentralDirectory",
            CraftedZip.ofSample().central(0, entry -> entry.method = 8).finish(),
            "the compression method of \"framework.json\""),
        Arguments.of(
            "anotherOrderInTheCentralDirectory",
            CraftedZip.ofSample().swapCentral(1, 2).finish(),
            "lists the entries in another order"),
        Arguments.of(
            "anEntryTheCentralDirectoryDoesNotList",
            CraftedZip.ofSample().local("units.csv", otherUnits).dropCentral(3).finish(),
            "it holds an entry \"units.csv\" that its central directory does not list"),
        Arguments.of(
            "aFirstEntryTheCentralDirectoryDoesNotList",
            CraftedZip.empty()
                .local("units.csv", otherUnits)
                .local(PackageFiles.FRAMEWORK_JSON, FRAMEWORK.getBytes(StandardCharsets.UTF_8))
                .local(PackageFiles.UNITS_CSV, units)
                .local(PackageFiles.VALUES_CSV, VALUES.getBytes(StandardCharsets.UTF_8))
                .dropCentral(0)
                .finish(),
            "it holds an entry \"units.csv\" that its central directory does not list"),
        Arguments.of(
            "anEntryOnlyTheCentralDirectoryLists",
            CraftedZip.ofSample().local("units.csv", otherUnits).breakLocalSignature(3).finish(),
            "the central directory lists \"units.csv\" but there is no local header where it says"),
        Arguments.of(
            "moreEntriesCountedThanListed",
            CraftedZip.ofSample().countInEndRecord(4).finish(),
            "the central directory says it lists 4 entries but holds 3"),
        Arguments.of(
            "bytesBetweenEntries",
            CraftedZip.empty()
                .local(PackageFiles.FRAMEWORK_JSON, FRAMEWORK.getBytes(StandardCharsets.UTF_8))
                .raw("hidden".getBytes(StandardCharsets.US_ASCII))
                .local(PackageFiles.UNITS_CSV, units)
                .local(PackageFiles.VALUES_CSV, VALUES.getBytes(StandardCharsets.UTF_8))
                .finish(),
            "it holds bytes that belong to no entry between entries"),
        Arguments.of(
            "bytesAfterTheLastEntry",
            CraftedZip.ofSample().raw("hidden".getBytes(StandardCharsets.US_ASCII)).finish(),
            "it holds bytes that belong to no entry after the last entry"),
        Arguments.of(
            "bytesBetweenTheCentralDirectoryAndItsEnd",
            CraftedZip.ofSample().betweenDirectoryAndEnd(new byte[] {1, 2, 3}).finish(),
            "the central directory does not end where the end record starts"),
        Arguments.of(
            "bytesAfterTheEndRecord",
            CraftedZip.ofSample().trailing("hidden".getBytes(StandardCharsets.US_ASCII)).finish(),
            "there are bytes after the ZIP's end record"),
        Arguments.of(
            "noCentralDirectory",
            CraftedZip.ofSample().withoutCentralDirectory(),
            "it has no central directory"));
  }

  @Test
  void bytesBeforeTheFirstEntryAreRefused() {
    byte[] archive = CraftedZip.ofSample().finish();
    byte[] prefixed = new byte[archive.length + 6];
    System.arraycopy(archive, 0, prefixed, 6, archive.length);
    prefixed[0] = 'P';
    prefixed[1] = 'K';
    prefixed[2] = 3;
    prefixed[3] = 4;

    PackageReadResult result = new PackageReader().read(prefixed);

    assertThat(result.isValid()).isFalse();
    assertThat(result.errors())
        .anySatisfy(error -> assertThat(error.messageEn()).startsWith("The ZIP file is "));
  }

  /**
   * Every entry of {@link SamplePackage#zip} has a data descriptor; changes one CRC in the index.
   */
  private static byte[] withCentralCrcChanged(byte[] archive, String name) {
    byte[] changed = archive.clone();
    byte[] nameBytes = name.getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i + 46 + nameBytes.length <= changed.length; i++) {
      if (changed[i] == 'P'
          && changed[i + 1] == 'K'
          && changed[i + 2] == 1
          && changed[i + 3] == 2
          && Arrays.equals(
              changed, i + 46, i + 46 + nameBytes.length, nameBytes, 0, nameBytes.length)) {
        changed[i + 16] ^= 1;
        return changed;
      }
    }
    throw new IllegalArgumentException(name + " is not in the archive");
  }

  /**
   * A ZIP written byte by byte: entries stored (not compressed) with their sizes in the local
   * header, then a central directory that a test may make disagree with them.
   */
  private static final class CraftedZip {

    /** One central directory record. */
    static final class Central {
      String name;
      int method;
      long crc;
      long compressedSize;
      long size;
      long offset;
    }

    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final List<Central> central = new ArrayList<>();
    private final List<Integer> localOffsets = new ArrayList<>();
    private byte[] betweenDirectoryAndEnd = new byte[0];
    private byte[] trailing = new byte[0];
    private Integer countInEndRecord;

    static CraftedZip empty() {
      return new CraftedZip();
    }

    static CraftedZip ofSample() {
      CraftedZip zip = new CraftedZip();
      SamplePackage.files().forEach(zip::local);
      return zip;
    }

    CraftedZip local(String name, byte[] data) {
      CRC32 crc = new CRC32();
      crc.update(data);
      byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
      Central entry = new Central();
      entry.name = name;
      entry.crc = crc.getValue();
      entry.compressedSize = data.length;
      entry.size = data.length;
      entry.offset = body.size();
      localOffsets.add(body.size());
      int32(body, 0x04034b50);
      int16(body, 20);
      int16(body, 1 << 11);
      int16(body, 0);
      int32(body, 0);
      int32(body, entry.crc);
      int32(body, data.length);
      int32(body, data.length);
      int16(body, nameBytes.length);
      int16(body, 0);
      body.writeBytes(nameBytes);
      body.writeBytes(data);
      central.add(entry);
      return this;
    }

    CraftedZip raw(byte[] bytes) {
      body.writeBytes(bytes);
      return this;
    }

    CraftedZip central(int index, java.util.function.Consumer<Central> change) {
      change.accept(central.get(index));
      return this;
    }

    CraftedZip swapCentral(int first, int second) {
      java.util.Collections.swap(central, first, second);
      return this;
    }

    CraftedZip dropCentral(int index) {
      central.remove(index);
      return this;
    }

    CraftedZip breakLocalSignature(int index) {
      byte[] bytes = body.toByteArray();
      bytes[localOffsets.get(index) + 2] = 9;
      body.reset();
      body.writeBytes(bytes);
      return this;
    }

    CraftedZip countInEndRecord(int count) {
      countInEndRecord = count;
      return this;
    }

    CraftedZip betweenDirectoryAndEnd(byte[] bytes) {
      betweenDirectoryAndEnd = bytes;
      return this;
    }

    CraftedZip trailing(byte[] bytes) {
      trailing = bytes;
      return this;
    }

    byte[] withoutCentralDirectory() {
      return body.toByteArray();
    }

    byte[] finish() {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.writeBytes(body.toByteArray());
      int directoryOffset = out.size();
      for (Central entry : central) {
        byte[] nameBytes = entry.name.getBytes(StandardCharsets.UTF_8);
        int32(out, 0x02014b50);
        int16(out, 20);
        int16(out, 20);
        int16(out, 1 << 11);
        int16(out, entry.method);
        int32(out, 0);
        int32(out, entry.crc);
        int32(out, entry.compressedSize);
        int32(out, entry.size);
        int16(out, nameBytes.length);
        int16(out, 0);
        int16(out, 0);
        int16(out, 0);
        int16(out, 0);
        int32(out, 0);
        int32(out, entry.offset);
        out.writeBytes(nameBytes);
      }
      int directorySize = out.size() - directoryOffset;
      out.writeBytes(betweenDirectoryAndEnd);
      int count = countInEndRecord == null ? central.size() : countInEndRecord;
      int32(out, 0x06054b50);
      int16(out, 0);
      int16(out, 0);
      int16(out, count);
      int16(out, count);
      int32(out, directorySize);
      int32(out, directoryOffset);
      int16(out, 0);
      out.writeBytes(trailing);
      return out.toByteArray();
    }

    private static void int16(ByteArrayOutputStream out, int value) {
      out.write(value & 0xFF);
      out.write((value >>> 8) & 0xFF);
    }

    private static void int32(ByteArrayOutputStream out, long value) {
      int16(out, (int) (value & 0xFFFF));
      int16(out, (int) ((value >>> 16) & 0xFFFF));
    }
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
