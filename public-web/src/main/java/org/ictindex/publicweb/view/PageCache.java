package org.ictindex.publicweb.view;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ictindex.domain.audit.AuditChain;

/** The rendered public pages, the least recently used forgotten first. */
@ApplicationScoped
public class PageCache {

  private static final int MOST_PAGES = 5_000;

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

  private final Map<String, Page> pages =
      Collections.synchronizedMap(
          new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Page> eldest) {
              return size() > MOST_PAGES;
            }
          });

  Page get(String key) {
    return pages.get(key);
  }

  void put(String key, Page page) {
    pages.put(key, page);
  }
}
