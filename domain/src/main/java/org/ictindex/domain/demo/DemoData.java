package org.ictindex.domain.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.ictindex.domain.cycle.AssessmentYears;
import org.ictindex.domain.cycle.CycleCatalog;
import org.ictindex.domain.cycle.DraftImport;
import org.ictindex.domain.database.ConfiguredDataSource;
import org.ictindex.domain.publication.Publisher;

/**
 * Loads and publishes the demo years on the first start of an empty system, so that a newcomer sees
 * a real assessment at once. {@code ICTINDEX_DEMO_DATA=false} starts empty instead. All years load
 * in one transaction: either all are published or none.
 */
@Singleton
@Startup
@DependsOn("DatabaseSchema")
public class DemoData {

  /** The demo years, oldest first: each is published before the next is computed. */
  static final List<Integer> YEARS = List.of(2012, 2013);

  static final String ACTOR = "system";
  private static final List<String> FILES = List.of("framework.json", "units.csv", "values.csv");
  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @Inject private CycleCatalog cycles;
  @Inject private DraftImport draftImport;
  @Inject private Publisher publisher;
  @Inject private AssessmentYears assessmentYears;

  @PostConstruct
  void loadIntoAnEmptySystem() {
    Config config = ConfigProvider.getConfig(DemoData.class.getClassLoader());
    boolean wanted = config.getOptionalValue("ictindex.demo.data", Boolean.class).orElse(true);
    boolean readOnly = ConfiguredDataSource.settingsFromConfig().readOnly();
    if (!wanted || readOnly || !cycles.allCycles().isEmpty()) {
      return;
    }
    List<Integer> allowed = YEARS.stream().filter(assessmentYears::allows).toList();
    if (allowed.size() < YEARS.size()) {
      LOG.warning(
          () ->
              "The demo years outside the configured assessment years "
                  + assessmentYears.range().first()
                  + "–"
                  + assessmentYears.range().last()
                  + " are not loaded.");
    }
    for (int year : allowed) {
      draftImport.importPackage(year, packageOf(year), ACTOR);
      publisher.publish(year, ACTOR);
    }
    LOG.info(() -> "Loaded and published the demo years " + allowed);
  }

  /** The year's package as the ZIP an assessor would upload, built from the bundled files. */
  static byte[] packageOf(int year) {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      for (String file : FILES) {
        String resource = "demo/" + year + "/" + file;
        try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream(resource)) {
          if (in == null) {
            throw new IllegalStateException("The demo file " + resource + " is missing");
          }
          out.putNextEntry(new ZipEntry(file));
          in.transferTo(out);
          out.closeEntry();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return zip.toByteArray();
  }
}
