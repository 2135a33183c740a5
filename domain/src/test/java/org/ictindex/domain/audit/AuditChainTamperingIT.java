package org.ictindex.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import org.ictindex.domain.testing.DomainDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The chain check against the real database, including a row edited there directly. */
@ExtendWith(ArquillianExtension.class)
class AuditChainTamperingIT {

  @Deployment
  static WebArchive deployment() {
    // The tampering bean reads the trail as someone who may; the container needs a principal.
    return DomainDeployment.createWithRunAsPrincipals();
  }

  @Inject AuditTampering tampering;

  @Test
  void aRecordEditedInTheDatabaseIsFoundAndTheRestoredChainHoldsAgain() {
    long edited =
        tampering.record(
            new AuditEntry(
                "aud-tester", AuditAction.EDIT_VALUE, 2651, "value P01 HT.1", "40", "50", "lý do"));
    tampering.record(
        new AuditEntry(
            "aud-tester", AuditAction.EDIT_VALUE, 2651, "value P02 HT.1", "1", "2", null));
    assertThat(tampering.verifyChain().intact()).isTrue();

    tampering.setNewValue(edited, "95");
    ChainVerification afterEdit;
    try {
      afterEdit = tampering.verifyChain();
    } finally {
      tampering.setNewValue(edited, "50");
    }

    assertThat(afterEdit.intact()).isFalse();
    assertThat(afterEdit.brokenRecord()).get().extracting(AuditRecord::id).isEqualTo(edited);
    assertThat(afterEdit.brokenRecord().get().newValue()).isEqualTo("95");
    assertThat(tampering.verifyChain().intact()).isTrue();
  }
}
