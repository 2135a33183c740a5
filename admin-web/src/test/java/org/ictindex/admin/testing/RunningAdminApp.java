package org.ictindex.admin.testing;

import java.io.IOException;
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
 * The admin application exactly as the build packaged it, running in one Payara Micro for all the
 * tests over HTTP in a test run: started when a test class first asks for its address (a {@link
 * URL} constructor parameter, the app's base such as {@code http://127.0.0.1:port/admin/}), stopped
 * when the run ends. One start instead of one per test class saves about half a minute per class.
 * The database settings, demo years and administrator password are this JVM's environment, which
 * the build sets; the database is shared by the test classes as it is in the MariaDB pass.
 */
public final class RunningAdminApp implements ParameterResolver {

  private static final Namespace NAMESPACE = Namespace.create(RunningAdminApp.class);

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
      return app.uri("/admin/").toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static MicroInstance start() {
    try {
      Path work = Files.createDirectories(Path.of("target", "running-admin-app"));
      MicroInstance app =
          MicroInstance.start(
              "admin",
              Path.of("target/ictindex-admin.war"),
              List.of("--nocluster"),
              Map.of(),
              work);
      app.awaitAnswer("/admin/login.xhtml", Duration.ofMinutes(5));
      return app;
    } catch (IOException e) {
      throw new IllegalStateException("Payara Micro could not be started", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
