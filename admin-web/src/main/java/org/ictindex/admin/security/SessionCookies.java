package org.ictindex.admin.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Marks the session cookie Secure when {@code ictindex.secure.cookies} (environment variable {@code
 * ICTINDEX_SECURE_COOKIES}) is {@code true}: the browser then sends it only over HTTPS, as behind a
 * TLS proxy. HttpOnly and SameSite=Strict are set for every installation.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(SessionCookies.class.getName());

  @Override
  public void contextInitialized(ServletContextEvent event) {
    boolean secure =
        ConfigProvider.getConfig(SessionCookies.class.getClassLoader())
            .getOptionalValue("ictindex.secure.cookies", String.class)
            .map(value -> value.trim().equalsIgnoreCase("true"))
            .orElse(false);
    event.getServletContext().getSessionCookieConfig().setAttribute("SameSite", "Strict");
    if (secure) {
      event.getServletContext().getSessionCookieConfig().setSecure(true);
      LOG.info("The session cookie is sent over HTTPS only");
    }
  }
}
