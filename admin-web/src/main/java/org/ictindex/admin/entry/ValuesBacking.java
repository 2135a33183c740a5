package org.ictindex.admin.entry;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ictindex.admin.view.Feedback;
import org.ictindex.domain.cycle.CycleService;
import org.ictindex.domain.cycle.CycleStatus;
import org.ictindex.domain.cycle.DataEntry;
import org.ictindex.domain.cycle.ValueSheet;
import org.ictindex.domain.language.CurrentLanguage;
import org.ictindex.domain.unit.RecordedValue;
import org.ictindex.scoring.model.Node;
import org.ictindex.scoring.model.Unit;
import org.ictindex.scoring.model.UnitGroup;

/**
 * The grid of one group's values in a year: units down, indicators across. A changed cell is saved
 * as soon as the person leaves it; a refused value stays in the cell with the reason.
 */
@Named
@ViewScoped
public class ValuesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One cell: the text shown and typed, what is stored, its note and version. */
  public static final class CellModel implements Serializable {
    private static final long serialVersionUID = 1L;
    private String value;
    private String saved;
    private final String note;
    private Long version;
    private String problem;

    CellModel(ValueSheet.Cell cell) {
      this.value = cell == null ? "" : cell.value();
      this.saved = value;
      this.note = cell == null ? "" : cell.note();
      this.version = cell == null ? null : cell.version();
    }

    public String getValue() {
      return value;
    }

    public void setValue(String value) {
      this.value = value == null ? "" : value.strip();
    }

    public String getNote() {
      return note;
    }

    public String getProblem() {
      return problem;
    }

    public boolean isMissing() {
      return saved.isEmpty();
    }

    boolean isChanged() {
      return !value.equals(saved);
    }
  }

  /** One unit's line of the grid. */
  public static final class UnitRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final String name;
    private final Map<String, CellModel> cells = new LinkedHashMap<>();

    UnitRow(String code, String name) {
      this.code = code;
      this.name = name;
    }

    public String getCode() {
      return code;
    }

    public String getName() {
      return name;
    }

    public Map<String, CellModel> getCells() {
      return cells;
    }

    long missing() {
      return cells.values().stream().filter(CellModel::isMissing).count();
    }
  }

  /** An indicator column. */
  public record Column(String code, String name, String unit) implements Serializable {}

  @Inject private DataEntry dataEntry;
  @Inject private CycleService cycleService;
  @Inject private Feedback feedback;
  @Inject private CurrentLanguage language;

  private int year;
  private String group;
  private CycleStatus status;
  private List<UnitGroup> groups = List.of();
  private List<Column> columns = List.of();
  private final List<UnitRow> rows = new ArrayList<>();
  private String nameFilter = "";
  private boolean onlyMissing;

  /**
   * Reads the group in the address (the first group by default): its units and their values, not
   * the other groups'.
   */
  public void load() {
    ValueSheet sheet = feedback.attempt(() -> dataEntry.groupSheet(year, group));
    if (sheet == null) {
      return;
    }
    status = sheet.status();
    groups = sheet.framework().groups();
    group = ValueSheet.groupShown(sheet.framework(), group);
    String lang = language.getCode();
    List<Node> indicators = group == null ? List.of() : sheet.indicatorsOf(group);
    columns =
        indicators.stream()
            .map(node -> new Column(node.code(), node.name().in(lang), node.unit()))
            .toList();
    rows.clear();
    for (Unit unit : sheet.units()) {
      UnitRow row = new UnitRow(unit.code(), unit.name().in(lang));
      indicators.forEach(
          node -> row.cells.put(node.code(), new CellModel(sheet.cell(unit.code(), node.code()))));
      rows.add(row);
    }
  }

  /** Saves one cell the person changed; a refused value stays in the cell with the reason. */
  public void saveCell(String unitCode, String indicatorCode) {
    rows.stream()
        .filter(row -> row.code.equals(unitCode))
        .findFirst()
        .ifPresent(row -> save(row, indicatorCode, row.cells.get(indicatorCode)));
  }

  private void save(UnitRow row, String indicator, CellModel cell) {
    if (!cell.isChanged()) {
      return;
    }
    RecordedValue stored =
        feedback.attempt(
            () ->
                cycleService.editValue(
                    year, row.code, indicator, cell.value, cell.note, cell.version));
    if (stored == null) {
      cell.problem = feedback.text("values.cell.refused", row.name, indicator);
      return;
    }
    cell.saved = cell.value;
    cell.version = stored.version();
    cell.problem = null;
    feedback.infoKey("values.cell.saved", row.name, indicator);
  }

  /** The rows that pass the filters. */
  public List<UnitRow> getVisibleRows() {
    String wanted = nameFilter == null ? "" : nameFilter.strip().toLowerCase(Locale.ROOT);
    return rows.stream()
        .filter(row -> wanted.isEmpty() || row.name.toLowerCase(Locale.ROOT).contains(wanted))
        .filter(row -> !onlyMissing || row.missing() > 0)
        .toList();
  }

  /** How many cells of the group have no value. */
  public long getMissingCount() {
    return rows.stream().mapToLong(UnitRow::missing).sum();
  }

  public long getCellCount() {
    return (long) rows.size() * columns.size();
  }

  /** Whether this person may change the values now: an editor, on a draft. */
  public boolean isEditable(boolean editor) {
    return editor && status.isEditable();
  }

  /** Sends the year's values as a workbook to fill in. */
  public void downloadWorkbook() throws IOException {
    byte[] workbook = feedback.attempt(() -> dataEntry.workbook(year));
    if (workbook == null) {
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    external.setResponseContentType(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    external.setResponseHeader(
        "Content-Disposition", "attachment; filename=\"values-" + year + ".xlsx\"");
    external.setResponseContentLength(workbook.length);
    external.getResponseOutputStream().write(workbook);
    faces.responseComplete();
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public String getGroup() {
    return group;
  }

  public void setGroup(String group) {
    this.group = group;
  }

  public CycleStatus getStatus() {
    return status;
  }

  public List<UnitGroup> getGroups() {
    return groups;
  }

  public List<Column> getColumns() {
    return columns;
  }

  public String getNameFilter() {
    return nameFilter;
  }

  public void setNameFilter(String nameFilter) {
    this.nameFilter = nameFilter;
  }

  public boolean isOnlyMissing() {
    return onlyMissing;
  }

  public void setOnlyMissing(boolean onlyMissing) {
    this.onlyMissing = onlyMissing;
  }

  public String groupName(UnitGroup unitGroup) {
    return unitGroup.name().in(language.getCode());
  }
}
