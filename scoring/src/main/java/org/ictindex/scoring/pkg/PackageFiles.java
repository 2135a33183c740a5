package org.ictindex.scoring.pkg;

import java.util.List;

/** The names of the files of a cycle package and the columns of its CSV files. */
public final class PackageFiles {

  public static final String FRAMEWORK_JSON = "framework.json";
  public static final String UNITS_CSV = "units.csv";
  public static final String VALUES_CSV = "values.csv";

  /** The files of a package, in the order they are read, reported and written. */
  public static final List<String> ALL = List.of(FRAMEWORK_JSON, UNITS_CSV, VALUES_CSV);

  public static final String UNIT_CODE = "unit_code";
  public static final String GROUP_CODE = "group_code";
  public static final String NAME_VI = "name_vi";
  public static final String NAME_EN = "name_en";
  public static final String PREDECESSORS = "predecessors";
  public static final String INDICATOR_CODE = "indicator_code";
  public static final String VALUE = "value";
  public static final String NOTE = "note";

  /**
   * The columns of units.csv as written; {@code name_en} and {@code predecessors} may be left out.
   */
  public static final List<String> UNITS_COLUMNS =
      List.of(UNIT_CODE, GROUP_CODE, NAME_VI, NAME_EN, PREDECESSORS);

  /** The columns of values.csv as written; {@code note} may be left out. */
  public static final List<String> VALUES_COLUMNS = List.of(UNIT_CODE, INDICATOR_CODE, VALUE, NOTE);

  /** Separates the codes in the {@code predecessors} column. */
  public static final String PREDECESSOR_SEPARATOR = "|";

  private PackageFiles() {}
}
