package org.ictindex.domain.cycle;

import java.util.List;
import org.ictindex.scoring.model.Framework;
import org.ictindex.scoring.model.IndicatorValue;
import org.ictindex.scoring.model.Unit;
import org.ictindex.scoring.pkg.ModelValidation.PreviousYear;

/**
 * A year's framework and units as an editor starts from them.
 *
 * @param version what the editor hands back on saving, so a change by someone else in between is
 *     noticed instead of overwritten
 * @param values the recorded values, to tell the editor which of them a change would drop
 * @param previous the units of the most recent published year before, which the year's units must
 *     name as their predecessors; null when no year before is published
 */
public record YearStructure(
    int year,
    CycleStatus status,
    long version,
    Framework framework,
    List<Unit> units,
    List<IndicatorValue> values,
    PreviousYear previous) {

  public YearStructure {
    units = List.copyOf(units);
    values = List.copyOf(values);
  }

  public boolean isEditable() {
    return status.isEditable();
  }

  /** The previous published year's unit codes in its order; empty when there is none. */
  public List<String> previousUnitCodes() {
    return previous == null ? List.of() : previous.unitCodes();
  }
}
