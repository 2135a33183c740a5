package org.ictindex.admin.view;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.pkg.PackageError;
import org.ictindex.scoring.pkg.PackageFiles;
import org.ictindex.scoring.pkg.PackageReader;
import org.ictindex.scoring.pkg.PackageWriter;
import org.ictindex.scoring.pkg.YearRange;

/**
 * Checks a working copy exactly as the importer checks a package (by writing it and reading it
 * back), and tells for each error which node, group, class or unit it concerns, so the screen can
 * show it there.
 */
public final class PackageCheck {

  private static final Pattern CODE_LINE = Pattern.compile("^( *)\"code\": \"(.*)\",?$");

  /**
   * One error of the check.
   *
   * @param owner the code of the node, group, class or unit it concerns, or null for the whole
   */
  public record PlacedError(String owner, PackageError error) {}

  private PackageCheck() {}

  /**
   * Every error of the package; empty when it is valid.
   *
   * @param knownCodes the codes the screen can show an error at
   */
  public static List<PlacedError> errors(CyclePackage data, Collection<String> knownCodes) {
    byte[] zip = PackageWriter.toZip(data);
    // The year is the draft's own, not edited here; the service reads it the same way.
    List<PackageError> errors = new PackageReader().withYears(YearRange.ANY).read(zip).errors();
    if (errors.isEmpty()) {
      return List.of();
    }
    String[] frameworkLines = entry(zip, PackageFiles.FRAMEWORK_JSON).split("\n", -1);
    List<PlacedError> placed = new ArrayList<>();
    for (PackageError error : errors) {
      String owner = null;
      if (PackageFiles.FRAMEWORK_JSON.equals(error.file())) {
        owner = namedIn(error.messageVi(), knownCodes);
        if (owner == null) {
          owner = enclosingCode(frameworkLines, error.line());
        }
      } else if (PackageFiles.UNITS_CSV.equals(error.file())
          && error.line() >= 2
          && error.line() - 2 < data.units().size()) {
        owner = data.units().get(error.line() - 2).code();
      }
      placed.add(
          new PlacedError(owner != null && knownCodes.contains(owner) ? owner : null, error));
    }
    return placed;
  }

  /** The code a message quotes, when it is one of the known ones. */
  private static String namedIn(String message, Collection<String> knownCodes) {
    Matcher quoted = Pattern.compile("\"([^\"]+)\"").matcher(message);
    while (quoted.find()) {
      if (knownCodes.contains(quoted.group(1))) {
        return quoted.group(1);
      }
    }
    return null;
  }

  /**
   * The code of the JSON object that holds the line: the nearest "code" above it with no line in
   * between that leaves the object (written one member per line, indented, code first).
   */
  private static String enclosingCode(String[] lines, int line) {
    if (line < 1 || line > lines.length) {
      return null;
    }
    int lowest = indent(lines[line - 1]);
    for (int at = line - 1; at >= 0; at--) {
      String text = lines[at];
      Matcher code = CODE_LINE.matcher(text);
      if (code.matches() && code.group(1).length() <= lowest) {
        return code.group(2);
      }
      lowest = Math.min(lowest, indent(text));
    }
    return null;
  }

  private static int indent(String line) {
    int spaces = 0;
    while (spaces < line.length() && line.charAt(spaces) == ' ') {
      spaces++;
    }
    return spaces;
  }

  private static String entry(byte[] zip, String name) {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (entry.getName().equals(name)) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
      return "";
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
  }
}
