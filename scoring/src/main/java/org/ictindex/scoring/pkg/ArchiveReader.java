package org.ictindex.scoring.pkg;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
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
 * passed, so a ZIP bomb is abandoned after a few kilobytes of input.
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

  /** Reads a ZIP archive from a stream, which is left open. */
  static Content readZip(InputStream in, String archiveName, PackageLimits limits, ErrorList errors)
      throws IOException {
    return new ArchiveReader(archiveName, limits, errors).readZip(in);
  }

  /** Reads the files of a folder; sub-folders are errors, as in a ZIP. */
  static Content readFolder(Path folder, String folderName, PackageLimits limits, ErrorList errors)
      throws IOException {
    return new ArchiveReader(folderName, limits, errors).readFolder(folder);
  }

  private Content readZip(InputStream in) throws IOException {
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
        if (atRoot && files.putIfAbsent(entry.getName(), data) != null) {
          error(
              "Tệp %s xuất hiện hai lần trong tệp ZIP.".formatted(entry.getName()),
              "%s appears twice in the ZIP file.".formatted(entry.getName()));
        }
      }
    } catch (ZipException | EOFException | IllegalArgumentException damaged) {
      error(
          "Tệp ZIP bị hỏng hoặc không đọc được (%s).".formatted(damaged.getMessage()),
          "The ZIP file is damaged or cannot be read (%s).".formatted(damaged.getMessage()));
      return incomplete();
    }
    return new Content(files, true);
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
