package org.ictindex.admin.security;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/**
 * A session that nobody has logged in to lasts {@value #ANONYMOUS_SECONDS} idle seconds, not the 30
 * minutes of web.xml: the login form keeps none (it is stateless, see {@link LoginForm}), but
 * should anything else start one before a login, a flood of anonymous requests cannot fill the
 * memory for half an hour. The login raises it to the normal idle limit.
 */
@WebListener
public class AnonymousSessions implements HttpSessionListener, HttpSessionAttributeListener {

  static final int ANONYMOUS_SECONDS = 120;

  @Override
  public void sessionCreated(HttpSessionEvent event) {
    event.getSession().setMaxInactiveInterval(ANONYMOUS_SECONDS);
  }

  @Override
  public void attributeAdded(HttpSessionBindingEvent event) {
    if (AdminAuthentication.CALLER.equals(event.getName())) {
      event
          .getSession()
          .setMaxInactiveInterval(event.getSession().getServletContext().getSessionTimeout() * 60);
    }
  }
}
