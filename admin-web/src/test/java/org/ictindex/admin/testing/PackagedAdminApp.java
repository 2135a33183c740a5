package org.ictindex.admin.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The admin application exactly as the build packaged it, for tests over HTTP. */
public final class PackagedAdminApp {

  private PackagedAdminApp() {}

  public static WebArchive war() {
    return ShrinkWrap.create(ZipImporter.class, "ictindex-admin.war")
        .importFrom(new File("target/ictindex-admin.war"))
        .as(WebArchive.class);
  }
}
