package org.ictindex.domain.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.Framework;
import org.ictindex.scoring.model.IndicatorValue;
import org.ictindex.scoring.model.LocalizedText;
import org.ictindex.scoring.model.MissingPolicy;
import org.ictindex.scoring.model.Node;
import org.ictindex.scoring.model.RatingClass;
import org.ictindex.scoring.model.Rule;
import org.ictindex.scoring.model.Unit;
import org.ictindex.scoring.model.UnitGroup;
import org.ictindex.scoring.pkg.PackageWriter;

/**
 * Small, valid cycle packages for tests: one group of provinces, two criteria with two indicators
 * each, and values given per unit.
 */
public final class TestPackages {

  private TestPackages() {}

  /**
   * A package for the year in which unit {@code P<i>} has the values {@code values[i]} for the
   * indicators HT.1 (linear 0–100, 10 points), HT.2 (boolean, 5 points), NL.1 (bands) and NL.2
   * (linear, lower is better); {@code null} is a missing value.
   */
  public static CyclePackage provinces(int year, BigDecimal[]... values) {
    List<Unit> units = new ArrayList<>();
    List<IndicatorValue> rows = new ArrayList<>();
    String[] indicators = {"HT.1", "HT.2", "NL.1", "NL.2"};
    for (int i = 0; i < values.length; i++) {
      String code = "P" + (i + 1);
      units.add(
          new Unit(code, "PROVINCE", text("Tỉnh số " + (i + 1), "Province " + (i + 1)), List.of()));
      for (int j = 0; j < indicators.length; j++) {
        rows.add(new IndicatorValue(code, indicators[j], values[i][j], ""));
      }
    }
    return new CyclePackage(framework(year), units, rows);
  }

  /** Values for one unit, from decimal strings ({@code null} for missing). */
  public static BigDecimal[] unit(String... values) {
    BigDecimal[] decimals = new BigDecimal[values.length];
    for (int i = 0; i < values.length; i++) {
      decimals[i] = values[i] == null ? null : new BigDecimal(values[i]);
    }
    return decimals;
  }

  public static byte[] zip(CyclePackage cyclePackage) {
    return PackageWriter.toZip(cyclePackage);
  }

  /**
   * The package with numbers whose text must survive storage: trailing zeros and decimals in
   * weights and in every kind of rule, and a unit of measure and groups on each indicator.
   */
  public static CyclePackage withExactNumbers(CyclePackage data) {
    Framework framework = data.framework();
    List<Node> nodes =
        framework.nodes().stream()
            .map(
                node ->
                    new Node(
                        node.code(),
                        node.name(),
                        new BigDecimal("1.50"),
                        node.appliesTo(),
                        node.unit(),
                        node.rule(),
                        node.children().stream().map(TestPackages::exact).toList()))
            .toList();
    return new CyclePackage(
        new Framework(
            framework.code(),
            framework.year(),
            framework.name(),
            framework.missing(),
            framework.groups(),
            framework.classes(),
            nodes),
        data.units(),
        data.values());
  }

  private static Node exact(Node leaf) {
    Rule rule =
        leaf.rule()
            .match(
                linear ->
                    new Rule.Linear(
                        linear.min().setScale(2), linear.max().setScale(1), new BigDecimal("2.50")),
                bands ->
                    new Rule.Bands(
                        List.of(
                            new Rule.Band(new BigDecimal("0.0"), new BigDecimal("0.25")),
                            new Rule.Band(new BigDecimal("5"), new BigDecimal("4.00")))),
                bool -> new Rule.Bool(new BigDecimal("5.000")));
    return new Node(
        leaf.code(), leaf.name(), leaf.weight(), Set.of("PROVINCE"), "%", rule, leaf.children());
  }

  private static Framework framework(int year) {
    Node ht =
        new Node(
            "HT",
            text("Hạ tầng kỹ thuật CNTT", "IT infrastructure"),
            BigDecimal.ONE,
            Set.of(),
            null,
            null,
            List.of(
                leaf("HT.1", "Tỷ lệ máy tính", new Rule.Linear(dec("0"), dec("100"), dec("10"))),
                leaf("HT.2", "Có mạng LAN", new Rule.Bool(dec("5")))));
    Node nl =
        new Node(
            "NL",
            text("Nguồn nhân lực", "Human resources"),
            dec("2"),
            Set.of(),
            null,
            null,
            List.of(
                leaf(
                    "NL.1",
                    "Cán bộ chuyên trách",
                    new Rule.Bands(
                        List.of(
                            new Rule.Band(dec("0"), dec("0")), new Rule.Band(dec("5"), dec("4"))))),
                leaf("NL.2", "Tỷ lệ nghỉ việc", new Rule.Linear(dec("50"), dec("0"), dec("6")))));
    return new Framework(
        "TEST-" + year,
        year,
        text("Khung thử nghiệm " + year, "Test framework " + year),
        MissingPolicy.EXCLUDE,
        List.of(new UnitGroup("PROVINCE", text("Tỉnh, thành phố", "Provinces"))),
        List.of(
            new RatingClass("TOT", text("Tốt", "Good"), dec("80")),
            new RatingClass("KHA", text("Khá", "Fair"), dec("65")),
            new RatingClass("TB", text("Trung bình", "Average"), dec("50")),
            new RatingClass("YEU", text("Yếu", "Weak"), dec("0"))),
        List.of(ht, nl));
  }

  private static Node leaf(String code, String nameVi, Rule rule) {
    return new Node(code, text(nameVi, null), BigDecimal.ONE, Set.of(), null, rule, List.of());
  }

  private static LocalizedText text(String vi, String en) {
    return new LocalizedText(vi, en);
  }

  private static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }
}
