package org.ictindex.domain.cycle;

import java.util.List;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.pkg.PackageError;
import org.ictindex.scoring.pkg.PackageReadResult;
import org.ictindex.scoring.pkg.PackageReader;
import org.ictindex.scoring.pkg.YearRange;

/** Reads a cycle package that must be valid and belong to a given year. */
public final class YearPackage {

  private YearPackage() {}

  /**
   * The content of a package that comes in (an import, a correction), whose year must be one of the
   * range.
   *
   * @throws InvalidPackageException with every error found, or when the package is of another year
   */
  public static CyclePackage read(byte[] zip, int year, YearRange years) {
    PackageReadResult read = new PackageReader().withYears(years).read(zip);
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

  /**
   * The content of a package the system already holds (a revision as frozen, or a draft rebuilt
   * from its stored data): it was accepted once, so it reads whatever the range of years is today,
   * and a published revision can always be checked.
   *
   * @throws InvalidPackageException with every error found, or when the package is of another year
   */
  public static CyclePackage readKept(byte[] zip, int year) {
    return read(zip, year, YearRange.ANY);
  }
}
