package org.ictindex.admin.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ictindex.domain.cycle.Cycle;
import org.ictindex.domain.cycle.CycleCatalog;
import org.ictindex.domain.database.DatabaseSchema;
import org.ictindex.domain.database.DatabaseStatus;

/** The admin start page: every year and the state of the database. */
@Named
@RequestScoped
public class IndexBacking {

  @Inject private CycleCatalog cycleCatalog;

  @Inject private DatabaseSchema databaseSchema;

  private List<Cycle> cycles;
  private DatabaseStatus database;

  @PostConstruct
  void load() {
    cycles = cycleCatalog.allCycles();
    database = databaseSchema.status();
  }

  public List<Cycle> getCycles() {
    return cycles;
  }

  public DatabaseStatus getDatabase() {
    return database;
  }
}
