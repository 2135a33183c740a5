package org.ictindex.scoring.model;

import java.util.List;

/** Statistics of one unit group in one cycle (methodology §7). */
public record GroupStatistics(
    String groupCode,
    List<ClassShare> classes,
    List<NodeStatistics> nodes,
    List<IndicatorStatistics> indicators) {

  public GroupStatistics {
    classes = List.copyOf(classes);
    nodes = List.copyOf(nodes);
    indicators = List.copyOf(indicators);
  }
}
