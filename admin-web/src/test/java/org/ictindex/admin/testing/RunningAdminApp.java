package org.ictindex.admin.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.ictindex.domain.testing.MicroInstance;
import org.ictindex.domain.testing.RunningApp;

/**
 * The admin application exactly as the build packaged it, shared by the tests over HTTP; its
 * address is the app's base such as {@code http://127.0.0.1:port/admin/}. The database settings,
 * demo years and administrator password are this JVM's environment, which the build sets; the
 * database is shared by the test classes as it is in the MariaDB pass.
 */
public final class RunningAdminApp extends RunningApp {

  @Override
  protected MicroInstance start() throws Exception {
    Path work = Files.createDirectories(Path.of("target", "running-admin-app"));
    MicroInstance app =
        MicroInstance.start(
            "admin", Path.of("target/ictindex-admin.war"), List.of("--nocluster"), Map.of(), work);
    app.awaitAnswer("/admin/login.xhtml", Duration.ofMinutes(5));
    return app;
  }

  @Override
  protected String basePath() {
    return "/admin/";
  }
}
