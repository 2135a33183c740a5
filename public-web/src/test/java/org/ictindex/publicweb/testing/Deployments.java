package org.ictindex.publicweb.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The packaged public application as it ships. */
public final class Deployments {

  private Deployments() {}

  public static WebArchive publicApp() {
    return ShrinkWrap.create(ZipImporter.class, "ictindex-public.war")
        .importFrom(new File("target/ictindex-public.war"))
        .as(WebArchive.class);
  }
}
