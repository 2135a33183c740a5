package org.ictindex.scoring.pkg;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads the raw files of a package from a ZIP archive or a folder, trusting nothing the archive
 * says about itself: every byte is counted as it is inflated and reading stops at the first limit
 * passed, so a ZIP bomb is abandoned after a few kilobytes of input. Once every entry has been read
 * from its local header, the archive's central directory must describe the same entries ({@link
 * ZipStructure}): otherwise the usual tools would show other files than those imported.
 */
final class ArchiveReader {

  /**
   * The files found at the root, by name.
   *
   * @param complete false when reading had to stop (a limit, a damaged archive); nothing more
   *     should then be judged, because what was not read is unknown
   */
  record Content(Map<String, byte[]> files, boolean complete) {}

  private static final int CHUNK = 8192;

  /**
   * Bytes an archive may take besides its files' uncompressed content: headers, names and extra
   * fields of at most a few entries, the central directory and a comment.
   */
  private static final long ARCHIVE_OVERHEAD_BYTES = 4L * 1024 * 1024;

  private final String archiveName;
  private final PackageLimits limits;
  private final ErrorList errors;
  private final Map<String, byte[]> files = new LinkedHashMap<>();
  private int entries;
  private long totalBytes;

  private ArchiveReader(String archiveName, PackageLimits limits, ErrorList errors) {
    this.archiveName = archiveName;
    this.limits = limits;
    this.errors = errors;
  }

  /**
   * Reads a ZIP archive from a stream, which is left open. The archive's bytes are kept while it is
   * read, to compare its central directory with its local headers at the end.
   */
  static Content readZip(InputStream in, String archiveName, PackageLimits limits, ErrorList errors)
      throws IOException {
    return new ArchiveReader(archiveName, limits, errors).readZip(in, null);
  }

  /** Reads a ZIP archive held in memory. */
  static Content readZip(byte[] zip, String archiveName, PackageLimits limits, ErrorList errors) {
    try {
      return new ArchiveReader(archiveName, limits, errors)
          .readZip(new ByteArrayInputStream(zip), zip);
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
  }

  /** Reads the files of a folder; sub-folders are errors, as in a ZIP. */
  static Content readFolder(Path folder, String folderName, PackageLimits limits, ErrorList errors)
      throws IOException {
    return new ArchiveReader(folderName, limits, errors).readFolder(folder);
  }

  /**
   * @param whole the whole archive when it is in memory already, or null to keep the bytes as they
   *     are read from {@code source}
   */
  private Content readZip(InputStream source, byte[] whole) throws IOException {
    RecordingInputStream recording =
        whole == null
            ? new RecordingInputStream(source, limits.maxTotalBytes() + ARCHIVE_OVERHEAD_BYTES)
            : null;
    InputStream in = whole == null ? recording : source;
    PushbackInputStream peekable = new PushbackInputStream(in, 4);
    byte[] signature = peekable.readNBytes(4);
    peekable.unread(signature);
    if (!isZipSignature(signature)) {
      error(
          "Tệp %s không phải là tệp ZIP. Gói dữ liệu là một tệp .zip chứa framework.json, units.csv và values.csv, hoặc một thư mục chứa ba tệp đó."
              .formatted(archiveName),
          "%s is not a ZIP file. A package is a .zip file holding framework.json, units.csv and values.csv, or a folder holding those three files."
              .formatted(archiveName));
      return incomplete();
    }
    CountingInputStream counted = new CountingInputStream(peekable);
    List<ZipEntry> streamed = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(counted, StandardCharsets.UTF_8)) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (tooManyEntries()) {
          return incomplete();
        }
        boolean atRoot = checkEntryName(entry.getName(), entry.isDirectory());
        long compressedAtStart = counted.count();
        // Every entry is inflated through the limits, even one about to be rejected: skipping it
        // would inflate it all the same, without any limit.
        byte[] data = readLimited(zip, entry.getName(), () -> counted.count() - compressedAtStart);
        if (data == null) {
          return incomplete();
        }
        // Read to its end, the entry now holds the CRC and sizes of its data descriptor, if any.
        streamed.add(entry);
        if (atRoot && files.putIfAbsent(entry.getName(), data) != null) {
          error(
              "Tệp %s xuất hiện hai lần trong tệp ZIP.".formatted(entry.getName()),
              "%s appears twice in the ZIP file.".formatted(entry.getName()));
        }
      }
      if (recording != null) {
        recording.readToEnd();
      }
    } catch (ArchiveTooLargeException tooLarge) {
      error(
          "Tệp ZIP lớn hơn %s; đã dừng đọc.".formatted(size(tooLarge.limit)),
          "The ZIP file is larger than %s; reading stopped.".formatted(size(tooLarge.limit)));
      return incomplete();
    } catch (ZipException | EOFException | IllegalArgumentException damaged) {
      error(
          "Tệp ZIP bị hỏng hoặc không đọc được (%s).".formatted(damaged.getMessage()),
          "The ZIP file is damaged or cannot be read (%s).".formatted(damaged.getMessage()));
      return incomplete();
    }
    ZipStructure.Result structure =
        whole != null
            ? ZipStructure.check(whole, whole.length)
            : ZipStructure.check(recording.bytes(), recording.length());
    ZipStructure.Disagreement disagreement = structure.disagreement();
    if (disagreement == null) {
      disagreement = compareStreamed(streamed, structure.entries());
    }
    if (disagreement != null) {
      error(disagreement.messageVi(), disagreement.messageEn());
      return incomplete();
    }
    return new Content(files, true);
  }

  /**
   * What the streaming reader took from the local headers against the central directory: already
   * compared header by header, checked once more on what was actually read.
   */
  private static ZipStructure.Disagreement compareStreamed(
      List<ZipEntry> streamed, List<ZipStructure.Entry> listed) {
    if (streamed.size() != listed.size()) {
      return ZipStructure.disagreement(
          "việc nhập đọc được %d mục nhưng thư mục trung tâm liệt kê %d mục"
              .formatted(streamed.size(), listed.size()),
          "importing reads %d entries but the central directory lists %d"
              .formatted(streamed.size(), listed.size()));
    }
    for (int i = 0; i < listed.size(); i++) {
      ZipEntry read = streamed.get(i);
      ZipStructure.Entry entry = listed.get(i);
      if (!read.getName().equals(entry.name())
          || read.getCrc() != entry.crc()
          || read.getSize() != entry.size()
          || read.getCompressedSize() != entry.compressedSize()) {
        return ZipStructure.disagreement(
            "mục thứ %d (\"%s\") đọc được khác với mục \"%s\" trong thư mục trung tâm"
                .formatted(i + 1, read.getName(), entry.name()),
            "entry %d as read (\"%s\") differs from \"%s\" in the central directory"
                .formatted(i + 1, read.getName(), entry.name()));
      }
    }
    return null;
  }

  private Content readFolder(Path folder) throws IOException {
    List<Path> children;
    try (Stream<Path> listing = Files.list(folder)) {
      children = listing.sorted().toList();
    }
    for (Path child : children) {
      if (tooManyEntries()) {
        return incomplete();
      }
      String name = child.getFileName().toString();
      if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
        error(
            "\"%s\" là một thư mục; gói không được chứa thư mục, các tệp phải nằm ngay ở gốc."
                .formatted(name),
            "\"%s\" is a folder; a package holds no folders, only files at its root."
                .formatted(name));
        continue;
      }
      if (!Files.isRegularFile(child)) {
        error(
            "\"%s\" không phải là một tệp thông thường.".formatted(name),
            "\"%s\" is not a regular file.".formatted(name));
        continue;
      }
      byte[] data;
      try (InputStream in = Files.newInputStream(child)) {
        data = readLimited(in, name, null);
      }
      if (data == null) {
        return incomplete();
      }
      files.put(name, data);
    }
    return new Content(files, true);
  }

  private boolean tooManyEntries() {
    if (++entries <= limits.maxEntries()) {
      return false;
    }
    error(
        "Gói có quá nhiều mục (tối đa %d); gói chỉ gồm framework.json, units.csv và values.csv; đã dừng đọc."
            .formatted(limits.maxEntries()),
        "The package has too many entries (at most %d); it holds only framework.json, units.csv and values.csv; reading stopped."
            .formatted(limits.maxEntries()));
    return true;
  }

  /** Whether the entry is a file at the root; reports it otherwise. */
  private boolean checkEntryName(String name, boolean isFolder) {
    if (isFolder) {
      error(
          "Mục \"%s\" trong tệp ZIP là một thư mục; gói không được chứa thư mục, các tệp phải nằm ngay ở gốc."
              .formatted(name),
          "ZIP entry \"%s\" is a folder; a package holds no folders, only files at its root."
              .formatted(name));
      return false;
    }
    boolean hasPath =
        name.isEmpty()
            || name.contains("/")
            || name.contains("\\")
            || name.contains(":")
            || name.equals("..")
            || name.equals(".");
    if (hasPath) {
      error(
          "Mục \"%s\" trong tệp ZIP có đường dẫn; các tệp phải nằm ngay ở gốc của gói."
              .formatted(name),
          "ZIP entry \"%s\" has a path; files must be at the root of the package.".formatted(name));
      return false;
    }
    return true;
  }

  /**
   * Reads one entry up to the limits.
   *
   * @param compressedSoFar the compressed bytes the entry has used so far, or null when the source
   *     is not compressed
   * @return the bytes, or null when a limit was passed (reported)
   */
  private byte[] readLimited(InputStream in, String name, LongSupplier compressedSoFar)
      throws IOException {
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    byte[] chunk = new byte[CHUNK];
    long entryBytes = 0;
    int read;
    while ((read = in.read(chunk)) != -1) {
      entryBytes += read;
      totalBytes += read;
      if (entryBytes > limits.maxEntryBytes()) {
        error(
            "Tệp %s vượt quá giới hạn %s khi giải nén; đã dừng đọc."
                .formatted(name, size(limits.maxEntryBytes())),
            "%s is larger than the limit of %s when uncompressed; reading stopped."
                .formatted(name, size(limits.maxEntryBytes())));
        return null;
      }
      if (totalBytes > limits.maxTotalBytes()) {
        error(
            "Các tệp của gói cộng lại vượt quá giới hạn %s khi giải nén; đã dừng đọc."
                .formatted(size(limits.maxTotalBytes())),
            "The package's files together are larger than the limit of %s when uncompressed; reading stopped."
                .formatted(size(limits.maxTotalBytes())));
        return null;
      }
      if (compressedSoFar != null
          && entryBytes > PackageLimits.RATIO_GRACE_BYTES
          && entryBytes > limits.maxCompressionRatio() * Math.max(1, compressedSoFar.getAsLong())) {
        error(
            "Tệp %s được nén hơn %d lần, bất thường như một \"bom ZIP\"; đã dừng đọc."
                .formatted(name, limits.maxCompressionRatio()),
            "%s is compressed more than %d times, as a ZIP bomb would be; reading stopped."
                .formatted(name, limits.maxCompressionRatio()));
        return null;
      }
      data.write(chunk, 0, read);
    }
    return data.toByteArray();
  }

  private Content incomplete() {
    return new Content(files, false);
  }

  private void error(String messageVi, String messageEn) {
    errors.add(archiveName, 0, 0, messageVi, messageEn);
  }

  /** A local file header, or the end record of an empty archive. */
  private static boolean isZipSignature(byte[] signature) {
    return signature.length == 4
        && signature[0] == 'P'
        && signature[1] == 'K'
        && ((signature[2] == 3 && signature[3] == 4) || (signature[2] == 5 && signature[3] == 6));
  }

  private static String size(long bytes) {
    long mib = 1024 * 1024;
    if (bytes % mib == 0) {
      return bytes / mib + " MiB";
    }
    if (bytes % 1024 == 0) {
      return bytes / 1024 + " KiB";
    }
    return bytes + " B";
  }

  /** The archive is larger than its files may be together, with room for its headers. */
  private static final class ArchiveTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient long limit;

    ArchiveTooLargeException(long limit) {
      super("archive larger than " + limit + " bytes");
      this.limit = limit;
    }
  }

  /** Keeps every byte read through it, up to a limit; leaves the caller's stream open. */
  private static final class RecordingInputStream extends FilterInputStream {

    private final long limit;
    private byte[] buffer = new byte[64 * 1024];
    private int length;

    RecordingInputStream(InputStream in, long limit) {
      super(in);
      this.limit = Math.min(limit, Integer.MAX_VALUE - 16);
    }

    byte[] bytes() {
      return buffer;
    }

    int length() {
      return length;
    }

    /** Reads what the ZIP reader left: the central directory and the end record. */
    void readToEnd() throws IOException {
      byte[] chunk = new byte[CHUNK];
      while (read(chunk, 0, chunk.length) != -1) {
        // recorded by read
      }
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b != -1) {
        record(new byte[] {(byte) b}, 0, 1);
      }
      return b;
    }

    @Override
    public int read(byte[] into, int offset, int count) throws IOException {
      int read = in.read(into, offset, count);
      if (read > 0) {
        record(into, offset, read);
      }
      return read;
    }

    @Override
    public long skip(long n) throws IOException {
      byte[] skipped = new byte[(int) Math.min(n, CHUNK)];
      int read = read(skipped, 0, skipped.length);
      return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    @Override
    public void close() {
      // The caller opened the stream and closes it.
    }

    private void record(byte[] from, int offset, int count) throws IOException {
      if (length + (long) count > limit) {
        throw new ArchiveTooLargeException(limit);
      }
      if (length + count > buffer.length) {
        buffer =
            java.util.Arrays.copyOf(
                buffer, (int) Math.min(limit, Math.max(buffer.length * 2L, length + count)));
      }
      System.arraycopy(from, offset, buffer, length, count);
      length += count;
    }
  }

  /**
   * Counts the compressed bytes the ZIP reader takes, and leaves the caller's stream open. Per
   * entry the count is exact to within the ZIP reader's small input buffer (512 bytes), which the
   * grace size makes irrelevant.
   */
  private static final class CountingInputStream extends FilterInputStream {

    private long count;

    CountingInputStream(InputStream in) {
      super(in);
    }

    long count() {
      return count;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b != -1) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int read = super.read(buffer, offset, length);
      if (read > 0) {
        count += read;
      }
      return read;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count += skipped;
      return skipped;
    }

    @Override
    public void close() {
      // The caller opened the stream and closes it.
    }
  }
}
