package org.ictindex.publicweb.view;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The key a rendered page is kept under: only what its answer depends on. Query parameters that the
 * page does not read are left out, so that {@code ?x=1}, {@code ?x=2}… share the one kept page
 * instead of each adding a copy; those it reads are kept in a fixed order.
 */
final class PageKey {

  /** The parameters each kind of address reads, by the start of its path. */
  private static final Map<String, Set<String>> READ_PARAMETERS =
      Map.of(
          "/rankings/", Set.of("node", "class", "name", "sort", "format"),
          "/units/", Set.of("table", "format"),
          "/statistics/", Set.of("table", "format"),
          "/methodology/", Set.of("format"),
          "/map/", Set.of("node", "format"),
          "/compare", Set.of("year", "units", "format"),
          "/api/v1/cycles", Set.of("node", "format"));

  private PageKey() {}

  /**
   * The key of an answer.
   *
   * @param version the set of current revisions
   * @param language the reader's language code
   * @param accept the request's Accept header, or null
   * @param path the path within the app, such as {@code /rankings/2013/PROVINCE}
   * @param query the raw query string, or null
   */
  static String of(String version, String language, String accept, String path, String query) {
    boolean api = path.startsWith("/api/");
    return version
        + "|"
        + language
        + "|"
        // Only the API answers differently by Accept (CSV to a client that prefers it).
        + (api && accept != null && accept.toLowerCase(Locale.ROOT).contains("csv")
            ? accept.strip()
            : "")
        + "|"
        + path
        + normalisedQuery(path, query);
  }

  /** The parameters of the query that the page at the path reads, in a fixed order. */
  static String normalisedQuery(String path, String query) {
    if (query == null || query.isEmpty() || path.endsWith("/package.zip")) {
      return "";
    }
    Set<String> read =
        READ_PARAMETERS.entrySet().stream()
            .filter(entry -> path.startsWith(entry.getKey()))
            .map(Map.Entry::getValue)
            .findFirst()
            .orElse(Set.of());
    List<String[]> kept = new ArrayList<>();
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      String name = decoded(equals < 0 ? pair : pair.substring(0, equals));
      // A name that does not decode is kept as it came: it may not share another page's key.
      if (name == null || read.contains(name)) {
        kept.add(new String[] {name == null ? pair : name, pair});
      }
    }
    if (kept.isEmpty()) {
      return "";
    }
    // A stable sort: two values of one name keep their order, which the page may depend on.
    kept.sort(Comparator.comparing(pair -> pair[0]));
    return "?" + kept.stream().map(pair -> pair[1]).collect(Collectors.joining("&"));
  }

  /** The parameter name as the page sees it ({@code no%64e} is {@code node}), or null. */
  private static String decoded(String name) {
    try {
      return URLDecoder.decode(name, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return null;
    }
  }
}
