package org.ictindex.admin.entry;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ictindex.admin.view.Feedback;
import org.ictindex.domain.cycle.CycleStatus;
import org.ictindex.domain.cycle.DataEntry;
import org.ictindex.domain.cycle.InvalidValuesException;
import org.ictindex.domain.cycle.ValueEdit;
import org.ictindex.domain.cycle.ValueSheet;
import org.ictindex.domain.language.CurrentLanguage;
import org.ictindex.domain.language.LocalizedException;
import org.ictindex.scoring.model.Node;
import org.ictindex.scoring.model.Unit;

/**
 * One unit's values of a year as a form, under their criteria: every changed value and note is
 * saved together, or none when any is refused.
 */
@Named
@ViewScoped
public class UnitValuesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A line of the form: a criterion's heading, or an indicator with its value and note. */
  public static final class Line implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final String name;
    private final int depth;
    private final boolean indicator;
    private final String rule;
    private String value;
    private String note;
    private String savedValue;
    private String savedNote;
    private Long version;
    private String problem;

    Line(
        String code, String name, int depth, boolean indicator, String rule, ValueSheet.Cell cell) {
      this.code = code;
      this.name = name;
      this.depth = depth;
      this.indicator = indicator;
      this.rule = rule;
      remember(cell);
    }

    private void remember(ValueSheet.Cell cell) {
      value = cell == null ? "" : cell.value();
      note = cell == null ? "" : cell.note();
      savedValue = value;
      savedNote = note;
      version = cell == null ? null : cell.version();
      problem = null;
    }

    boolean isChanged() {
      return indicator && (!value.equals(savedValue) || !note.equals(savedNote));
    }

    public String getCode() {
      return code;
    }

    public String getName() {
      return name;
    }

    public int getDepth() {
      return depth;
    }

    public boolean isIndicator() {
      return indicator;
    }

    public String getRule() {
      return rule;
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

    public void setNote(String note) {
      this.note = note == null ? "" : note.strip();
    }

    public String getProblem() {
      return problem;
    }
  }

  @Inject private DataEntry dataEntry;
  @Inject private Feedback feedback;
  @Inject private CurrentLanguage language;

  private int year;
  private String unit;
  private String unitName;
  private String groupCode;
  private CycleStatus status;
  private final List<Line> lines = new ArrayList<>();

  /** Reads the unit's values, and no other unit's; an unknown year or unit is not found (404). */
  public void load() throws IOException {
    ValueSheet sheet = feedback.attempt(() -> dataEntry.unitSheet(year, unit));
    if (sheet == null) {
      // A mistyped address, not a fault: the not-found page, and nothing in the log.
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
      faces.responseComplete();
      return;
    }
    Unit found = sheet.units().get(0);
    status = sheet.status();
    unitName = found.name().in(language.getCode());
    groupCode = found.groupCode();
    lines.clear();
    Set<Node> existing = new HashSet<>(sheet.framework().nodesFor(groupCode));
    sheet.framework().nodes().forEach(node -> add(node, 1, sheet, existing));
  }

  private void add(Node node, int depth, ValueSheet sheet, Set<Node> existing) {
    if (!existing.contains(node)) {
      return;
    }
    lines.add(
        new Line(
            node.code(),
            node.name().in(language.getCode()),
            depth,
            node.isLeaf(),
            node.isLeaf()
                ? node.rule().describe(BigDecimal::toPlainString).in(language.getCode())
                : "",
            node.isLeaf() ? sheet.cell(unit, node.code()) : null));
    node.children().forEach(child -> add(child, depth + 1, sheet, existing));
  }

  /** Saves every changed line together. */
  public void save() {
    List<Line> changed = lines.stream().filter(Line::isChanged).toList();
    if (changed.isEmpty()) {
      feedback.infoKey("unitValues.nothingChanged");
      return;
    }
    List<ValueEdit> edits =
        changed.stream()
            .map(line -> new ValueEdit(line.code, line.value, line.note, line.version))
            .toList();
    lines.forEach(line -> line.problem = null);
    try {
      int saved = dataEntry.saveUnit(year, unit, edits);
      reload();
      feedback.infoKey("unitValues.saved", saved);
    } catch (InvalidValuesException refused) {
      Map<String, InvalidValuesException.LocalizedProblem> problems = refused.problems();
      lines.forEach(
          line -> {
            if (problems.containsKey(line.code)) {
              line.problem = problems.get(line.code).in(language.getCode());
            }
          });
      feedback.report(refused);
    } catch (LocalizedException | EJBAccessException refused) {
      feedback.report(refused);
    }
  }

  private void reload() {
    ValueSheet sheet = dataEntry.unitSheet(year, unit);
    lines.stream()
        .filter(Line::isIndicator)
        .forEach(line -> line.remember(sheet.cell(unit, line.code)));
  }

  public boolean isEditable(boolean editor) {
    return editor && status.isEditable();
  }

  public List<Line> getLines() {
    return lines;
  }

  public String getUnitName() {
    return unitName;
  }

  public String getGroupCode() {
    return groupCode;
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }
}
