package org.ictindex.domain.cycle;

import java.util.List;
import org.ictindex.scoring.model.Framework;
import org.ictindex.scoring.model.IndicatorValue;
import org.ictindex.scoring.model.Unit;

/**
 * A year's framework and units as an editor starts from them.
 *
 * @param version what the editor hands back on saving, so a change by someone else in between is
 *     noticed instead of overwritten
 * @param values the recorded values, to tell the editor which of them a change would drop
 * @param previousUnitCodes the units of the most recent published year before, which the year's
 *     units may name as their predecessors
 */
public record YearStructure(
    int year,
    CycleStatus status,
    long version,
    Framework framework,
    List<Unit> units,
    List<IndicatorValue> values,
    List<String> previousUnitCodes) {

  public YearStructure {
    units = List.copyOf(units);
    values = List.copyOf(values);
    previousUnitCodes = List.copyOf(previousUnitCodes);
  }

  public boolean isEditable() {
    return status.isEditable();
  }
}
