package org.ictindex.admin.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import org.ictindex.domain.account.AccountService;

/**
 * Accounts of the application's database: the typed name is found by its canonical form, the
 * password checked against the PBKDF2 hash (a dummy one for unknown and disabled names, so every
 * check takes the same time), and the caller is named by the account's stored user name.
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
        .map(
            account ->
                new CredentialValidationResult(account.username(), Set.of(account.role().name())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
