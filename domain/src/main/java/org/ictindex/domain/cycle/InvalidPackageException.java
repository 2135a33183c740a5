package org.ictindex.domain.cycle;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.ictindex.scoring.pkg.PackageError;

/** A package that fails validation; nothing of it was stored. */
@ApplicationException(rollback = true)
public class InvalidPackageException extends RuntimeException {

  private final List<PackageError> errors;

  public InvalidPackageException(List<PackageError> errors) {
    super(errors.size() + " error(s) in the package");
    this.errors = List.copyOf(errors);
  }

  public List<PackageError> errors() {
    return errors;
  }
}
