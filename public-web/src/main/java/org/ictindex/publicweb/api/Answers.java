package org.ictindex.publicweb.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.ictindex.publicweb.download.TableFile;
import org.ictindex.publicweb.view.PublicCaching;

/**
 * How the open-data API answers: JSON or CSV (UTF-8 with a BOM, so spreadsheets read Vietnamese
 * correctly, and safe against formula injection), with an entity tag so that a client that has the
 * current revision gets a 304.
 */
final class Answers {

  static final MediaType JSON_UTF8 = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");
  static final MediaType CSV_UTF8 = new MediaType("text", "csv", "UTF-8");

  private static final CacheControl CACHE = CacheControl.valueOf(PublicCaching.CACHE_CONTROL);

  private Answers() {}

  /** CSV when asked for with {@code ?format=csv} or an Accept header that prefers text/csv. */
  static boolean wantsCsv(String format, HttpHeaders headers) {
    if (format != null) {
      return "csv".equalsIgnoreCase(format);
    }
    List<MediaType> accepted = headers.getAcceptableMediaTypes();
    return !accepted.isEmpty()
        && accepted.get(0).isCompatible(CSV_UTF8)
        && !accepted.get(0).isWildcardType();
  }

  /** 304 when the client's copy has the tag, else the body with the tag and cache headers. */
  static Response tagged(Request request, String tag, Supplier<Response.ResponseBuilder> body) {
    EntityTag entityTag = new EntityTag(tag);
    Response.ResponseBuilder notModified = request.evaluatePreconditions(entityTag);
    Response.ResponseBuilder answer = notModified != null ? notModified : body.get();
    return answer.tag(entityTag).cacheControl(CACHE).build();
  }

  static Response.ResponseBuilder json(Object value) {
    try {
      return Response.ok(PublishedResults.JSON.writeValueAsString(value), JSON_UTF8);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Response.ResponseBuilder csv(String fileName, List<String> header, List<List<?>> rows) {
    return Response.ok(TableFile.csv(header, rows), CSV_UTF8)
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
  }

  /** A 404 with a JSON body in the reader's language. */
  static Response notFound(String message) {
    return error(Response.Status.NOT_FOUND, message);
  }

  /** An error as JSON: a message for people, never a stack trace or a class name. */
  static Response error(Response.Status status, String message) {
    try {
      return Response.status(status)
          .type(JSON_UTF8)
          .entity(
              PublishedResults.JSON.writeValueAsString(
                  Map.of("status", status.getStatusCode(), "error", message)))
          .build();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
