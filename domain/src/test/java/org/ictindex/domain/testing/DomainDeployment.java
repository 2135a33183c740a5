package org.ictindex.domain.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Builds the web archive that Arquillian deploys for domain tests: the domain's classes and
 * resources with exactly the runtime libraries Maven resolved for it.
 */
public final class DomainDeployment {

  private static final Path RUNTIME_CLASSPATH = Path.of("target", "runtime-classpath.txt");

  private DomainDeployment() {}

  public static WebArchive create() {
    WebArchive archive =
        ShrinkWrap.create(WebArchive.class, "domain-test.war")
            .addPackages(true, "org.ictindex.domain")
            .addAsResource(
                new File("target/classes/META-INF/persistence.xml"), "META-INF/persistence.xml")
            .addAsResource(new File("target/classes/db"), "db");
    // The tests themselves run inside the server and assert with AssertJ.
    archive.addAsLibrary(jarOf(org.assertj.core.api.Assertions.class));
    archive.addAsLibrary(jarOf(net.bytebuddy.ByteBuddy.class));
    for (String entry : runtimeClasspath()) {
      File file = new File(entry);
      if (file.isDirectory()) {
        archive.addAsLibrary(
            ShrinkWrap.create(
                    JavaArchive.class, file.getParentFile().getParentFile().getName() + ".jar")
                .as(ExplodedImporter.class)
                .importDirectory(file)
                .as(JavaArchive.class));
      } else {
        archive.addAsLibrary(file);
      }
    }
    return archive;
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String[] runtimeClasspath() {
    try {
      String classpath = Files.readString(RUNTIME_CLASSPATH).strip();
      return classpath.isEmpty() ? new String[0] : classpath.split(File.pathSeparator);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Run the tests through Maven, which writes " + RUNTIME_CLASSPATH, e);
    }
  }
}
