package org.ictindex.scoring.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.CycleResults;
import org.ictindex.scoring.model.LocalizedText;
import org.ictindex.scoring.model.NodeResult;
import org.ictindex.scoring.model.UnitResult;

/**
 * The results as a spreadsheet: one row per unit and node, in the order of the results JSON, as
 * UTF-8 with a byte order mark (so that Excel shows Vietnamese correctly) and every cell protected
 * against formula injection. Figures are written as in the JSON; an absent figure is an empty cell;
 * {@code predecessor_ranks} lists {@code code rank/of} separated by {@code |}.
 */
public final class ResultsCsv {

  /** The columns, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "year",
          "unit_code",
          "unit_name_vi",
          "unit_name_en",
          "group",
          "node",
          "node_name_vi",
          "node_name_en",
          "depth",
          "rank",
          "of",
          "score",
          "max",
          "percent",
          "class",
          "change",
          "previous_rank",
          "predecessor_ranks",
          "rank_median",
          "rank_q5",
          "rank_q95");

  private static final String BOM = "\uFEFF";

  private ResultsCsv() {}

  /** The results of the package's cycle as CSV bytes. */
  public static byte[] write(CyclePackage cycle, CycleResults results) {
    ResultsLayout layout = new ResultsLayout(cycle);
    StringBuilder out = new StringBuilder(BOM);
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
      printer.printRecord(COLUMNS);
      for (UnitResult unit : layout.units(results)) {
        for (NodeResult node : unit.nodes()) {
          printer.printRecord(row(results.year(), unit, node, layout.nodeName(node.code())));
        }
      }
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> row(
      int year, UnitResult unit, NodeResult node, LocalizedText nodeName) {
    List<String> cells = new ArrayList<>();
    cells.add(String.valueOf(year));
    cells.add(unit.unitCode());
    cells.add(unit.name().vi());
    cells.add(unit.name().english());
    cells.add(unit.groupCode());
    cells.add(node.code());
    cells.add(nodeName.vi());
    cells.add(nodeName.english());
    cells.add(String.valueOf(node.depth()));
    cells.add(cell(node.rank()));
    cells.add(cell(node.of()));
    cells.add(cell(node.score()));
    cells.add(cell(node.max()));
    cells.add(cell(node.percent()));
    cells.add(node.classCode() == null ? "" : node.classCode());
    cells.add(cell(node.change()));
    cells.add(cell(node.previousRank()));
    cells.add(
        node.predecessorRanks().stream()
            .map(p -> p.unitCode() + " " + p.rank() + "/" + p.of())
            .collect(Collectors.joining("|")));
    cells.add(node.uncertainty() == null ? "" : String.valueOf(node.uncertainty().median()));
    cells.add(node.uncertainty() == null ? "" : String.valueOf(node.uncertainty().q5()));
    cells.add(node.uncertainty() == null ? "" : String.valueOf(node.uncertainty().q95()));
    return cells.stream().map(SpreadsheetCells::protect).toList();
  }

  private static String cell(Integer value) {
    return value == null ? "" : value.toString();
  }

  private static String cell(BigDecimal value) {
    return value == null ? "" : ResultsLayout.figure(value).toPlainString();
  }
}
