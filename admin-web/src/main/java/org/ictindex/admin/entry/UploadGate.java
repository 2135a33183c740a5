package org.ictindex.admin.entry;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.ictindex.domain.account.Permission;
import org.ictindex.domain.language.Language;

/**
 * Decides about a request's body before anyone reads it: the container has authenticated the caller
 * from the headers alone, so an upload can be refused for its declared size or for the caller's
 * permissions while its bytes are still on the wire.
 *
 * <ul>
 *   <li>A body declared larger than an upload may be is refused with 413, whoever sends it.
 *   <li>An upload (a package or workbook to the API, a file to a screen) from someone who may
 *       neither edit a draft nor correct a year, such as an auditor, is refused with 403.
 *   <li>An upload to the API takes one of the {@link UploadSlots} for as long as it runs, or is
 *       refused with 503 and {@code Retry-After} when all are taken. A file sent to the import
 *       screen is written to disk by the container while it arrives; the screen takes a slot when
 *       it reads the file into memory ({@link ImportBacking}).
 * </ul>
 *
 * <p>A body without a declared length (chunked) is read through {@link UploadLimit#read}, which
 * stops after the limit, and a file sent to a screen through the container's multipart limits, read
 * here so that a form over them is answered with 413 before it reaches its page. Refusals close the
 * connection, so that the server never reads the refused body to keep the connection open.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class UploadGate extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(UploadGate.class.getName());

  /** A form carrying a file: the file plus its part headers and the form's other fields. */
  static final long MAX_MULTIPART_BYTES = UploadLimit.MAX_BYTES + 1024 * 1024;

  /** The API's uploads: a year's package, a workbook, a correction. */
  private static final Pattern API_UPLOAD =
      Pattern.compile("/api/cycles/[^/]+/(package|workbook|corrections)/?");

  private static final String API = "/api/";

  /**
   * Whoever holds one of these may upload: each is needed by some service that takes a file (a
   * package or workbook into a draft, a correction), which checks its own again.
   */
  private static final Set<Permission> UPLOADERS =
      EnumSet.of(Permission.EDIT_DRAFTS, Permission.CORRECT);

  @Inject private UploadSlots slots;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long declared = request.getContentLengthLong();
    boolean chunked = request.getHeader("Transfer-Encoding") != null;
    if (declared <= 0 && !chunked) {
      chain.doFilter(request, response);
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean multipart = isMultipart(request.getContentType());
    if (declared > (multipart ? MAX_MULTIPART_BYTES : UploadLimit.MAX_BYTES)) {
      if (path.startsWith(API)) {
        refuse(
            request,
            response,
            HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
            new UploadLimit.TooLargeException().message(language(request)));
      } else {
        // The app's error page, in the reader's language; it reads nothing of the body.
        response.setHeader("Connection", "close");
        response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      }
      return;
    }
    boolean apiUpload = API_UPLOAD.matcher(path).matches();
    if (!apiUpload && !multipart) {
      chain.doFilter(request, response);
      return;
    }
    if (UPLOADERS.stream().noneMatch(permission -> request.isUserInRole(permission.name()))) {
      refuse(
          request,
          response,
          HttpServletResponse.SC_FORBIDDEN,
          "en".equals(language(request))
              ? "Your role may not upload files: an auditor reads, and changes nothing."
              : "Vai trò của bạn không được tải tệp lên: kiểm toán viên chỉ đọc, không thay đổi gì.");
      return;
    }
    if (!path.startsWith(API)) {
      if (formWithinTheLimit(request, response)) {
        chain.doFilter(request, response);
      }
      return;
    }
    Optional<UploadSlots.Slot> slot = slots.tryTake();
    if (slot.isEmpty()) {
      response.setHeader("Retry-After", Integer.toString(UploadSlots.RETRY_AFTER_SECONDS));
      refuse(
          request,
          response,
          HttpServletResponse.SC_SERVICE_UNAVAILABLE,
          busyMessage(language(request)));
      return;
    }
    try (UploadSlots.Slot taken = slot.get()) {
      chain.doFilter(request, response);
    }
  }

  /**
   * Reads a form with a file sent to a screen, whose size the container learns only while reading
   * it when no length was declared: one over the limit (web.xml's multipart-config) is answered
   * with 413 and the app's error page instead of failing inside JSF with a 500, since it is a
   * person's mistake, not a fault. Returns whether the form may go on to its page.
   */
  private static boolean formWithinTheLimit(
      HttpServletRequest request, HttpServletResponse response) throws IOException {
    try {
      request.getParts();
      return true;
    } catch (IllegalStateException overLimit) {
      LOG.info(
          () ->
              "Upload to "
                  + request.getServletPath()
                  + " over the limit of "
                  + UploadLimit.MAX_BYTES
                  + " bytes refused");
      response.setHeader("Connection", "close");
      response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    } catch (ServletException malformed) {
      LOG.info(() -> "Unreadable form with a file to " + request.getServletPath() + " refused");
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }
    return false;
  }

  /** Why an upload waits, in the language given. */
  static String busyMessage(String language) {
    return "en".equals(language)
        ? "Too many files are being imported at this moment; try again in "
            + UploadSlots.RETRY_AFTER_SECONDS
            + " seconds. Nothing was stored."
        : "Đang có quá nhiều tệp được nhập cùng lúc; hãy thử lại sau "
            + UploadSlots.RETRY_AFTER_SECONDS
            + " giây. Không có gì được lưu.";
  }

  private static boolean isMultipart(String contentType) {
    return contentType != null
        && contentType.strip().toLowerCase(Locale.ROOT).startsWith("multipart/");
  }

  private static String language(HttpServletRequest request) {
    return Language.choose(null, null, request.getHeader("Accept-Language")).code();
  }

  /**
   * Answers at once without reading the body: JSON from the API, a short page on screens; the
   * connection is closed afterwards instead of being drained for the next request. Not the app's
   * error pages: they are rendered by JSF, which would read the refused form to decode it.
   */
  private static void refuse(
      HttpServletRequest request, HttpServletResponse response, int status, String message)
      throws IOException {
    response.setHeader("Connection", "close");
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean api = path.startsWith(API);
    byte[] body =
        (api
                ? "{\"status\":" + status + ",\"error\":\"" + json(message) + "\"}"
                : "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>"
                    + status
                    + "</title></head><body><p>"
                    + html(message)
                    + "</p></body></html>")
            .getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType(api ? "application/json;charset=UTF-8" : "text/html;charset=UTF-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
    response.flushBuffer();
  }

  private static String html(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String json(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
