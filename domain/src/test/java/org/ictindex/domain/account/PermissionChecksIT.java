package org.ictindex.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import org.ictindex.domain.testing.DomainDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The container admits a call to a service method by the permission the method names, whatever
 * screen or API resource makes it: a caller holding another permission is refused, and so is one
 * holding only a role's name, which no annotation names any more.
 */
@ExtendWith(ArquillianExtension.class)
class PermissionChecksIT {

  private static final int UNKNOWN_YEAR = 1901;

  @Deployment
  static WebArchive deployment() {
    return DomainDeployment.createWithRunAsPrincipals();
  }

  @Inject YearReaderCaller yearReader;
  @Inject RoleNamedCaller roleNamed;

  @Test
  void aCallerIsAdmittedWithThePermissionTheMethodNamesAndRefusedWithout() {
    assertThat(yearReader.mayListRevisions(UNKNOWN_YEAR)).isTrue();
    assertThat(yearReader.mayWithdraw(UNKNOWN_YEAR)).isFalse();
  }

  @Test
  void aRolesNameOpensNoMethod() {
    assertThat(roleNamed.mayListRevisions(UNKNOWN_YEAR)).isFalse();
    assertThat(roleNamed.mayWithdraw(UNKNOWN_YEAR)).isFalse();
  }
}
