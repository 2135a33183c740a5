package org.ictindex.domain.testing;

import java.net.MalformedURLException;
import java.net.URL;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A packaged web app running in one Payara Micro for all the tests over HTTP in a test run: started
 * when a test class first asks for its address (a {@link URL} constructor parameter), stopped when
 * the run ends. One start instead of one per test class saves about half a minute per class.
 */
public abstract class RunningApp implements ParameterResolver {

  /** Starts the app and waits until it answers. */
  protected abstract MicroInstance start() throws Exception;

  /** The path of the app's base address, such as {@code /admin/}. */
  protected abstract String basePath();

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == URL.class;
  }

  @Override
  public URL resolveParameter(ParameterContext parameter, ExtensionContext context) {
    MicroInstance app =
        context
            .getRoot()
            .getStore(Namespace.create(getClass()))
            .getOrComputeIfAbsent(MicroInstance.class, key -> started(), MicroInstance.class);
    try {
      return app.uri(basePath()).toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  private MicroInstance started() {
    try {
      return start();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (Exception e) {
      throw new IllegalStateException("Payara Micro could not be started", e);
    }
  }
}
