package org.ictindex.scoring.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.IndicatorValue;
import org.ictindex.scoring.model.Node;
import org.ictindex.scoring.model.Unit;
import org.ictindex.scoring.pkg.PackageWriter;

/**
 * Writes a synthetic, seeded cycle package for the import and publishing benchmarks under {@code
 * bench/}: {@code <units> <year> <output.zip> <children per level...>}, for example {@code 10000
 * 2030 cycle.zip 5 4 5} for 10,000 units × 100 indicators. Unlike the engine's benchmarks, which
 * feed the methodology directly, a package must pass validation, so units get no values of the
 * indicators that do not apply to their group.
 */
public final class SyntheticPackageFile {

  private SyntheticPackageFile() {}

  public static void main(String[] arguments) throws IOException {
    int units = Integer.parseInt(arguments[0]);
    int year = Integer.parseInt(arguments[1]);
    Path output = Path.of(arguments[2]);
    int[] childrenPerLevel =
        Arrays.stream(arguments, 3, arguments.length).mapToInt(Integer::parseInt).toArray();
    CyclePackage cycle = SyntheticCycles.generate(units, year, year, childrenPerLevel);
    try (OutputStream out = Files.newOutputStream(output)) {
      PackageWriter.writeZip(applicableOnly(cycle), out);
    }
  }

  private static CyclePackage applicableOnly(CyclePackage cycle) {
    Map<String, String> groupOfUnit =
        cycle.units().stream().collect(Collectors.toMap(Unit::code, Unit::groupCode));
    Map<String, Set<String>> groupsOfIndicator = new HashMap<>();
    for (Node node : cycle.framework().nodes()) {
      collectIndicators(node, node.appliesTo(), groupsOfIndicator);
    }
    List<IndicatorValue> applicable =
        cycle.values().stream()
            .filter(
                value -> {
                  Set<String> groups = groupsOfIndicator.get(value.indicatorCode());
                  return groups.isEmpty() || groups.contains(groupOfUnit.get(value.unitCode()));
                })
            .toList();
    return new CyclePackage(cycle.framework(), cycle.units(), applicable);
  }

  /** The groups each indicator applies to: its own, else the nearest ancestor's (empty: all). */
  private static void collectIndicators(
      Node node, Set<String> inherited, Map<String, Set<String>> groupsOfIndicator) {
    Set<String> groups = node.appliesTo().isEmpty() ? inherited : node.appliesTo();
    if (node.children().isEmpty()) {
      groupsOfIndicator.put(node.code(), groups);
    }
    for (Node child : node.children()) {
      collectIndicators(child, groups, groupsOfIndicator);
    }
  }
}
