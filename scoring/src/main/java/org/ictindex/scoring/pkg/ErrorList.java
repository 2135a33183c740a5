package org.ictindex.scoring.pkg;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the errors of one package read; every check adds to it and none stops at the first. */
final class ErrorList {

  /**
   * Problems with the archive or with files that should not be there come first, then the package's
   * files in their usual order, each by line and column; equal places keep the order in which they
   * were found.
   */
  private static final Comparator<PackageError> REPORT_ORDER =
      Comparator.comparingInt((PackageError error) -> PackageFiles.ALL.indexOf(error.file()))
          .thenComparingInt(PackageError::line)
          .thenComparingInt(PackageError::column);

  private final List<PackageError> errors = new ArrayList<>();

  void add(String file, int line, int column, String messageVi, String messageEn) {
    errors.add(new PackageError(file, line, column, messageVi, messageEn));
  }

  boolean isEmpty() {
    return errors.isEmpty();
  }

  int size() {
    return errors.size();
  }

  List<PackageError> inReportOrder() {
    return errors.stream().sorted(REPORT_ORDER).toList();
  }
}
