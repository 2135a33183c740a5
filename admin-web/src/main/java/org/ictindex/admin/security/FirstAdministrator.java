package org.ictindex.admin.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.ictindex.domain.account.AccountException;
import org.ictindex.domain.account.AccountService;

/**
 * On the first start, creates the administrator {@code admin} with the password of {@code
 * ICTINDEX_ADMIN_PASSWORD}, or with a generated one printed once in the log. There is no fixed
 * default password. A configured password that breaks the password rules creates no account and
 * says so in one line of the log.
 */
@Singleton
@Startup
@DependsOn("DatabaseSchema")
public class FirstAdministrator {

  private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

  @Inject private AccountService accounts;

  @PostConstruct
  void createWhenThereIsNoAccount() {
    Config config = ConfigProvider.getConfig(FirstAdministrator.class.getClassLoader());
    var configured =
        config
            .getOptionalValue("ictindex.admin.password", String.class)
            .filter(password -> !password.isBlank());
    String password = configured.orElseGet(FirstAdministrator::generatedPassword);
    boolean created;
    try {
      created = accounts.createFirstAdministrator(password);
    } catch (AccountException refused) {
      // A stack trace would bury the one thing the operator must do; the system still starts so
      // that the public pages stay up.
      LOG.severe(
          () ->
              "ICTINDEX_ADMIN_PASSWORD is refused: "
                  + refused.getMessage()
                  + " No administrator was created, so nobody can log in to the admin app:"
                  + " stop, set a stronger ICTINDEX_ADMIN_PASSWORD and start again.");
      return;
    }
    if (created && configured.isEmpty()) {
      LOG.warning(
          () ->
              "Created the administrator '"
                  + AccountService.FIRST_ADMINISTRATOR
                  + "' with the generated password: "
                  + password
                  + "  (shown only this once; set ICTINDEX_ADMIN_PASSWORD to choose it)");
    }
  }

  private static String generatedPassword() {
    byte[] random = new byte[18];
    new SecureRandom().nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }
}
