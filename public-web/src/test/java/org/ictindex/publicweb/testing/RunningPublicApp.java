package org.ictindex.publicweb.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.ictindex.domain.testing.MicroInstance;
import org.ictindex.domain.testing.RunningApp;

/**
 * The public application exactly as the build packaged it, shared by the tests over HTTP, on the
 * database that the admin app prepared first; its address is the server's root.
 *
 * <p>On the embedded database it reads the copy of the prepared database: H2 lets one process open
 * a database file, and the tests that deploy the public app through Arquillian open the original.
 */
public final class RunningPublicApp extends RunningApp {

  @Override
  protected MicroInstance start() throws Exception {
    AdminAppPreparesTheDatabase.prepareOnce();
    Path work = Files.createDirectories(Path.of("target", "running-public-app"));
    MicroInstance app =
        MicroInstance.start(
            "public",
            Path.of(System.getProperty("public.war")),
            List.of("--nocluster"),
            Map.of(
                "ICTINDEX_DATA_DIR",
                AdminAppPreparesTheDatabase.PREPARED_COPY.toAbsolutePath().toString()),
            work);
    app.awaitAnswer("/api/v1/cycles", Duration.ofMinutes(5));
    return app;
  }

  @Override
  protected String basePath() {
    return "/";
  }
}
