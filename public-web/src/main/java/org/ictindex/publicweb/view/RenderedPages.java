package org.ictindex.publicweb.view;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.ictindex.domain.language.Language;
import org.ictindex.domain.published.PublishedRevisions;

/**
 * Published data never changes within a revision, so a rendered page or API answer is kept as bytes
 * and served again for the same address, language, accepted types and set of current revisions; a
 * new publication or correction changes that set and with it every key. Answers carry an ETag, and
 * a client that has the answer gets 304. The key holds only the query parameters the page reads
 * ({@link PageKey}), and the kept pages stay within a budget of bytes ({@link PageCache}).
 *
 * <p>Mapped in web.xml, where the order of the filters is fixed.
 */
public class RenderedPages extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject private PageCache cache;
  @Inject private PublishedRevisions pages;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    // A chosen language sets a cookie in the answer, which must not be replayed to others.
    if (!"GET".equals(request.getMethod()) || request.getParameter(Language.PARAMETER) != null) {
      chain.doFilter(request, response);
      return;
    }
    String key = key(request);
    PageCache.Page page = cache.get(key);
    if (page == null) {
      Capture capture = new Capture(response);
      chain.doFilter(request, capture);
      page = capture.page(key);
      if (page == null) {
        return;
      }
      cache.put(key, page);
    }
    response.setHeader("ETag", page.etag());
    response.setHeader("Cache-Control", PublicCaching.CACHE_CONTROL);
    response.setHeader("Vary", "Accept, Accept-Language, Cookie");
    if (page.etag().equals(request.getHeader("If-None-Match"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setContentType(page.contentType());
    if (page.disposition() != null) {
      response.setHeader("Content-Disposition", page.disposition());
    }
    response.setContentLength(page.body().length);
    // One buffer for the whole page: it then leaves in one write instead of one per default buffer.
    response.setBufferSize(page.body().length);
    response.getOutputStream().write(page.body());
  }

  private String key(HttpServletRequest request) {
    String remembered =
        request.getCookies() == null
            ? null
            : Arrays.stream(request.getCookies())
                .filter(cookie -> cookie.getName().equals(Language.PARAMETER))
                .map(Cookie::getValue)
                .findFirst()
                .orElse(null);
    Language language = Language.choose(null, remembered, request.getHeader("Accept-Language"));
    return PageKey.of(
        pages.version(),
        language.code(),
        request.getHeader("Accept"),
        request.getRequestURI().substring(request.getContextPath().length()),
        request.getQueryString());
  }

  /** Keeps what the page writes, so that a complete 200 answer can be stored. */
  private static final class Capture extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final HttpServletResponse response;
    private PrintWriter writer;
    private ServletOutputStream stream;
    private int status = SC_OK;

    Capture(HttpServletResponse response) {
      super(response);
      this.response = response;
    }

    @Override
    public void setStatus(int status) {
      this.status = status;
      super.setStatus(status);
    }

    @Override
    public void sendError(int status) throws IOException {
      this.status = status;
      super.sendError(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      this.status = status;
      super.sendError(status, message);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
      this.status = SC_FOUND;
      super.sendRedirect(location);
    }

    @Override
    public ServletOutputStream getOutputStream() {
      if (stream == null) {
        stream =
            new ServletOutputStream() {
              @Override
              public void write(int b) {
                body.write(b);
              }

              @Override
              public void write(byte[] bytes, int offset, int length) {
                body.write(bytes, offset, length);
              }

              @Override
              public boolean isReady() {
                return true;
              }

              @Override
              public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException("Pages are written blocking");
              }
            };
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() {
      if (writer == null) {
        writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
      }
      return writer;
    }

    @Override
    public void flushBuffer() {
      if (writer != null) {
        writer.flush();
      }
    }

    @Override
    public void setContentLength(int length) {
      // The length is set when the kept page is sent.
    }

    @Override
    public void setContentLengthLong(long length) {
      // The length is set when the kept page is sent.
    }

    /**
     * The page to keep, or null when the answer was not a complete 200: that one goes out as it was
     * written, such as an API's 404 with its JSON message.
     */
    PageCache.Page page(String key) throws IOException {
      if (writer != null) {
        writer.flush();
      }
      if (response.isCommitted()) {
        return null;
      }
      if (status != SC_OK) {
        response.getOutputStream().write(body.toByteArray());
        return null;
      }
      String type = getContentType();
      byte[] bytes = body.toByteArray();
      return PageCache.Page.of(
          key,
          type,
          response.getHeader("Content-Disposition"),
          type != null && type.startsWith("text/html") ? CompactHtml.of(bytes) : bytes);
    }
  }
}
