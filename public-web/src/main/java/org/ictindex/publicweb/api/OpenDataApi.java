package org.ictindex.publicweb.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The open-data API under /api/v1. */
@ApplicationPath("api/v1")
public class OpenDataApi extends Application {}
