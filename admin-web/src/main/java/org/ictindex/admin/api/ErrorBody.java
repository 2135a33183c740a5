package org.ictindex.admin.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** JSON error answers: a message for people, never a stack trace or a class name. */
final class ErrorBody {

  private ErrorBody() {}

  static Response of(Response.Status status, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Map.of("status", status.getStatusCode(), "error", message))
        .build();
  }
}
