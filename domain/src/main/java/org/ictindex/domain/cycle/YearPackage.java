package org.ictindex.domain.cycle;

import java.util.List;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.pkg.PackageError;
import org.ictindex.scoring.pkg.PackageReadResult;
import org.ictindex.scoring.pkg.PackageReader;

/** Reads a cycle package that must be valid and belong to a given year. */
public final class YearPackage {

  private YearPackage() {}

  /**
   * The package's content.
   *
   * @throws InvalidPackageException with every error found, or when the package is of another year
   */
  public static CyclePackage read(byte[] zip, int year) {
    PackageReadResult read = new PackageReader().read(zip);
    if (!read.isValid()) {
      throw new InvalidPackageException(read.errors());
    }
    CyclePackage data = read.cyclePackage().orElseThrow();
    if (data.year() != year) {
      throw new InvalidPackageException(
          List.of(
              new PackageError(
                  "framework.json",
                  0,
                  0,
                  "Gói dữ liệu là của năm " + data.year() + ", không phải năm " + year + ".",
                  "The package is for " + data.year() + ", not " + year + ".")));
    }
    return data;
  }
}
