package org.ictindex.publicweb.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.ictindex.publicweb.download.TableFile;

/**
 * How the open-data API answers: JSON or CSV (UTF-8 with a BOM, so spreadsheets read Vietnamese
 * correctly, and safe against formula injection). Entity tags, 304s and cache headers are added by
 * the page cache that keeps every public answer ({@code RenderedPages}).
 */
final class Answers {

  static final MediaType JSON_UTF8 = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");
  static final MediaType CSV_UTF8 = new MediaType("text", "csv", "UTF-8");

  /** Figures are served exactly as they were frozen: big decimals, in plain notation. */
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).build();

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

  static Response json(Object value) {
    try {
      return Response.ok(JSON.writeValueAsString(value), JSON_UTF8).build();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Response csv(String fileName, List<String> header, List<? extends List<?>> rows) {
    return Response.ok(TableFile.csv(header, rows), CSV_UTF8)
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .build();
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
              JSON.writeValueAsString(Map.of("status", status.getStatusCode(), "error", message)))
          .build();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
