package org.ictindex.domain.database;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import org.ictindex.domain.cycle.CycleCatalog;
import org.ictindex.domain.testing.DomainDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class DatabaseSchemaIT {

  @Deployment
  static WebArchive deployment() {
    return DomainDeployment.create();
  }

  @Inject DatabaseSchema schema;

  @Inject CycleCatalog cycles;

  @Test
  void startupMigratesTheDatabaseToTheNewestSchema() {
    DatabaseStatus status = schema.status();

    assertThat(status.migrations()).isNotEmpty().allMatch(AppliedMigration::succeeded);
    assertThat(status.migrations().get(0).version()).isEqualTo("1");
    assertThat(status.productName()).isNotBlank();
  }

  @Test
  void entitiesAreQueriedThroughThePersistenceUnit() {
    assertThat(cycles.find(1900)).isEmpty();
    assertThat(cycles.allCycles()).extracting(cycle -> cycle.year()).doesNotContain(1900);
  }
}
