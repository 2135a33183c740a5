package org.ictindex.publicweb.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ictindex.domain.cycle.CycleCatalog;
import org.ictindex.domain.database.DatabaseSchema;

/** The public start page: the published years. */
@Named
@RequestScoped
public class IndexBacking {

  @Inject private CycleCatalog cycleCatalog;

  @Inject private DatabaseSchema databaseSchema;

  private List<Integer> publishedYears;
  private String schemaVersion;

  @PostConstruct
  void load() {
    publishedYears = cycleCatalog.publishedYears();
    schemaVersion = databaseSchema.status().schemaVersion();
  }

  public List<Integer> getPublishedYears() {
    return publishedYears;
  }

  public String getSchemaVersion() {
    return schemaVersion;
  }
}
