package org.ictindex.domain.cycle;

import java.util.List;
import java.util.Map;
import org.ictindex.scoring.model.Framework;
import org.ictindex.scoring.model.Node;
import org.ictindex.scoring.model.Unit;

/**
 * A year's framework, units and recorded values as the data-entry screens show them.
 *
 * @param cells the recorded values by {@link #key(String, String)}; a cell without a row has none
 */
public record ValueSheet(
    int year, CycleStatus status, Framework framework, List<Unit> units, Map<String, Cell> cells) {

  /** One recorded value: its text (empty when missing), note and version for editing. */
  public record Cell(String value, String note, long version) {}

  public ValueSheet {
    units = List.copyOf(units);
    cells = Map.copyOf(cells);
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

  public List<Unit> unitsOf(String groupCode) {
    return units.stream().filter(unit -> unit.groupCode().equals(groupCode)).toList();
  }
}
