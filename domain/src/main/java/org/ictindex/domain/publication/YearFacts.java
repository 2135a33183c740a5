package org.ictindex.domain.publication;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.Framework;
import org.ictindex.scoring.model.IndicatorValue;
import org.ictindex.scoring.model.Node;
import org.ictindex.scoring.model.Unit;

/**
 * What publishing a year freezes, told before it is done.
 *
 * @param unitsPerGroup the number of units of each group, in the framework's order of groups
 * @param missingValues the values an indicator applying to a unit lacks (empty or absent)
 * @param comparedWith the published year the changes of rank are computed against, or null
 * @param groupsWithoutValues the groups none of whose units has a value: while there is one, the
 *     year cannot be published ({@link PublishableData})
 */
public record YearFacts(
    int year,
    String frameworkCode,
    Map<String, Long> unitsPerGroup,
    int indicators,
    int recordedValues,
    int missingValues,
    Integer comparedWith,
    boolean published,
    List<String> groupsWithoutValues) {

  public YearFacts {
    groupsWithoutValues = List.copyOf(groupsWithoutValues);
  }

  /** Whether the data may be published as they are: every group has a value. */
  public boolean publishable() {
    return groupsWithoutValues.isEmpty();
  }

  /** Whether no group has any value. */
  public boolean withoutAnyValue() {
    return !groupsWithoutValues.isEmpty() && groupsWithoutValues.size() == unitsPerGroup.size();
  }

  static YearFacts of(CyclePackage data, Integer comparedWith, boolean published) {
    Framework framework = data.framework();
    Map<String, Long> unitsPerGroup = new LinkedHashMap<>();
    framework.groups().forEach(group -> unitsPerGroup.put(group.code(), 0L));
    data.units().forEach(unit -> unitsPerGroup.merge(unit.groupCode(), 1L, Long::sum));
    Set<String> recorded = new HashSet<>();
    for (IndicatorValue value : data.values()) {
      if (value.value() != null) {
        recorded.add(value.unitCode() + "\u0000" + value.indicatorCode());
      }
    }
    int applicable = 0;
    int recordedApplicable = 0;
    for (Unit unit : data.units()) {
      for (Node indicator : framework.indicatorsFor(unit.groupCode())) {
        applicable++;
        if (recorded.contains(unit.code() + "\u0000" + indicator.code())) {
          recordedApplicable++;
        }
      }
    }
    return new YearFacts(
        data.year(),
        framework.code(),
        unitsPerGroup,
        framework.indicators().size(),
        recordedApplicable,
        applicable - recordedApplicable,
        comparedWith,
        published,
        PublishableData.groupsWithoutValues(data));
  }
}
