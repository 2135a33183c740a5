package org.ictindex.domain.publication;

import java.util.List;
import java.util.Optional;
import org.ictindex.scoring.model.Framework;
import org.ictindex.scoring.model.Node;
import org.ictindex.scoring.model.Unit;

/**
 * What a correction of a published year chooses from: the framework and units of its current
 * revision, without the values, which are read one at a time as they are chosen.
 */
public record CorrectionChoices(int year, Framework framework, List<Unit> units) {

  public CorrectionChoices {
    units = List.copyOf(units);
  }

  public Optional<Unit> unit(String unitCode) {
    return units.stream().filter(unit -> unit.code().equals(unitCode)).findFirst();
  }

  /** The indicators that apply to units of the group, the only ones a correction may change. */
  public List<Node> indicatorsFor(String groupCode) {
    return framework.indicatorsFor(groupCode);
  }
}
