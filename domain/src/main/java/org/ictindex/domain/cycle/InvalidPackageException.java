package org.ictindex.domain.cycle;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.stream.Stream;
import org.ictindex.scoring.pkg.PackageError;
import org.ictindex.scoring.pkg.Problem;

/**
 * A year's data that fail validation, nothing of which was stored: a package file, with its errors
 * located in its files, or data changed on a screen, with the problems of the model tagged with
 * what they concern.
 */
@ApplicationException(rollback = true)
public class InvalidPackageException extends RuntimeException {

  private final List<PackageError> errors;
  private final List<Problem> problems;

  public InvalidPackageException(List<PackageError> errors) {
    this(errors, List.of());
  }

  private InvalidPackageException(List<PackageError> errors, List<Problem> problems) {
    super((errors.size() + problems.size()) + " error(s) in the package");
    this.errors = List.copyOf(errors);
    this.problems = List.copyOf(problems);
  }

  /** Data that were never a file, with the problems their validation found. */
  public static InvalidPackageException ofModel(List<Problem> problems) {
    return new InvalidPackageException(List.of(), problems);
  }

  /** The errors of a package file, each at its file, line and column. */
  public List<PackageError> errors() {
    return errors;
  }

  /** The problems of data that were not read from a file. */
  public List<Problem> problems() {
    return problems;
  }

  /** Every error and problem as a line for people, in the given language. */
  public List<String> messages(String language) {
    return Stream.concat(
            errors.stream().map(error -> error.format(language)),
            problems.stream().map(problem -> problem.message(language)))
        .toList();
  }
}
