package org.ictindex.scoring.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

  @Test
  void membersAndItemsAreOnTheirOwnLinesIndentedByTwoSpacesInTheGivenOrder() {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("z", 1);
    inner.put("a", List.of(true, false));
    Map<String, Object> outer = new LinkedHashMap<>();
    outer.put("year", 2013);
    outer.put("inner", inner);
    outer.put("nothing", null);

    assertThat(CanonicalJson.write(outer))
        .isEqualTo(
            """
            {
              "year": 2013,
              "inner": {
                "z": 1,
                "a": [
                  true,
                  false
                ]
              },
              "nothing": null
            }
            """);
  }

  @Test
  void emptyObjectsAndArraysStayOnOneLine() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("units", List.of());
    json.put("statistics", Map.of());

    assertThat(CanonicalJson.write(json))
        .isEqualTo("{\n  \"units\": [],\n  \"statistics\": {}\n}\n");
  }

  @Test
  void onlyQuotesBackslashesAndControlCharactersAreEscaped() {
    String text = "Bộ \"Tài chính\" \\ a/b\n\t\r\b\f\u0001 ₫";

    assertThat(CanonicalJson.write(text))
        .isEqualTo("\"Bộ \\\"Tài chính\\\" \\\\ a/b\\n\\t\\r\\b\\f\\u0001 ₫\"\n");
  }

  @Test
  void decimalsAreWrittenInPlainNotationWithTheirScale() {
    List<Object> numbers =
        Arrays.asList(
            new BigDecimal("1E+3"), new BigDecimal("0.50"), new BigDecimal("1E-7"), 42L, -1);

    assertThat(CanonicalJson.write(numbers))
        .isEqualTo("[\n  1000,\n  0.50,\n  0.0000001,\n  42,\n  -1\n]\n");
  }

  @Test
  void typesWithoutACanonicalFormAreRefused() {
    assertThatThrownBy(() -> CanonicalJson.write(List.of(1.5d)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Double");
  }
}
