package org.ictindex.admin.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ictindex.admin.entry.UploadLimit;
import org.ictindex.domain.account.AccountException;
import org.ictindex.domain.cycle.ConcurrentEditException;
import org.ictindex.domain.cycle.CycleStateException;
import org.ictindex.domain.cycle.InvalidPackageException;
import org.ictindex.domain.cycle.InvalidRequestException;
import org.ictindex.domain.cycle.UnknownCycleException;
import org.ictindex.domain.language.LocalizedException;
import org.ictindex.domain.publication.YearTooLargeException;

/** Turns what the services refuse into HTTP answers with a JSON body. */
final class ProblemMappers {

  private ProblemMappers() {}

  /** 422 with every error of the package, located, in the reader's language. */
  @Provider
  public static class InvalidPackage implements ExceptionMapper<InvalidPackageException> {
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(InvalidPackageException exception) {
      String language = ApiLanguage.of(headers);
      List<Map<String, Object>> errors =
          exception.errors().stream()
              .map(
                  error ->
                      Map.<String, Object>of(
                          "file", error.file(),
                          "line", error.line(),
                          "column", error.column(),
                          "message", error.message(language)))
              .toList();
      return Response.status(422)
          .type(MediaType.APPLICATION_JSON_TYPE)
          .entity(Map.of("errors", errors))
          .build();
    }
  }

  /** What the services refused, with the status that says why and the message for people. */
  @Provider
  public static class Refused implements ExceptionMapper<LocalizedException> {
    private static final Map<Class<? extends LocalizedException>, Response.Status> STATUS =
        Map.of(
            CycleStateException.class, Response.Status.CONFLICT,
            ConcurrentEditException.class, Response.Status.CONFLICT,
            UnknownCycleException.class, Response.Status.NOT_FOUND,
            InvalidRequestException.class, Response.Status.BAD_REQUEST,
            AccountException.class, Response.Status.BAD_REQUEST,
            UploadLimit.TooLargeException.class, Response.Status.REQUEST_ENTITY_TOO_LARGE,
            YearTooLargeException.class, Response.Status.REQUEST_ENTITY_TOO_LARGE);

    @Context HttpHeaders headers;

    @Override
    public Response toResponse(LocalizedException exception) {
      return ErrorBody.of(
          STATUS.getOrDefault(exception.getClass(), Response.Status.BAD_REQUEST),
          exception.message(ApiLanguage.of(headers)));
    }
  }

  /** 403: the caller's role may not do this. */
  @Provider
  public static class AccessDenied implements ExceptionMapper<EJBAccessException> {
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(EJBAccessException exception) {
      return ErrorBody.of(
          Response.Status.FORBIDDEN,
          "en".equals(ApiLanguage.of(headers))
              ? "Your role may not do this."
              : "Vai trò của bạn không được phép làm việc này.");
    }
  }

  /** Anything else: the HTTP status it carries, or 500, and the details only in the log. */
  @Provider
  public static class Unexpected implements ExceptionMapper<Exception> {
    private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

    @Override
    public Response toResponse(Exception exception) {
      if (exception instanceof WebApplicationException web) {
        Response.Status status = Response.Status.fromStatusCode(web.getResponse().getStatus());
        return ErrorBody.of(
            status == null ? Response.Status.BAD_REQUEST : status,
            status == null ? "Bad request" : status.getReasonPhrase());
      }
      if (exception instanceof ProcessingException) {
        // The body could not be read as the resource expects, such as JSON that does not parse.
        return ErrorBody.of(Response.Status.BAD_REQUEST, "The request body cannot be read.");
      }
      if (exception instanceof EJBException ejb && ejb.getCause() instanceof EJBAccessException) {
        return ErrorBody.of(Response.Status.FORBIDDEN, Response.Status.FORBIDDEN.getReasonPhrase());
      }
      LOG.log(Level.SEVERE, "Unexpected error in the admin API", exception);
      return ErrorBody.of(
          Response.Status.INTERNAL_SERVER_ERROR,
          "Internal error; the details are in the server log.");
    }
  }
}
