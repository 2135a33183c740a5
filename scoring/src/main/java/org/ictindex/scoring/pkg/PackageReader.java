package org.ictindex.scoring.pkg;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ictindex.scoring.model.CyclePackage;

/**
 * Reads a cycle package (package-format.md) from a ZIP archive or a folder.
 *
 * <p>Reading is all or nothing: the result holds the whole package, or every error found in it and
 * no package. Checking goes on after an error wherever the rest can still be judged, so that one
 * upload shows everything to fix. The bytes are read within {@link PackageLimits}; text must be
 * UTF-8 (a byte order mark is allowed) and is normalised to NFC.
 */
public final class PackageReader {

  /** The name errors give a ZIP archive read from bytes or a stream. */
  public static final String DEFAULT_ARCHIVE_NAME = "package.zip";

  private final PackageLimits limits;
  private final YearRange years;
  private final ModelValidation.PreviousYear previous;

  /** A reader within the default limits that accepts the default years ({@link YearRange}). */
  public PackageReader() {
    this(PackageLimits.DEFAULT);
  }

  public PackageReader(PackageLimits limits) {
    this(limits, YearRange.DEFAULT);
  }

  public PackageReader(PackageLimits limits, YearRange years) {
    this(limits, years, null);
  }

  private PackageReader(
      PackageLimits limits, YearRange years, ModelValidation.PreviousYear previous) {
    this.limits = limits;
    this.years = years;
    this.previous = previous;
  }

  /** The same reader accepting the given years instead. */
  public PackageReader withYears(YearRange years) {
    return new PackageReader(limits, years, previous);
  }

  /**
   * The same reader also requiring every predecessor of a unit to be one of the previous year's
   * units ({@link ModelValidation#validate(CyclePackage, ModelValidation.PreviousYear)}).
   */
  public PackageReader withPrevious(ModelValidation.PreviousYear previous) {
    return new PackageReader(limits, years, previous);
  }

  /** Reads a package from the bytes of a ZIP archive. */
  public PackageReadResult read(byte[] zip) {
    ErrorList errors = new ErrorList();
    return read(ArchiveReader.readZip(zip, DEFAULT_ARCHIVE_NAME, limits, errors), errors);
  }

  /**
   * Reads a package from a stream holding a ZIP archive; the stream is read no further than the
   * limits allow, and is not closed.
   *
   * @throws IOException when the stream itself fails
   */
  public PackageReadResult read(InputStream zip) throws IOException {
    ErrorList errors = new ErrorList();
    return read(ArchiveReader.readZip(zip, DEFAULT_ARCHIVE_NAME, limits, errors), errors);
  }

  /**
   * Reads a package from a ZIP file or from a folder; a path that is neither is an error of the
   * result.
   *
   * @throws IOException when the file system fails while reading
   */
  public PackageReadResult read(Path path) throws IOException {
    ErrorList errors = new ErrorList();
    String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
    if (Files.isDirectory(path)) {
      return read(ArchiveReader.readFolder(path, name, limits, errors), errors);
    }
    if (!Files.isRegularFile(path)) {
      errors.add(
          name,
          0,
          0,
          "Không tìm thấy tệp hoặc thư mục %s.".formatted(path),
          "There is no file or folder %s.".formatted(path));
      return PackageReadResult.invalid(errors.inReportOrder());
    }
    try (InputStream in = Files.newInputStream(path)) {
      return read(ArchiveReader.readZip(in, name, limits, errors), errors);
    }
  }

  private PackageReadResult read(ArchiveReader.Content content, ErrorList errors) {
    if (!content.complete()) {
      return PackageReadResult.invalid(errors.inReportOrder());
    }
    Map<String, byte[]> files = content.files();
    for (String name : files.keySet()) {
      if (!PackageFiles.ALL.contains(name)) {
        errors.add(
            name,
            0,
            0,
            "Tệp thừa %s: gói chỉ gồm framework.json, units.csv và values.csv.".formatted(name),
            "Unexpected file %s: a package holds only framework.json, units.csv and values.csv."
                .formatted(name));
      }
    }
    String frameworkText = text(PackageFiles.FRAMEWORK_JSON, files, errors);
    String unitsText = text(PackageFiles.UNITS_CSV, files, errors);
    String valuesText = text(PackageFiles.VALUES_CSV, files, errors);

    FrameworkReader.Result framework = FrameworkReader.Result.unread();
    if (frameworkText != null) {
      JsonTree tree = JsonTreeParser.parse(PackageFiles.FRAMEWORK_JSON, frameworkText, errors);
      if (tree != null) {
        framework = FrameworkReader.read(tree, errors, years);
      }
    }
    UnitsReader.Result units = new UnitsReader.Result(List.of(), null);
    if (unitsText != null) {
      units = UnitsReader.read(unitsText, errors);
    }
    ValuesReader.Result values = new ValuesReader.Result(List.of(), null);
    if (valuesText != null) {
      values = ValuesReader.read(valuesText, errors);
    }
    Places places = new Places(framework, units, values);
    for (Problem problem :
        ModelValidation.validate(
            framework.framework(), units.units(), values.values(), previous, places)) {
      if (!places.explains(problem)) {
        int[] place = places.place(problem.concern(), problem.position(), problem.field());
        errors.add(
            places.file(problem.concern()),
            place[0],
            place[1],
            problem.messageVi(),
            problem.messageEn());
      }
    }
    if (!errors.isEmpty()) {
      return PackageReadResult.invalid(errors.inReportOrder());
    }
    return PackageReadResult.valid(
        new CyclePackage(framework.framework(), units.units(), values.values()));
  }

  /** Where the files put each element of the model, as far as they could be read. */
  private record Places(
      FrameworkReader.Result framework, UnitsReader.Result units, ValuesReader.Result values)
      implements ModelValidation.EarlierLines {

    String file(Problem.Concern concern) {
      return switch (concern) {
        case FRAMEWORK, GROUP, CLASS, NODE -> PackageFiles.FRAMEWORK_JSON;
        case UNIT -> PackageFiles.UNITS_CSV;
        case VALUE -> PackageFiles.VALUES_CSV;
      };
    }

    /** The line and column of a field of an element. */
    int[] place(Problem.Concern concern, int position, String field) {
      return switch (concern) {
        case FRAMEWORK, GROUP, CLASS, NODE -> {
          JsonTree at = framework.places().at(concern, position, field);
          yield new int[] {at.line(), at.column()};
        }
        case UNIT -> units.place(position, field);
        case VALUE -> values.place(position, field);
      };
    }

    @Override
    public int lineOf(Problem.Concern concern, int position, String field) {
      return place(concern, position, field)[0];
    }

    /**
     * Whether a file's own problem already explains the model's, or the model's cannot be judged
     * because what it is judged against could not be read.
     */
    boolean explains(Problem problem) {
      boolean unitsUnread = units.table() == null;
      return framework.explains(problem)
          || (unitsUnread
              && (problem.kind() == Problem.Kind.UNKNOWN_UNIT
                  || problem.kind() == Problem.Kind.INDICATOR_NOT_APPLICABLE));
    }
  }

  /** The file's text, or null when it is missing or not UTF-8 (reported). */
  private static String text(String name, Map<String, byte[]> files, ErrorList errors) {
    byte[] bytes = files.get(name);
    if (bytes == null) {
      errors.add(
          name,
          0,
          0,
          "Gói thiếu tệp %s.".formatted(name),
          "The package has no %s file.".formatted(name));
      return null;
    }
    return StrictText.decode(name, bytes, errors);
  }
}
