package org.ictindex.publicweb.view;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stable, bookmarkable page addresses of the public app ({@code /rankings/2013/PROVINCE}) in
 * front of the Facelets views that render them ({@code /ranking.xhtml?year=2013&group=PROVINCE}).
 *
 * <p>Mapped in web.xml, where the order of the filters is fixed.
 */
public class PagePaths extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private record Route(Pattern path, String view, List<String> parameters) {}

  private static final List<Route> ROUTES =
      List.of(
          new Route(
              Pattern.compile("/rankings/(\\d{4})/([A-Za-z0-9_-]+)/?"),
              "/ranking.xhtml",
              List.of("year", "group")),
          new Route(
              Pattern.compile("/units/([A-Za-z0-9_.-]+)/(\\d{4})/?"),
              "/unit.xhtml",
              List.of("unit", "year")),
          new Route(
              Pattern.compile("/statistics/(\\d{4})/([A-Za-z0-9_-]+)/?"),
              "/statistics.xhtml",
              List.of("year", "group")),
          new Route(
              Pattern.compile("/map/(\\d{4})/([A-Za-z0-9_-]+)/?"),
              "/map.xhtml",
              List.of("year", "group")),
          new Route(
              Pattern.compile("/methodology/(\\d{4})/?"), "/methodology.xhtml", List.of("year")),
          new Route(Pattern.compile("/compare/?"), "/compare.xhtml", List.of()));

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    for (Route route : ROUTES) {
      Matcher matcher = route.path().matcher(path);
      if (matcher.matches()) {
        StringBuilder target = new StringBuilder(route.view()).append('?');
        // The forward keeps the browser's own query (node, lang, units…) alongside these.
        for (int i = 0; i < route.parameters().size(); i++) {
          target
              .append(i == 0 ? "" : "&")
              .append(route.parameters().get(i))
              .append('=')
              .append(URLEncoder.encode(matcher.group(i + 1), StandardCharsets.UTF_8));
        }
        request.getRequestDispatcher(target.toString()).forward(request, response);
        return;
      }
    }
    response.sendError(HttpServletResponse.SC_NOT_FOUND);
  }
}
