package org.ictindex.scoring.pkg;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ictindex.scoring.json.CanonicalJson;
import org.ictindex.scoring.model.Rule;

/**
 * A rule as framework.json writes it: the package's {@code rule} member, and on its own the one
 * canonical value in which a stored framework keeps an indicator's rule. Numbers keep the text they
 * were read with ({@code 0.50} stays {@code 0.50}), so a framework read back writes the same bytes.
 */
public final class RuleJson {

  private static final String SOURCE = "rule";

  private RuleJson() {}

  /** The rule in {@link CanonicalJson} form, for example {@code {"type": "boolean", ...}}. */
  public static String write(Rule rule) {
    return CanonicalJson.write(toJson(rule));
  }

  /**
   * Reads what {@link #write} wrote, with the checks framework.json's rules get.
   *
   * @throws IllegalArgumentException when the text is not a valid rule
   */
  public static Rule read(String json) {
    ErrorList errors = new ErrorList();
    JsonTree tree = JsonTreeParser.parse(SOURCE, json, errors);
    Rule rule = tree == null ? null : FrameworkReader.rule(tree, errors);
    if (rule == null || !errors.isEmpty()) {
      throw new IllegalArgumentException(
          "Not a rule: "
              + errors.inReportOrder().stream().map(error -> error.format("en")).toList());
    }
    return rule;
  }

  /** The rule's members in the order of package-format.md: {@code type} first. */
  static Map<String, Object> toJson(Rule rule) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("type", rule.type());
    json.putAll(rule.match(RuleJson::linear, RuleJson::bands, RuleJson::bool));
    return json;
  }

  private static Map<String, Object> linear(Rule.Linear linear) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("min", linear.min());
    json.put("max", linear.max());
    json.put("points", linear.points());
    return json;
  }

  private static Map<String, Object> bands(Rule.Bands bands) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("bands", bands.bands().stream().map(RuleJson::band).toList());
    return json;
  }

  private static Map<String, Object> band(Rule.Band band) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("from", band.from());
    json.put("points", band.points());
    return json;
  }

  private static Map<String, Object> bool(Rule.Bool bool) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("points", bool.points());
    return json;
  }
}
