package org.ictindex.admin.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import java.util.stream.Collectors;
import org.ictindex.domain.account.Account;
import org.ictindex.domain.account.AccountService;
import org.ictindex.domain.account.Permission;

/**
 * Accounts of the application's database: the typed name is found by its canonical form, the
 * password checked against the PBKDF2 hash (a dummy one for unknown and disabled names, so every
 * check takes the same time), and the caller is named by the account's stored user name. The
 * caller's groups are the permissions of the account's role, which is what {@code @RolesAllowed},
 * web.xml and the screens ask for; the role's own name is no group.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @Inject private AccountService accounts;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential given)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    return accounts
        .authenticate(given.getCaller(), given.getPasswordAsString())
        .map(account -> new CredentialValidationResult(account.username(), groupsOf(account)))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }

  /** The account's caller groups: its role's permissions, by name. */
  static Set<String> groupsOf(Account account) {
    return account.role().permissions().stream()
        .map(Permission::name)
        .collect(Collectors.toUnmodifiableSet());
  }
}
