package org.ictindex.scoring.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON text in one canonical form, so that equal content always gives equal bytes (and so an
 * equal SHA-256).
 *
 * <ul>
 *   <li>Objects keep the key order of the given map; every member and every array item is on its
 *       own line, indented by two spaces per level; a member is written {@code "key": value}.
 *   <li>Empty objects and arrays are written {@code {}} and {@code []}.
 *   <li>Numbers are written as given: a {@link BigDecimal} in plain notation ({@link
 *       BigDecimal#toPlainString()}, never an exponent), an integer in decimal. Callers decide the
 *       scale (results strip trailing zeros; a package keeps the text it was given).
 *   <li>Strings escape only {@code "}, {@code \} and control characters (as {@code \b \t \n \f \r}
 *       or {@code \}{@code u00xx}); every other character is written as itself, to be encoded as
 *       UTF-8.
 *   <li>Lines end with {@code \n}, including the last one.
 * </ul>
 */
public final class CanonicalJson {

  private static final String INDENT = "  ";

  private CanonicalJson() {}

  /**
   * Writes a value made of {@link Map}s with string keys, {@link List}s, strings, {@link
   * BigDecimal}s, {@link Integer}s, {@link Long}s, booleans and nulls.
   *
   * @throws IllegalArgumentException for any other type, whose text form would not be canonical
   */
  public static String write(Object value) {
    return writeNested(value, 0) + '\n';
  }

  /**
   * Writes a value as it reads inside a document at the given depth of nesting (members and items
   * indented to that depth), without the indentation of its first line and without a line end: a
   * caller can write a large document piece by piece, with the same bytes as {@link #write}.
   */
  public static String writeNested(Object value, int depth) {
    StringBuilder out = new StringBuilder();
    writeValue(value, depth, out);
    return out.toString();
  }

  private static void writeValue(Object value, int depth, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof Map<?, ?> map) {
      writeObject(map, depth, out);
    } else if (value instanceof List<?> list) {
      writeArray(list, depth, out);
    } else if (value instanceof String text) {
      writeString(text, out);
    } else if (value instanceof BigDecimal decimal) {
      out.append(decimal.toPlainString());
    } else if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
      out.append(value);
    } else {
      throw new IllegalArgumentException("No canonical JSON form for " + value.getClass());
    }
  }

  private static void writeObject(Map<?, ?> map, int depth, StringBuilder out) {
    if (map.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append("{\n");
    int written = 0;
    for (Map.Entry<?, ?> member : map.entrySet()) {
      if (!(member.getKey() instanceof String key)) {
        throw new IllegalArgumentException("JSON object keys must be strings: " + member.getKey());
      }
      indent(depth + 1, out);
      writeString(key, out);
      out.append(": ");
      writeValue(member.getValue(), depth + 1, out);
      out.append(++written < map.size() ? ",\n" : "\n");
    }
    indent(depth, out);
    out.append('}');
  }

  private static void writeArray(List<?> list, int depth, StringBuilder out) {
    if (list.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append("[\n");
    for (int i = 0; i < list.size(); i++) {
      indent(depth + 1, out);
      writeValue(list.get(i), depth + 1, out);
      out.append(i + 1 < list.size() ? ",\n" : "\n");
    }
    indent(depth, out);
    out.append(']');
  }

  private static void writeString(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\f' -> out.append("\\f");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static void indent(int depth, StringBuilder out) {
    out.append(INDENT.repeat(depth));
  }
}
