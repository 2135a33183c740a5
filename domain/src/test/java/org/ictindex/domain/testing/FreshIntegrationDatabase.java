package org.ictindex.domain.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives each module's integration tests an empty MySQL/MariaDB database, as the embedded database
 * gets a fresh folder: when {@code it.db.url} is set, every table is dropped once before the
 * module's tests start, so no module sees what another one stored.
 */
public class FreshIntegrationDatabase implements LauncherSessionListener {

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    String url = System.getProperty("it.db.url", "");
    if (!url.isBlank()) {
      DatabaseTables.dropAll(
          url, System.getProperty("it.db.user"), System.getProperty("it.db.password"));
    }
  }
}
