package org.ictindex.domain.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.ictindex.domain.account.Permission;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Builds the web archive that Arquillian deploys for domain tests: the domain's classes and
 * resources with exactly the runtime libraries Maven resolved for it.
 */
public final class DomainDeployment {

  private static final Path RUNTIME_CLASSPATH = Path.of("target", "runtime-classpath.txt");

  /** The roles test beans run as: AuditTampering, YearReaderCaller, RoleNamedCaller. */
  private static final List<String> RUN_AS_ROLES =
      List.of(Permission.READ_AUDIT_TRAIL_NAME, Permission.READ_YEARS_NAME, "ADMIN");

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

  /**
   * The archive with a principal for each role a test bean runs as ({@code @RunAs}), for tests that
   * call those beans: the container needs one to make the call, and once a deployment maps one role
   * it refuses to start with another left unmapped.
   */
  public static WebArchive createWithRunAsPrincipals() {
    StringBuilder mappings = new StringBuilder("<payara-web-app>");
    for (String role : RUN_AS_ROLES) {
      mappings
          .append("<security-role-mapping><role-name>")
          .append(role)
          .append("</role-name><principal-name>")
          .append(role.toLowerCase(Locale.ROOT))
          .append("-tester</principal-name></security-role-mapping>");
    }
    return create()
        .addAsWebInfResource(
            new StringAsset(mappings.append("</payara-web-app>").toString()), "payara-web.xml");
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
