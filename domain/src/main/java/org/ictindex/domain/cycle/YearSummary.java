package org.ictindex.domain.cycle;

import java.util.List;
import org.ictindex.scoring.model.LocalizedText;

/**
 * One year as the dashboard lists it.
 *
 * @param revision the current published revision, 0 while the year is a draft
 */
public record YearSummary(
    int year, CycleStatus status, int revision, List<GroupCompleteness> groups) {

  public YearSummary {
    groups = List.copyOf(groups);
  }

  /**
   * How many of a group's cells hold a value.
   *
   * @param expected the group's units × the indicators that exist for the group
   */
  public record GroupCompleteness(String code, LocalizedText name, long recorded, long expected) {

    /** Percent of expected cells recorded, to one decimal; 0 when nothing is expected. */
    public double percent() {
      return expected == 0 ? 0 : Math.round(1000.0 * recorded / expected) / 10.0;
    }
  }
}
