package org.ictindex.publicweb.testing;

import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.ictindex.domain.testing.MicroInstance;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The public application exactly as the build packaged it, running in one Payara Micro for all the
 * tests over HTTP in a test run, on the database that the admin app prepared first: started when a
 * test class first asks for its address (a {@link URL} constructor parameter, the server's root),
 * stopped when the run ends. One start instead of one per test class saves about half a minute per
 * class.
 *
 * <p>On the embedded database it reads the copy of the prepared database: H2 lets one process open
 * a database file, and the tests that deploy the public app through Arquillian open the original.
 */
public final class RunningPublicApp implements ParameterResolver {

  private static final Namespace NAMESPACE = Namespace.create(RunningPublicApp.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == URL.class;
  }

  @Override
  public URL resolveParameter(ParameterContext parameter, ExtensionContext context) {
    MicroInstance app =
        context
            .getRoot()
            .getStore(NAMESPACE)
            .getOrComputeIfAbsent(MicroInstance.class, key -> start(), MicroInstance.class);
    try {
      return app.uri("/").toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static MicroInstance start() {
    try {
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
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (Exception e) {
      throw new IllegalStateException("Payara Micro could not be started", e);
    }
  }
}
