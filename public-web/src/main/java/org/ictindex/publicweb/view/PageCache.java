package org.ictindex.publicweb.view;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** The rendered public pages, the least recently used forgotten first. */
@ApplicationScoped
public class PageCache {

  private static final int MOST_PAGES = 5_000;

  /** A rendered answer: its bytes, type, download name and entity tag. */
  public record Page(String etag, String contentType, String disposition, byte[] body) {

    static Page of(String key, String contentType, String disposition, byte[] body) {
      try {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update(key.getBytes(StandardCharsets.UTF_8));
        digest.update(body);
        String etag = "\"" + HexFormat.of().formatHex(digest.digest(), 0, 16) + "\"";
        return new Page(etag, contentType, disposition, body);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
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
