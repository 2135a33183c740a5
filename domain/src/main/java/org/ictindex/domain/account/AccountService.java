package org.ictindex.domain.account;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ictindex.domain.audit.AuditAction;
import org.ictindex.domain.audit.AuditEntry;
import org.ictindex.domain.audit.AuditTrail;
import org.ictindex.domain.persistence.Timestamps;

/**
 * Creates and changes accounts. Only administrators may, except for the very first one. Every
 * change is audited in its own transaction, and never with a password or its hash.
 */
@Stateless
public class AccountService {

  /** The user name of the administrator created on first start. */
  public static final String FIRST_ADMINISTRATOR = "admin";

  /** What the audit trail says instead of a password. */
  static final String PASSWORD_RESET = "password reset";

  /** What the audit trail says when people change their own password. */
  static final String PASSWORD_CHANGED = "password changed";

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
  private static final String ENABLED = "enabled";
  private static final String DISABLED = "disabled";

  @PersistenceContext(unitName = "ictindex")
  private EntityManager entityManager;

  /**
   * A hash of a random password nobody knows, made once per process with the parameters of stored
   * hashes, against which logins of unknown and disabled names are checked.
   */
  private static volatile String dummyHash;

  @Inject private Pbkdf2PasswordHash passwordHash;
  @Inject private AuditTrail auditTrail;
  @Resource private SessionContext session;

  private PasswordCheck passwordCheck;

  @PostConstruct
  void configureHashing() {
    passwordHash.initialize(PasswordHashing.parameters());
    String dummy = dummyHash;
    if (dummy == null) {
      byte[] random = new byte[24];
      new SecureRandom().nextBytes(random);
      dummy = passwordHash.generate(Base64.getEncoder().encodeToString(random).toCharArray());
      dummyHash = dummy;
    }
    passwordCheck = new PasswordCheck(passwordHash, dummy);
  }

  /** Creates an account with a role; the user name is lower case letters, digits, . _ -. */
  @RolesAllowed(Permission.MANAGE_ACCOUNTS_NAME)
  public Account create(String username, String password, Role role) {
    return create(username, password, role, caller());
  }

  /**
   * The account with the user name, whether enabled or not, found by its canonical form ({@link
   * AccountNames}). Open because logging in looks the account up before anyone is logged in.
   */
  @PermitAll
  public Optional<Account> find(String username) {
    return entityManager
        .createNamedQuery(Account.FIND_BY_CANONICAL_NAME, Account.class)
        .setParameter("canonicalName", AccountNames.canonical(username))
        .getResultStream()
        .findFirst();
  }

  /**
   * The enabled account with the user name and password, for logging in; empty for a wrong
   * password, an unknown name or a disabled account, each after the same single password hash, so
   * that the time of the answer does not tell which names exist. Open because it is the login.
   */
  @PermitAll
  public Optional<Account> authenticate(String username, String password) {
    return passwordCheck.verify(find(username), password);
  }

  /** Every account by user name, with when it last changed. */
  @RolesAllowed(Permission.MANAGE_ACCOUNTS_NAME)
  public List<AccountSummary> accounts() {
    Map<String, Instant> lastChanges = new HashMap<>();
    entityManager
        .createQuery(
            "SELECT r.subject, r.recordedAt FROM AuditRecord r"
                + " WHERE r.subject LIKE :prefix ORDER BY r.id",
            Object[].class)
        .setParameter("prefix", Account.AUDIT_SUBJECT_PREFIX + "%")
        .getResultStream()
        .forEach(row -> lastChanges.put((String) row[0], (Instant) row[1]));
    return entityManager.createNamedQuery(Account.FIND_ALL, Account.class).getResultList().stream()
        .map(
            account ->
                new AccountSummary(
                    account.username(),
                    account.role(),
                    account.isEnabled(),
                    account.createdAt(),
                    lastChanges.getOrDefault(account.auditSubject(), account.createdAt())))
        .toList();
  }

  /**
   * Stops the account from logging in, at once: its open sessions and API calls are refused from
   * their next request. Neither the caller's own account nor the last enabled administrator can be
   * disabled.
   */
  @RolesAllowed(Permission.MANAGE_ACCOUNTS_NAME)
  public void disable(String username) {
    String actor = caller();
    if (username != null && AccountNames.same(username, actor)) {
      throw new AccountException(
          "Bạn không thể tự khóa tài khoản của mình.", "You cannot disable your own account.");
    }
    Account account = existing(username);
    if (!account.isEnabled()) {
      return;
    }
    if (account.role().may(Permission.MANAGE_ACCOUNTS)) {
      requireAnotherEnabledAdministrator(account);
    }
    account.disable();
    record(actor, AuditAction.DISABLE_ACCOUNT, account, ENABLED, DISABLED);
  }

  @RolesAllowed(Permission.MANAGE_ACCOUNTS_NAME)
  public void enable(String username) {
    Account account = existing(username);
    if (account.isEnabled()) {
      return;
    }
    account.enable();
    record(caller(), AuditAction.ENABLE_ACCOUNT, account, DISABLED, ENABLED);
  }

  /**
   * Gives the account another role; the last enabled administrator keeps theirs. The account's open
   * screen sessions end, so that its holder logs in again under the new role.
   */
  @RolesAllowed(Permission.MANAGE_ACCOUNTS_NAME)
  public void changeRole(String username, Role role) {
    if (role == null) {
      throw missingRole();
    }
    Account account = existing(username);
    Role old = account.role();
    if (old == role) {
      return;
    }
    if (old.may(Permission.MANAGE_ACCOUNTS)
        && !role.may(Permission.MANAGE_ACCOUNTS)
        && account.isEnabled()) {
      requireAnotherEnabledAdministrator(account);
    }
    account.changeRole(role);
    record(caller(), AuditAction.CHANGE_ROLE, account, old.name(), role.name());
  }

  /**
   * Sets a new password chosen by an administrator, under the same rules as a new account's. Every
   * open screen session of the account ends at its next request.
   */
  @RolesAllowed(Permission.MANAGE_ACCOUNTS_NAME)
  public void resetPassword(String username, String password) {
    Account account = existing(username);
    PasswordRules.check(account.username(), password);
    account.changePassword(passwordHash.generate(password.toCharArray()));
    record(caller(), AuditAction.RESET_PASSWORD, account, null, PASSWORD_RESET);
  }

  /**
   * Changes the caller's own password, given the current one. Every screen session of the account
   * ends at its next request; the caller's own session may continue by taking on the returned
   * generation.
   *
   * @return the account's new session generation
   * @throws AccountException about {@link AccountField#CURRENT_PASSWORD} when the current password
   *     is wrong, about {@link AccountField#PASSWORD} when the new one breaks a rule
   */
  @RolesAllowed(Permission.SIGN_IN_NAME)
  public long changeOwnPassword(String currentPassword, String newPassword) {
    String actor = caller();
    Account account = existing(actor);
    if (passwordCheck.verify(Optional.of(account), currentPassword).isEmpty()) {
      throw new AccountException(
          AccountField.CURRENT_PASSWORD,
          "Mật khẩu hiện tại không đúng.",
          "The current password is wrong.");
    }
    PasswordRules.check(account.username(), newPassword);
    if (newPassword.equals(currentPassword)) {
      throw new AccountException(
          AccountField.PASSWORD,
          "Mật khẩu mới phải khác mật khẩu hiện tại.",
          "The new password must differ from the current one.");
    }
    account.changePassword(passwordHash.generate(newPassword.toCharArray()));
    record(actor, AuditAction.CHANGE_OWN_PASSWORD, account, null, PASSWORD_CHANGED);
    return account.sessionGeneration();
  }

  /**
   * Creates the first administrator when there is no account at all; does nothing otherwise.
   *
   * @return whether the account was created
   */
  @PermitAll
  public boolean createFirstAdministrator(String password) {
    Long accounts = entityManager.createNamedQuery(Account.COUNT, Long.class).getSingleResult();
    if (accounts > 0) {
      return false;
    }
    create(FIRST_ADMINISTRATOR, password, Role.ADMIN, "system");
    return true;
  }

  private Account create(String username, String password, Role role, String actor) {
    Optional<Account> sameName = username == null ? Optional.empty() : find(username);
    if (sameName.isPresent() && !sameName.get().username().equals(username)) {
      String existing = sameName.get().username();
      throw new AccountException(
          AccountField.USERNAME,
          "Tên đăng nhập "
              + username
              + " bị coi là trùng với tài khoản đã có "
              + existing
              + ": khi đăng nhập, chữ hoa và chữ thường, dấu thanh và các ký tự trông giống nhau"
              + " không được phân biệt.",
          "The user name "
              + username
              + " counts as the existing account "
              + existing
              + ": logins do not tell apart upper and lower case, accents and look-alike"
              + " characters.");
    }
    if (username == null || !USERNAME.matcher(username).matches()) {
      throw new AccountException(
          AccountField.USERNAME,
          "Tên đăng nhập gồm 2–64 chữ thường, chữ số, dấu chấm, gạch dưới hoặc gạch ngang.",
          "A user name has 2–64 lower-case letters, digits, dots, underscores or hyphens.");
    }
    if (role == null) {
      throw missingRole();
    }
    PasswordRules.check(username, password);
    if (sameName.isPresent()) {
      throw new AccountException(
          AccountField.USERNAME,
          "Tên đăng nhập " + username + " đã có người dùng.",
          "The user name " + username + " is taken.");
    }
    Instant now = Timestamps.now();
    Account account =
        new Account(username, passwordHash.generate(password.toCharArray()), role, now);
    entityManager.persist(account);
    record(actor, AuditAction.CREATE_ACCOUNT, account, null, role.name());
    return account;
  }

  private Account existing(String username) {
    Account account =
        username == null
            ? null
            : entityManager
                .createNamedQuery(Account.FIND_BY_CANONICAL_NAME, Account.class)
                .setParameter("canonicalName", AccountNames.canonical(username))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElse(null);
    if (account == null) {
      throw new AccountException(
          AccountField.USERNAME,
          "Không có tài khoản " + username + ".",
          "There is no account " + username + ".");
    }
    return account;
  }

  /**
   * Refuses to take the right to manage accounts from the last enabled account that has it, so that
   * accounts can always be managed. The enabled administrators stay locked until the change
   * commits, so two administrators cannot demote each other at the same moment.
   */
  private void requireAnotherEnabledAdministrator(Account administrator) {
    boolean another =
        entityManager
            .createNamedQuery(Account.FIND_ENABLED_WITH_ROLES, Account.class)
            .setParameter("roles", Role.holding(Permission.MANAGE_ACCOUNTS))
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .anyMatch(candidate -> !candidate.username().equals(administrator.username()));
    if (!another) {
      throw new AccountException(
          administrator.username()
              + " là quản trị viên cuối cùng đang hoạt động; hãy cấp quyền quản trị cho một tài"
              + " khoản khác trước.",
          administrator.username()
              + " is the last enabled administrator; make another account an administrator"
              + " first.");
    }
  }

  /** Names every role, so that a new one is named here without a change. */
  private static AccountException missingRole() {
    List<String> names = Stream.of(Role.values()).map(Role::name).toList();
    String allButLast = String.join(", ", names.subList(0, names.size() - 1));
    String last = names.get(names.size() - 1);
    return new AccountException(
        AccountField.ROLE,
        "Vai trò phải là " + allButLast + " hoặc " + last + ".",
        "The role must be " + allButLast + " or " + last + ".");
  }

  private void record(
      String actor, AuditAction action, Account account, String oldValue, String newValue) {
    auditTrail.record(
        new AuditEntry(actor, action, null, account.auditSubject(), oldValue, newValue, null));
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
