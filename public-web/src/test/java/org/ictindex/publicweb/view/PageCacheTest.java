package org.ictindex.publicweb.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The kept pages stay within their byte budget, and unknown parameters add no copies. */
class PageCacheTest {

  private static PageCache.Page page(String key, int bytes) {
    return PageCache.Page.of(key, "application/zip", null, new byte[bytes]);
  }

  @Test
  void manyLargePagesStayWithinTheByteBudget() {
    PageCache cache = new PageCache(1024 * 1024);

    for (int i = 0; i < 1_000; i++) {
      String key = "v|vi||/api/v1/cycles/2016/package.zip?x=" + i;
      cache.put(key, page(key, 60 * 1024));
    }

    assertThat(cache.bytes()).isLessThanOrEqualTo(1024 * 1024);
    assertThat(cache.count()).isBetween(1, 16);
  }

  @Test
  void theLeastRecentlyUsedPageIsForgottenFirst() {
    PageCache cache = new PageCache(100 * 1024);
    cache.put("a", page("a", 10 * 1024));
    cache.put("b", page("b", 10 * 1024));
    cache.get("a");

    for (int i = 0; i < 8; i++) {
      cache.put("new" + i, page("new" + i, 10 * 1024));
    }

    assertThat(cache.get("a")).isNotNull();
    assertThat(cache.get("b")).isNull();
    assertThat(cache.bytes()).isLessThanOrEqualTo(100 * 1024);
  }

  @Test
  void aPageLargerThanAnEighthOfTheBudgetIsNotKept() {
    PageCache cache = new PageCache(80 * 1024);

    cache.put("big", page("big", 11 * 1024));

    assertThat(cache.get("big")).isNull();
    assertThat(cache.bytes()).isZero();
  }

  @Test
  void replacingAPageCountsItsBytesOnce() {
    PageCache cache = new PageCache(1024 * 1024);

    for (int i = 0; i < 100; i++) {
      cache.put("same", page("same", 1_000));
    }

    assertThat(cache.count()).isEqualTo(1);
    assertThat(cache.bytes()).isLessThan(2_000);
  }

  @Test
  void unknownParametersShareTheKeyOfTheAddressWithout() {
    String plain = PageKey.of("v", "vi", null, "/api/v1/cycles/2016/package.zip", null);
    PageCache cache = new PageCache(1024 * 1024);

    for (int i = 0; i < 500; i++) {
      String key = PageKey.of("v", "vi", null, "/api/v1/cycles/2016/package.zip", "x=" + i);
      assertThat(key).isEqualTo(plain);
      if (cache.get(key) == null) {
        cache.put(key, page(key, 60 * 1024));
      }
    }

    assertThat(cache.count()).isEqualTo(1);
    assertThat(PageKey.of("v", "vi", null, "/rankings/2013/PROVINCE", "x=1&utm_source=y"))
        .isEqualTo(PageKey.of("v", "vi", null, "/rankings/2013/PROVINCE", null));
    assertThat(PageKey.of("v", "vi", "text/html", "/units/11/2013", null))
        .as("pages do not vary by Accept")
        .isEqualTo(PageKey.of("v", "vi", "x/y" + 1, "/units/11/2013", null));
  }

  @Test
  void theParametersAPageReadsKeepTheirOwnKeys() {
    String total = PageKey.of("v", "vi", null, "/rankings/2013/PROVINCE", "node=TOTAL&x=1");
    String criterion = PageKey.of("v", "vi", null, "/rankings/2013/PROVINCE", "node=HT");

    assertThat(total).isNotEqualTo(criterion).endsWith("?node=TOTAL");
    assertThat(PageKey.of("v", "vi", null, "/rankings/2013/PROVINCE", "sort=name&node=HT"))
        .isEqualTo(PageKey.of("v", "vi", null, "/rankings/2013/PROVINCE", "node=HT&sort=name"));
    assertThat(PageKey.of("v", "vi", null, "/rankings/2013/PROVINCE", "no%64e=HT"))
        .as("an encoded name is the name the page reads")
        .isNotEqualTo(PageKey.of("v", "vi", null, "/rankings/2013/PROVINCE", null));
    assertThat(PageKey.of("v", "vi", null, "/compare", "year=2013&units=11&units=12"))
        .isNotEqualTo(PageKey.of("v", "vi", null, "/compare", "year=2013&units=12&units=11"));
    assertThat(PageKey.of("v", "vi", "text/csv", "/api/v1/cycles", null))
        .isNotEqualTo(PageKey.of("v", "vi", null, "/api/v1/cycles", null));
  }
}
