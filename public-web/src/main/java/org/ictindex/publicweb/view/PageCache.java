package org.ictindex.publicweb.view;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.ictindex.domain.audit.AuditChain;

/**
 * The rendered public pages, held within a budget of bytes: when a new page would exceed it, the
 * least recently used pages are forgotten first. The budget is {@code ictindex.page.cache.mb}
 * (environment variable {@code ICTINDEX_PAGE_CACHE_MB}), {@value #DEFAULT_MEGABYTES} MB unless
 * given; a page larger than an eighth of it is served but not kept.
 */
@ApplicationScoped
public class PageCache {

  static final long DEFAULT_MEGABYTES = 64;

  private static final Logger LOG = Logger.getLogger(PageCache.class.getName());

  /** What a kept page costs beyond its body: its key, entity tag, headers and the map's entry. */
  private static final int OVERHEAD_BYTES = 512;

  /** A rendered answer: its bytes, type, download name and entity tag. */
  public record Page(String etag, String contentType, String disposition, byte[] body) {

    static Page of(String key, String contentType, String disposition, byte[] body) {
      MessageDigest digest = AuditChain.sha256Digest();
      digest.update(key.getBytes(StandardCharsets.UTF_8));
      digest.update(body);
      // Half the hash is plenty to tell two versions of one page apart.
      String etag = "\"" + AuditChain.hex(digest.digest()).substring(0, 32) + "\"";
      return new Page(etag, contentType, disposition, body);
    }
  }

  private final long budget;
  private final Map<String, Page> pages = new LinkedHashMap<>(256, 0.75f, true);
  private long bytes;

  public PageCache() {
    this(configuredBudget());
  }

  /** A cache holding at most {@code budget} bytes of pages. */
  PageCache(long budget) {
    this.budget = budget;
  }

  private static long configuredBudget() {
    String configured =
        ConfigProvider.getConfig(PageCache.class.getClassLoader())
            .getOptionalValue("ictindex.page.cache.mb", String.class)
            .orElse(null);
    long megabytes = DEFAULT_MEGABYTES;
    if (configured != null && !configured.isBlank()) {
      try {
        megabytes = Long.parseLong(configured.trim());
      } catch (NumberFormatException unreadable) {
        LOG.warning(() -> "ictindex.page.cache.mb is not a number: " + configured);
      }
    }
    // Zero keeps nothing; a negative budget is read as the default.
    return (megabytes < 0 ? DEFAULT_MEGABYTES : megabytes) * 1024 * 1024;
  }

  synchronized Page get(String key) {
    return pages.get(key);
  }

  /** Keeps the page unless it is too large to be worth its place; forgets the oldest to fit it. */
  synchronized void put(String key, Page page) {
    long size = size(key, page);
    if (size > budget / 8) {
      return;
    }
    Page replaced = pages.put(key, page);
    if (replaced != null) {
      bytes -= size(key, replaced);
    }
    bytes += size;
    Iterator<Map.Entry<String, Page>> eldest = pages.entrySet().iterator();
    while (bytes > budget && eldest.hasNext()) {
      Map.Entry<String, Page> forgotten = eldest.next();
      bytes -= size(forgotten.getKey(), forgotten.getValue());
      eldest.remove();
    }
  }

  /** How many pages are kept. */
  synchronized int count() {
    return pages.size();
  }

  /** How many bytes the kept pages take, as counted against the budget. */
  synchronized long bytes() {
    return bytes;
  }

  long budget() {
    return budget;
  }

  private static long size(String key, Page page) {
    return OVERHEAD_BYTES + 2L * key.length() + page.body().length;
  }
}
