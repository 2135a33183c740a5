package org.ictindex.publicweb.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Any failure of the open-data API as JSON: the HTTP status it carries (an unknown address is a
 * 404), or 500 with the details only in the server log.
 */
@Provider
public class UnexpectedErrors implements ExceptionMapper<Exception> {

  private static final Logger LOG = Logger.getLogger(UnexpectedErrors.class.getName());

  @Override
  public Response toResponse(Exception exception) {
    if (exception instanceof WebApplicationException web) {
      Response.Status status = Response.Status.fromStatusCode(web.getResponse().getStatus());
      Response.Status known = status == null ? Response.Status.BAD_REQUEST : status;
      return Answers.error(known, known.getReasonPhrase());
    }
    LOG.log(Level.SEVERE, "Unexpected error in the open-data API", exception);
    return Answers.error(
        Response.Status.INTERNAL_SERVER_ERROR,
        "Internal error; the details are in the server log.");
  }
}
