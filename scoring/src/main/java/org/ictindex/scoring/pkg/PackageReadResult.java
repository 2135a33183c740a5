package org.ictindex.scoring.pkg;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ictindex.scoring.model.CyclePackage;

/**
 * What reading a package gives: the whole package, or every error found and no package at all (an
 * import is all or nothing).
 */
public final class PackageReadResult {

  private final CyclePackage cyclePackage;
  private final List<PackageError> errors;

  private PackageReadResult(CyclePackage cyclePackage, List<PackageError> errors) {
    this.cyclePackage = cyclePackage;
    this.errors = List.copyOf(errors);
  }

  static PackageReadResult valid(CyclePackage cyclePackage) {
    return new PackageReadResult(Objects.requireNonNull(cyclePackage), List.of());
  }

  static PackageReadResult invalid(List<PackageError> errors) {
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("An invalid package needs at least one error");
    }
    return new PackageReadResult(null, errors);
  }

  public boolean isValid() {
    return cyclePackage != null;
  }

  /** The package, present only when no error was found. */
  public Optional<CyclePackage> cyclePackage() {
    return Optional.ofNullable(cyclePackage);
  }

  /** Every error found, by file (framework.json, units.csv, values.csv, others), line, column. */
  public List<PackageError> errors() {
    return errors;
  }
}
