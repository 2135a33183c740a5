package org.ictindex.domain.published;

import static org.ictindex.domain.published.Table.column;

import org.ictindex.domain.published.PublishedRevision.UnitAtNode;
import org.ictindex.scoring.model.ClassShare;
import org.ictindex.scoring.model.IndicatorStatistics;

/**
 * The tables that more than one form of the published figures shares: the open-data API's ranking,
 * and a group's class shares and indicator statistics, which the statistics page and the API's
 * statistics answer both offer as files.
 */
public final class Tables {

  /** A ranking as the open-data API answers it, one row per unit. */
  public static final Table<UnitAtNode> RANKING =
      new Table<>(
          column("unitCode", UnitAtNode::unitCode),
          column("nameVi", unit -> unit.name().vi()),
          column("nameEn", unit -> unit.name().english()),
          column("rank", unit -> unit.result().rank()),
          column("of", unit -> unit.result().of()),
          column("score", unit -> unit.result().score()),
          column("percent", unit -> unit.result().percent()),
          column("classCode", unit -> unit.result().classCode()),
          column("change", unit -> unit.result().change()),
          column("previousRank", unit -> unit.result().previousRank()));

  /** A group's shares of each class at each node. */
  public static final Table<ClassShare> CLASSES =
      new Table<>(
          column("node", ClassShare::node),
          column("classCode", ClassShare::classCode),
          column("count", ClassShare::count),
          column("share", ClassShare::share),
          column("shareChange", ClassShare::shareChange));

  /** A group's statistics of each indicator. */
  public static final Table<IndicatorStatistics> INDICATORS =
      new Table<>(
          column("code", IndicatorStatistics::code),
          column("reporting", IndicatorStatistics::reporting),
          column("positive", IndicatorStatistics::positive),
          column("sum", IndicatorStatistics::sum),
          column("mean", IndicatorStatistics::mean),
          column("median", IndicatorStatistics::median),
          column("min", IndicatorStatistics::min),
          column("max", IndicatorStatistics::max),
          column("positiveChange", IndicatorStatistics::positiveChange),
          column("sumChange", IndicatorStatistics::sumChange));

  private Tables() {}
}
