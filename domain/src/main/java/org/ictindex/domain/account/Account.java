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
    name = Account.FIND_BY_USERNAME,
    query = "SELECT a FROM Account a WHERE a.username = :username")
@NamedQuery(name = Account.COUNT, query = "SELECT COUNT(a) FROM Account a")
@NamedQuery(name = Account.FIND_ALL, query = "SELECT a FROM Account a ORDER BY a.username")
@NamedQuery(
    name = Account.FIND_ENABLED_WITH_ROLE,
    query = "SELECT a FROM Account a WHERE a.role = :role AND a.enabled = TRUE")
public class Account {

  public static final String FIND_BY_USERNAME = "Account.findByUsername";
  public static final String COUNT = "Account.count";
  public static final String FIND_ALL = "Account.findAll";
  public static final String FIND_ENABLED_WITH_ROLE = "Account.findEnabledWithRole";

  /** How audit records name an account as their subject. */
  static final String AUDIT_SUBJECT_PREFIX = "account ";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "username", nullable = false, unique = true, length = 100)
  private String username;

  @Column(name = "password_hash", nullable = false, length = 500)
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 16)
  private Role role;

  @Column(name = "enabled", nullable = false)
  private boolean enabled;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Account() {}

  public Account(String username, String passwordHash, Role role, Instant createdAt) {
    this.username = username;
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

  /** The subject of the audit records about this account. */
  String auditSubject() {
    return AUDIT_SUBJECT_PREFIX + username;
  }

  /** Stops the account from logging in; sessions already open end at their next request. */
  void disable() {
    enabled = false;
  }

  void enable() {
    enabled = true;
  }

  void changeRole(Role newRole) {
    role = newRole;
  }

  void changePassword(String newPasswordHash) {
    passwordHash = newPasswordHash;
  }
}
