package org.ictindex.publicweb.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/** The open-data API under /api/v1. */
@ApplicationPath("api/v1")
public class OpenDataApi extends Application {

  /**
   * No generated description of the API at {@code application.wadl}: the documentation says what
   * the API offers, and the container should not list its paths to anyone who asks.
   */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}
