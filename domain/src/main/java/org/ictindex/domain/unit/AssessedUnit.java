package org.ictindex.domain.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.ictindex.domain.cycle.Cycle;
import org.ictindex.domain.framework.Texts;
import org.ictindex.scoring.model.Unit;

/** A unit as assessed in one year; its code is its identity across years. */
@Entity
@Table(name = "unit")
public class AssessedUnit {

  private static final String PREDECESSOR_SEPARATOR = "|";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "cycle_id")
  private Cycle cycle;

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "code", nullable = false, length = 64)
  private String code;

  @Column(name = "group_code", nullable = false, length = 64)
  private String groupCode;

  @Column(name = "name_vi", nullable = false, length = 500)
  private String nameVi;

  @Column(name = "name_en", nullable = false, length = 500)
  private String nameEn;

  /** Codes of the units it was formed from, separated by {@code |}; empty otherwise. */
  @Column(name = "predecessors", nullable = false, length = 1000)
  private String predecessors;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected AssessedUnit() {}

  /**
   * Stores units in JDBC batches (a year holds thousands, and generated ids keep EclipseLink from
   * batching its own inserts): the cycle's id is parameter 1, {@link #bind} sets the others.
   */
  public static final String INSERT =
      "INSERT INTO unit (cycle_id, position, code, group_code, name_vi, name_en, predecessors,"
          + " version) VALUES (?, ?, ?, ?, ?, ?, ?, 0)";

  /** Sets the unit's columns of {@link #INSERT}. */
  public static void bind(PreparedStatement insert, int position, Unit unit) throws SQLException {
    insert.setInt(2, position);
    insert.setString(3, unit.code());
    insert.setString(4, unit.groupCode());
    insert.setString(5, unit.name().vi());
    insert.setString(6, Texts.orEmpty(unit.name().en()));
    insert.setString(7, String.join(PREDECESSOR_SEPARATOR, unit.predecessors()));
  }

  public Unit toModel() {
    List<String> predecessorCodes =
        predecessors.isEmpty()
            ? List.of()
            : Arrays.asList(
                predecessors.split(java.util.regex.Pattern.quote(PREDECESSOR_SEPARATOR)));
    return new Unit(code, groupCode, Texts.localized(nameVi, nameEn), predecessorCodes);
  }

  public String code() {
    return code;
  }

  public String groupCode() {
    return groupCode;
  }

  public int position() {
    return position;
  }
}
