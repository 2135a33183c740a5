package org.ictindex.admin.entry;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * A file sent to a screen (the import screen's upload) without a declared length that turns out
 * larger than the limit is answered with 413 and the page that says so in the reader's language,
 * instead of failing inside JSF with a 500 and a stack trace in the log: the container refuses to
 * read such a form (web.xml's multipart-config), which is a person's mistake, not a fault. A form
 * whose declared length is over the limit never gets here: {@link UploadGate} refuses it unread.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class OversizedUploads extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(OversizedUploads.class.getName());

  /** Up to this much of a refused body is read and dropped, so the browser sees the answer. */
  private static final long MOST_DRAINED_BYTES = 2 * UploadGate.MAX_MULTIPART_BYTES;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String type = request.getContentType();
    if (!"POST".equals(request.getMethod())
        || type == null
        || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
      chain.doFilter(request, response);
      return;
    }
    boolean tooLarge = false;
    try {
      request.getParts();
    } catch (IllegalStateException overLimit) {
      tooLarge = true;
    } catch (ServletException malformed) {
      LOG.info(() -> "Unreadable form with a file to " + request.getServletPath() + " refused");
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    if (tooLarge) {
      LOG.info(
          () ->
              "Upload to "
                  + request.getServletPath()
                  + " over the limit of "
                  + UploadLimit.MAX_BYTES
                  + " bytes refused");
      drain(request);
      response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      return;
    }
    chain.doFilter(request, response);
  }

  private static void drain(HttpServletRequest request) {
    long length = request.getContentLengthLong();
    if (length > MOST_DRAINED_BYTES) {
      return;
    }
    try (InputStream body = request.getInputStream()) {
      byte[] buffer = new byte[64 * 1024];
      long read = 0;
      int n;
      while (read < MOST_DRAINED_BYTES && (n = body.read(buffer)) > 0) {
        read += n;
      }
    } catch (IOException | IllegalStateException unreadable) {
      // Already read by the refused parsing, or the client went away: nothing more to drop.
    }
  }
}
