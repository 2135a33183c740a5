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
public class Account {

  public static final String FIND_BY_USERNAME = "Account.findByUsername";
  public static final String COUNT = "Account.count";

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
}
