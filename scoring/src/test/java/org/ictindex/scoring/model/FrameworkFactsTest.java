package org.ictindex.scoring.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which nodes exist for a group and their maxima, as the framework answers them (§1, §3). */
class FrameworkFactsTest {

  private static final Rule TEN = new Rule.Bool(BigDecimal.TEN);

  /**
   * A: everyone; A.1 for cities only; A.1.1 names provinces but sits under a node for cities, so it
   * exists for no group; B for provinces with a weight of 2.
   */
  private static final Framework FRAMEWORK =
      new Framework(
          "F",
          2024,
          LocalizedText.of("Khung", "Framework"),
          MissingPolicy.EXCLUDE,
          List.of(
              new UnitGroup("PROVINCE", LocalizedText.of("Tỉnh", "Province")),
              new UnitGroup("CITY", LocalizedText.of("Thành phố", "City"))),
          List.of(),
          List.of(
              node(
                  "A",
                  "1",
                  Set.of(),
                  null,
                  node(
                      "A.1",
                      "1",
                      Set.of("CITY"),
                      null,
                      node("A.1.1", "1", Set.of("PROVINCE"), TEN),
                      node("A.1.2", "1", Set.of(), new Rule.Bool(new BigDecimal("4")))),
                  node("A.2", "0.5", Set.of(), TEN)),
              node("B", "2", Set.of("PROVINCE"), null, node("B.1", "1", Set.of(), TEN))));

  @Test
  void aNodeExistsOnlyWhenEveryAncestorAppliesToTheGroup() {
    assertThat(codes(FRAMEWORK.nodesFor("PROVINCE"))).containsExactly("A", "A.2", "B", "B.1");
    assertThat(codes(FRAMEWORK.nodesFor("CITY"))).containsExactly("A", "A.1", "A.1.2", "A.2");
    assertThat(FRAMEWORK.exists("A.1.1", "PROVINCE")).isFalse();
    assertThat(FRAMEWORK.exists("A.1.1", "CITY")).isFalse();
    assertThat(FRAMEWORK.exists("TOTAL", "CITY")).isTrue();
    assertThat(FRAMEWORK.exists("B.1", "PROVINCE")).isTrue();
  }

  @Test
  void theIndicatorsOfAGroupAreItsExistingLeavesInDocumentOrder() {
    assertThat(codes(FRAMEWORK.indicatorsFor("PROVINCE"))).containsExactly("A.2", "B.1");
    assertThat(codes(FRAMEWORK.indicatorsFor("CITY"))).containsExactly("A.1.2", "A.2");
  }

  @Test
  void aMaximumCountsOnlyTheWeightedChildrenThatExistForTheGroup() {
    Map<String, BigDecimal> province = FRAMEWORK.maxima("PROVINCE");
    assertThat(province.keySet()).containsExactly("TOTAL", "A", "A.2", "B", "B.1");
    assertThat(province.get("A")).isEqualByComparingTo("5");
    assertThat(province.get("B")).isEqualByComparingTo("10");
    assertThat(province.get("TOTAL")).isEqualByComparingTo("25");

    Map<String, BigDecimal> city = FRAMEWORK.maxima("CITY");
    assertThat(city.get("A.1")).isEqualByComparingTo("4");
    assertThat(city.get("A")).isEqualByComparingTo("9");
    assertThat(city.get("TOTAL")).isEqualByComparingTo("9");
  }

  @Test
  void theMaximumOverEveryChildIgnoresGroups() {
    Node a = FRAMEWORK.nodes().get(0);
    assertThat(a.maximumOverEveryChild()).isEqualByComparingTo("19");
  }

  private static List<String> codes(List<Node> nodes) {
    return nodes.stream().map(Node::code).toList();
  }

  private static Node node(
      String code, String weight, Set<String> appliesTo, Rule rule, Node... children) {
    return new Node(
        code,
        LocalizedText.of(code, code),
        new BigDecimal(weight),
        appliesTo,
        null,
        rule,
        List.of(children));
  }
}
