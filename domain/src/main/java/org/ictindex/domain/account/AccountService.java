package org.ictindex.domain.account;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ictindex.domain.audit.AuditAction;
import org.ictindex.domain.audit.AuditEntry;
import org.ictindex.domain.audit.AuditTrail;
import org.ictindex.domain.persistence.Timestamps;

/** Creates accounts. Only administrators may, except for the very first one. */
@Stateless
@DeclareRoles({Role.ADMIN_NAME, Role.ASSESSOR_NAME, Role.AUDITOR_NAME})
public class AccountService {

  /** The user name of the administrator created on first start. */
  public static final String FIRST_ADMINISTRATOR = "admin";

  static final int MINIMUM_PASSWORD_LENGTH = 12;
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

  @PersistenceContext(unitName = "ictindex")
  private EntityManager entityManager;

  @Inject private Pbkdf2PasswordHash passwordHash;
  @Inject private AuditTrail auditTrail;
  @Resource private SessionContext session;

  @PostConstruct
  void configureHashing() {
    passwordHash.initialize(PasswordHashing.parameters());
  }

  /** Creates an account with a role; the user name is lower case letters, digits, . _ -. */
  @RolesAllowed(Role.ADMIN_NAME)
  public Account create(String username, String password, Role role) {
    return create(username, password, role, session.getCallerPrincipal().getName());
  }

  /** The account with the user name, whether enabled or not. */
  public Optional<Account> find(String username) {
    return entityManager
        .createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  /**
   * Creates the first administrator when there is no account at all; does nothing otherwise.
   *
   * @return whether the account was created
   */
  public boolean createFirstAdministrator(String password) {
    Long accounts = entityManager.createNamedQuery(Account.COUNT, Long.class).getSingleResult();
    if (accounts > 0) {
      return false;
    }
    create(FIRST_ADMINISTRATOR, password, Role.ADMIN, "system");
    return true;
  }

  private Account create(String username, String password, Role role, String actor) {
    if (username == null || !USERNAME.matcher(username).matches()) {
      throw new AccountException(
          "Tên đăng nhập gồm 2–64 chữ thường, chữ số, dấu chấm, gạch dưới hoặc gạch ngang.",
          "A user name has 2–64 lower-case letters, digits, dots, underscores or hyphens.");
    }
    if (role == null) {
      throw new AccountException(
          "Vai trò phải là ADMIN, ASSESSOR hoặc AUDITOR.",
          "The role must be ADMIN, ASSESSOR or AUDITOR.");
    }
    if (password == null || password.length() < MINIMUM_PASSWORD_LENGTH) {
      throw new AccountException(
          "Mật khẩu phải có ít nhất " + MINIMUM_PASSWORD_LENGTH + " ký tự.",
          "A password needs at least " + MINIMUM_PASSWORD_LENGTH + " characters.");
    }
    boolean taken =
        !entityManager
            .createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
            .setParameter("username", username)
            .getResultList()
            .isEmpty();
    if (taken) {
      throw new AccountException(
          "Tên đăng nhập " + username + " đã có người dùng.",
          "The user name " + username + " is taken.");
    }
    Instant now = Timestamps.now();
    Account account =
        new Account(username, passwordHash.generate(password.toCharArray()), role, now);
    entityManager.persist(account);
    auditTrail.record(
        new AuditEntry(
            actor,
            AuditAction.CREATE_ACCOUNT,
            null,
            "account " + username,
            null,
            role.name(),
            null));
    return account;
  }
}
