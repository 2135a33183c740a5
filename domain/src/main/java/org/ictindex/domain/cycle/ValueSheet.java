package org.ictindex.domain.cycle;

import java.util.List;
import java.util.Map;
import org.ictindex.scoring.model.Framework;
import org.ictindex.scoring.model.Node;
import org.ictindex.scoring.model.Unit;
import org.ictindex.scoring.model.UnitGroup;

/**
 * A year's framework with some of its units and their recorded values, as the data-entry screens
 * show them: the whole year, one group's units or one unit.
 *
 * @param units the units the sheet covers
 * @param cells their recorded values by {@link #key(String, String)}; a cell without a row has none
 */
public record ValueSheet(
    int year, CycleStatus status, Framework framework, List<Unit> units, Map<String, Cell> cells) {

  /** One recorded value: its text (empty when missing), note and version for editing. */
  public record Cell(String value, String note, long version) {}

  public ValueSheet {
    units = List.copyOf(units);
    cells = Map.copyOf(cells);
  }

  /**
   * The group a grid shows when asked for {@code groupCode}: that group, or the framework's first
   * when the code is none of its groups; null when it has no group.
   */
  public static String groupShown(Framework framework, String groupCode) {
    List<UnitGroup> groups = framework.groups();
    if (groups.stream().anyMatch(group -> group.code().equals(groupCode))) {
      return groupCode;
    }
    return groups.isEmpty() ? null : groups.get(0).code();
  }

  public static String key(String unitCode, String indicatorCode) {
    return unitCode + "/" + indicatorCode;
  }

  public Cell cell(String unitCode, String indicatorCode) {
    return cells.get(key(unitCode, indicatorCode));
  }

  /** The indicators that exist for units of the group, in the framework's order. */
  public List<Node> indicatorsOf(String groupCode) {
    return framework.indicatorsFor(groupCode);
  }
}
