package org.ictindex.publicweb.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Where the packaged chart library is served: its path carries the version in the jar. */
@Named
@ApplicationScoped
public class ChartLibrary {

  private static final String POM_PROPERTIES =
      "META-INF/maven/org.webjars.npm/chart.js/pom.properties";

  private final String path;

  public ChartLibrary() {
    Properties properties = new Properties();
    try (InputStream in = ChartLibrary.class.getClassLoader().getResourceAsStream(POM_PROPERTIES)) {
      if (in == null) {
        throw new IllegalStateException("The chart library is not packaged: " + POM_PROPERTIES);
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    path = "/webjars/chart.js/" + properties.getProperty("version") + "/dist/chart.umd.min.js";
  }

  /** The script's path below the application's context root. */
  public String getPath() {
    return path;
  }
}
