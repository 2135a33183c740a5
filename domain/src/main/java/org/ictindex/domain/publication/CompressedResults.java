package org.ictindex.domain.publication;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.ictindex.domain.audit.AuditChain;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.CycleResults;
import org.ictindex.scoring.results.ResultsJson;

/**
 * A revision's canonical results JSON as it is stored: gzip-compressed and cut into parts that each
 * fit in one database packet. The text is written a unit at a time and hashed as it is written, so
 * neither the whole text nor a tree of it is ever held in memory; the hash is that of the
 * uncompressed UTF-8 text, which anyone can recompute from the published package.
 */
public record CompressedResults(String sha256, List<byte[]> parts) {

  /**
   * The largest part: well under MariaDB's and MySQL's default {@code max_allowed_packet} (16 MiB
   * and 64 MiB), even when the driver sends the bytes escaped as text.
   */
  static final int PART_SIZE = 4 * 1024 * 1024;

  private static final int BUFFER_SIZE = 64 * 1024;

  public CompressedResults {
    parts = List.copyOf(parts);
  }

  /** Writes, hashes and compresses the results of the package's year. */
  public static CompressedResults of(CyclePackage data, CycleResults results) {
    PartsOutputStream parts = new PartsOutputStream();
    String sha256;
    try (GZIPOutputStream compressed = new GZIPOutputStream(parts, BUFFER_SIZE)) {
      sha256 = writeHashed(data, results, compressed);
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    return new CompressedResults(sha256, parts.finish());
  }

  /** Compresses results text that was stored whole (revisions published before parts existed). */
  static List<byte[]> compress(byte[] text) {
    PartsOutputStream parts = new PartsOutputStream();
    try (GZIPOutputStream compressed = new GZIPOutputStream(parts, BUFFER_SIZE)) {
      compressed.write(text);
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    return parts.finish();
  }

  /** The SHA-256 of the canonical results text, computed as it is written, nothing kept. */
  public static String sha256(CyclePackage data, CycleResults results) {
    try {
      return writeHashed(data, results, OutputStream.nullOutputStream());
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
  }

  /** The uncompressed UTF-8 text of stored parts. */
  public static InputStream text(List<byte[]> parts) {
    List<InputStream> streams = parts.stream().<InputStream>map(ByteArrayInputStream::new).toList();
    try {
      return new GZIPInputStream(new SequenceInputStream(Collections.enumeration(streams)));
    } catch (IOException corrupt) {
      throw new UncheckedIOException("Stored results are not gzip data", corrupt);
    }
  }

  private static String writeHashed(CyclePackage data, CycleResults results, OutputStream target)
      throws IOException {
    MessageDigest digest = AuditChain.sha256Digest();
    Writer text =
        new OutputStreamWriter(new DigestOutputStream(target, digest), StandardCharsets.UTF_8);
    ResultsJson.write(data, results, text);
    text.flush();
    return AuditChain.hex(digest.digest());
  }

  /** Collects what is written into parts of at most {@link #PART_SIZE} bytes. */
  private static final class PartsOutputStream extends OutputStream {
    private final List<byte[]> parts = new ArrayList<>();
    private ByteArrayOutputStream current = new ByteArrayOutputStream();

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      while (length > 0) {
        int room = PART_SIZE - current.size();
        int taken = Math.min(room, length);
        current.write(bytes, offset, taken);
        offset += taken;
        length -= taken;
        if (current.size() == PART_SIZE) {
          parts.add(current.toByteArray());
          current = new ByteArrayOutputStream();
        }
      }
    }

    List<byte[]> finish() {
      if (current.size() > 0 || parts.isEmpty()) {
        parts.add(current.toByteArray());
      }
      return parts;
    }
  }
}
