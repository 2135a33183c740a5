package org.ictindex.admin.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.ictindex.domain.account.PasswordHashing;
import org.ictindex.domain.account.Role;
import org.ictindex.domain.database.DatabaseSchema;

/**
 * Accounts live in the application's database with PBKDF2 password hashes; a disabled account
 * cannot log in. How a request proves who it is: {@link AdminAuthentication}.
 */
@DatabaseIdentityStoreDefinition(
    dataSourceLookup = DatabaseSchema.DATA_SOURCE,
    callerQuery = "SELECT password_hash FROM account WHERE username = ? AND enabled = TRUE",
    groupsQuery = "SELECT role FROM account WHERE username = ?",
    hashAlgorithm = Pbkdf2PasswordHash.class,
    hashAlgorithmParameters = {
      PasswordHashing.ALGORITHM,
      PasswordHashing.ITERATIONS,
      PasswordHashing.SALT_SIZE,
      PasswordHashing.KEY_SIZE
    })
@DeclareRoles({Role.ADMIN_NAME, Role.ASSESSOR_NAME, Role.AUDITOR_NAME})
@ApplicationScoped
public class SecurityConfiguration {}
