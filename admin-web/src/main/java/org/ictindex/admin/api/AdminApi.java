package org.ictindex.admin.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The admin HTTP API under /admin/api. */
@ApplicationPath("api")
public class AdminApi extends Application {}
