package org.ictindex.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A person's account in the admin app. Only a hash of the password is stored. */
@Entity
@Table(name = "account")
@NamedQuery(
    name = Account.FIND_BY_CANONICAL_NAME,
    query = "SELECT a FROM Account a WHERE a.canonicalName = :canonicalName")
@NamedQuery(name = Account.COUNT, query = "SELECT COUNT(a) FROM Account a")
@NamedQuery(name = Account.FIND_ALL, query = "SELECT a FROM Account a ORDER BY a.username")
@NamedQuery(
    name = Account.FIND_ENABLED_WITH_ROLES,
    query = "SELECT a FROM Account a WHERE a.role IN :roles AND a.enabled = TRUE")
public class Account {

  public static final String FIND_BY_CANONICAL_NAME = "Account.findByCanonicalName";
  public static final String COUNT = "Account.count";
  public static final String FIND_ALL = "Account.findAll";
  public static final String FIND_ENABLED_WITH_ROLES = "Account.findEnabledWithRoles";

  /** How audit records name an account as their subject. */
  static final String AUDIT_SUBJECT_PREFIX = "account ";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "username", nullable = false, unique = true, length = 100)
  private String username;

  /** The user name in its canonical form ({@link AccountNames}), unique. */
  @Column(name = "canonical_name", nullable = false, unique = true, length = 100)
  private String canonicalName;

  @Column(name = "password_hash", nullable = false, length = 500)
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 16)
  private Role role;

  @Column(name = "enabled", nullable = false)
  private boolean enabled;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /**
   * Goes up whenever the account's password, role or status changes; a screen session logged in
   * under an earlier generation ends at its next request.
   */
  @Column(name = "session_generation", nullable = false)
  private long sessionGeneration;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Account() {}

  public Account(String username, String passwordHash, Role role, Instant createdAt) {
    this.username = username;
    this.canonicalName = AccountNames.canonical(username);
    this.passwordHash = passwordHash;
    this.role = role;
    this.enabled = true;
    this.createdAt = createdAt;
  }

  public String username() {
    return username;
  }

  public Role role() {
    return role;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Instant createdAt() {
    return createdAt;
  }

  /** The generation of sessions that may still act for the account. */
  public long sessionGeneration() {
    return sessionGeneration;
  }

  String passwordHash() {
    return passwordHash;
  }

  /** Ends every screen session of the account opened so far, at its next request. */
  void endSessions() {
    sessionGeneration++;
  }

  /** The subject of the audit records about this account. */
  String auditSubject() {
    return AUDIT_SUBJECT_PREFIX + username;
  }

  /** Stops the account from logging in; sessions already open end at their next request. */
  void disable() {
    enabled = false;
    endSessions();
  }

  void enable() {
    enabled = true;
  }

  void changeRole(Role newRole) {
    role = newRole;
    endSessions();
  }

  void changePassword(String newPasswordHash) {
    passwordHash = newPasswordHash;
    endSessions();
  }
}
