package org.ictindex.publicweb.view;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompactHtmlTest {

  @Test
  void indentationAndBlankLinesGoAndEveryLineBreakAndWordStays() {
    String page =
        "<tr data-unit=\"79\">\n"
            + "            <td class=\"number\">2</td>\n"
            + "\n"
            + "            <td><a href=\"/units/79/2013\">TP. Hồ Chí Minh</a></td>\r\n"
            + "\t<td>Tốt\n"
            + "                và Khá</td>\n"
            + "          </tr>";

    String compact = new String(CompactHtml.of(page.getBytes(UTF_8)), UTF_8);

    assertThat(compact)
        .isEqualTo(
            "<tr data-unit=\"79\">\n"
                + "<td class=\"number\">2</td>\n"
                + "<td><a href=\"/units/79/2013\">TP. Hồ Chí Minh</a></td>\r\n"
                + "<td>Tốt\n"
                + "và Khá</td>\n"
                + "</tr>");
  }

  @Test
  void spacesWithinALineAreLeftAlone() {
    String line = "<p>Hạng  2 · <span>86,62</span> </p>";

    assertThat(new String(CompactHtml.of(line.getBytes(UTF_8)), UTF_8)).isEqualTo(line);
  }
}
