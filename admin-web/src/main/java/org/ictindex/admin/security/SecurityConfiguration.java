package org.ictindex.admin.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import org.ictindex.domain.account.Role;

/**
 * The roles of the admin app. Accounts and their PBKDF2 password hashes live in the application's
 * database ({@link AccountIdentityStore}); how a request proves who it is: {@link
 * AdminAuthentication}.
 */
@DeclareRoles({Role.ADMIN_NAME, Role.ASSESSOR_NAME, Role.AUDITOR_NAME})
@ApplicationScoped
public class SecurityConfiguration {}
