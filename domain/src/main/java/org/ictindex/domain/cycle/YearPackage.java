package org.ictindex.domain.cycle;

import java.util.List;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.pkg.ModelValidation;
import org.ictindex.scoring.pkg.ModelValidation.PreviousYear;
import org.ictindex.scoring.pkg.NormalForm;
import org.ictindex.scoring.pkg.PackageError;
import org.ictindex.scoring.pkg.PackageReadResult;
import org.ictindex.scoring.pkg.PackageReader;
import org.ictindex.scoring.pkg.Problem;
import org.ictindex.scoring.pkg.YearRange;

/** A year's data that must be valid and belong to the year: read from a package, or as edited. */
public final class YearPackage {

  private YearPackage() {}

  /**
   * The content of a package that comes in (an import, a correction), whose year must be one of the
   * range.
   *
   * @throws InvalidPackageException with every error found, or when the package is of another year
   */
  public static CyclePackage read(byte[] zip, int year, YearRange years) {
    return read(zip, year, years, null);
  }

  /**
   * The content of a package that comes in as a year's draft, whose units' predecessors must be
   * units of the previous year.
   *
   * @param previous the previous published year's units, or null when there is none
   * @throws InvalidPackageException with every error found, or when the package is of another year
   */
  public static CyclePackage read(byte[] zip, int year, YearRange years, PreviousYear previous) {
    PackageReadResult read = new PackageReader().withYears(years).withPrevious(previous).read(zip);
    if (!read.isValid()) {
      throw new InvalidPackageException(read.errors());
    }
    CyclePackage data = read.cyclePackage().orElseThrow();
    requireYear(data, year);
    return data;
  }

  /**
   * Data checked on the model, without a file: its texts in the form a file gives them, its year
   * the given one, and no problem.
   *
   * @param previous the previous published year's units, or null when there is none
   * @return the data with their texts in NFC
   * @throws InvalidPackageException with every problem found, or when the data are of another year
   */
  public static CyclePackage validated(CyclePackage data, int year, PreviousYear previous) {
    CyclePackage normal = NormalForm.of(data);
    requireYear(normal, year);
    List<Problem> problems = ModelValidation.validate(normal, previous);
    if (!problems.isEmpty()) {
      throw InvalidPackageException.ofModel(problems);
    }
    return normal;
  }

  private static void requireYear(CyclePackage data, int year) {
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
