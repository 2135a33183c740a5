package org.ictindex.scoring.pkg;

/**
 * How much a package may make the reader read, so that a hostile archive (a ZIP bomb) costs neither
 * memory nor time. The limits are enforced on the bytes actually read, never on the sizes an
 * archive declares.
 *
 * @param maxEntryBytes largest uncompressed size of one file
 * @param maxTotalBytes largest uncompressed size of all files together
 * @param maxCompressionRatio largest ratio of uncompressed to compressed size of one ZIP entry;
 *     judged once the entry has produced more than {@link #RATIO_GRACE_BYTES}, because small files
 *     of repeated text legitimately compress very well
 * @param maxEntries largest number of entries (files and folders) in the archive or folder
 */
public record PackageLimits(
    long maxEntryBytes, long maxTotalBytes, int maxCompressionRatio, int maxEntries) {

  /** Uncompressed bytes of one entry below which its compression ratio is not judged. */
  public static final long RATIO_GRACE_BYTES = 1024 * 1024;

  private static final long MIB = 1024 * 1024;

  /** 50 MiB per file, 200 MiB in all, 100× compression at most, 10 entries. */
  public static final PackageLimits DEFAULT = new PackageLimits(50 * MIB, 200 * MIB, 100, 10);

  public PackageLimits {
    if (maxEntryBytes <= 0 || maxTotalBytes <= 0 || maxCompressionRatio <= 0 || maxEntries <= 0) {
      throw new IllegalArgumentException("Package limits must be positive");
    }
  }
}
