package org.ictindex.domain.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.ictindex.scoring.model.IndicatorValue;
import org.junit.jupiter.api.Test;

/** The text that LOAD DATA reads: its default format, with its escapes. */
class StreamedValueLoadTest {

  @Test
  void rowsAreTabSeparatedWithMissingValuesAsBackslashN() throws IOException {
    List<IndicatorValue> values =
        List.of(
            new IndicatorValue("11", "HT.1", new BigDecimal("12.50"), ""),
            new IndicatorValue("BTC", "HT.2", null, "Điện Biên"));

    assertThat(text(values)).isEqualTo("0\t11\tHT.1\t12.50\t\n1\tBTC\tHT.2\t\\N\tĐiện Biên\n");
  }

  @Test
  void separatorsAndBackslashesInsideANoteAreEscaped() throws IOException {
    List<IndicatorValue> values =
        List.of(new IndicatorValue("11", "HT.1", BigDecimal.ONE, "a\tb\nc\rd\\N\0e"));

    assertThat(text(values)).isEqualTo("0\t11\tHT.1\t1\ta\\tb\\nc\\rd\\\\N\\0e\n");
  }

  @Test
  void manyRowsComeOutInChunksWithNothingLostBetweenThem() throws IOException {
    List<IndicatorValue> values = new ArrayList<>();
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 50_000; i++) {
      values.add(new IndicatorValue("U" + i, "HT.1", new BigDecimal(i), "ghi chú " + i));
      expected.append(i).append("\tU").append(i).append("\tHT.1\t").append(i);
      expected.append("\tghi chú ").append(i).append('\n');
    }

    assertThat(text(values)).isEqualTo(expected.toString());
  }

  private static String text(List<IndicatorValue> values) throws IOException {
    try (InputStream rows = new StreamedValueLoad.ValueRows(values)) {
      return new String(rows.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
