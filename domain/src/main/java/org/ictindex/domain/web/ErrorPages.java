package org.ictindex.domain.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.ResourceBundle;
import java.util.Set;
import org.ictindex.domain.language.Language;

/**
 * The error answers of a web app, for every status its web.xml sends here: a short page in the
 * reader's language (the {@code lang} cookie or parameter, else Accept-Language, else Vietnamese),
 * or JSON for the app's HTTP API, with the app's security headers and never a class name, stack
 * trace or the server's name. Each app names its own headers, home and API path in a subclass.
 *
 * <p>An error dispatch leaves the filters' headers behind when the container resets the answer for
 * an exception, so the page sets them itself.
 */
public abstract class ErrorPages extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /**
   * A request attribute that names the text to show instead of the status's own, such as {@link
   * #EXPIRED} for a page whose view state is gone.
   */
  public static final String KIND = "ictindex.error.kind";

  /** The kind of an answer to a post whose page has expired (status 400). */
  public static final String EXPIRED = "expired";

  private static final String BUNDLE = "org.ictindex.domain.web.errors";
  private static final Set<Integer> OWN_TEXTS = Set.of(400, 401, 403, 404, 405, 413, 500);

  /** Sets the app's security headers on an error answer. */
  protected abstract void secure(HttpServletResponse response);

  /** The path of the app's HTTP API within the app, such as {@code /api/}. */
  protected abstract String apiPath();

  /** The path of a style sheet within the app for the page, or null for none. */
  protected String styleSheet() {
    return null;
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    int status;
    String kind;
    Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    if (request.getDispatcherType() != DispatcherType.ERROR) {
      // Reached by its own address rather than as an error page: there is nothing here.
      status = HttpServletResponse.SC_NOT_FOUND;
      kind = "404";
    } else if (request.getAttribute(KIND) instanceof String named) {
      status =
          request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer given
              ? given
              : HttpServletResponse.SC_BAD_REQUEST;
      kind = named;
    } else if (causedBy(failure, ViewExpiredException.class)) {
      status = HttpServletResponse.SC_BAD_REQUEST;
      kind = expiredKind();
    } else {
      Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
      status = code instanceof Integer given ? given : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
      kind = OWN_TEXTS.contains(status) ? Integer.toString(status) : status >= 500 ? "500" : "400";
    }
    Language language = language(request);
    ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, language.locale());
    String title = texts.getString("error." + kind + ".title");
    String text = texts.getString("error." + kind + ".text");

    response.resetBuffer();
    response.setStatus(status);
    secure(response);
    response.setHeader("Cache-Control", "no-store");
    response.setCharacterEncoding("UTF-8");
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path =
        uri instanceof String requested && requested.startsWith(request.getContextPath())
            ? requested.substring(request.getContextPath().length())
            : "";
    if (path.startsWith(apiPath())) {
      response.setContentType("application/json");
      response
          .getWriter()
          .write("{\"status\":" + status + ",\"error\":\"" + json(title + ". " + text) + "\"}");
      return;
    }
    response.setContentType("text/html");
    String home = request.getContextPath() + "/";
    PrintWriter page = response.getWriter();
    page.write("<!DOCTYPE html>\n<html lang=\"" + language.code() + "\">\n<head>\n");
    page.write("<meta charset=\"utf-8\">\n");
    page.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    if (styleSheet() != null) {
      page.write(
          "<link rel=\"stylesheet\" href=\""
              + html(request.getContextPath() + styleSheet())
              + "\">\n");
    }
    page.write("<title>" + html(title) + " · ICT Index</title>\n</head>\n<body>\n<main>\n");
    page.write("<h1 id=\"error-title\">" + html(title) + "</h1>\n");
    page.write("<p id=\"error-text\">" + html(text) + "</p>\n");
    page.write(
        "<p><a href=\"" + html(home) + "\">" + html(texts.getString("error.home")) + "</a></p>\n");
    page.write("</main>\n</body>\n</html>\n");
  }

  /** The text for a post whose view state is gone; the admin app explains, others say 400. */
  protected String expiredKind() {
    return EXPIRED;
  }

  /** The reader's language, without reading a request body that may be what failed. */
  private static Language language(HttpServletRequest request) {
    String parameter = null;
    String query = request.getQueryString();
    if (query != null) {
      parameter =
          Arrays.stream(query.split("&"))
              .filter(pair -> pair.startsWith(Language.PARAMETER + "="))
              .map(pair -> pair.substring(Language.PARAMETER.length() + 1))
              .findFirst()
              .orElse(null);
    }
    String cookie =
        request.getCookies() == null
            ? null
            : Arrays.stream(request.getCookies())
                .filter(c -> c.getName().equals(Language.PARAMETER))
                .map(Cookie::getValue)
                .findFirst()
                .orElse(null);
    return Language.choose(parameter, cookie, request.getHeader("Accept-Language"));
  }

  private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return true;
      }
      if (cause.getCause() == cause) {
        return false;
      }
    }
    return false;
  }

  private static String html(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  private static String json(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
