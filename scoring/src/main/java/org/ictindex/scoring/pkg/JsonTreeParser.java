package org.ictindex.scoring.pkg;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses strict JSON (no comments, no NaN, no trailing commas, one value per file) into a {@link
 * JsonTree} with Jackson's token locations. A syntax error ends the parse; a repeated member name
 * does not, so that every repetition is reported.
 */
final class JsonTreeParser {

  private static final JsonFactory FACTORY = new JsonFactory();

  /** How Jackson names NaN, Infinity and -Infinity, which strict JSON does not allow. */
  private static final Pattern NOT_FINITE_TOKEN = Pattern.compile("Non-standard token '([^']+)'");

  private final String file;
  private final ErrorList errors;

  private JsonTreeParser(String file, ErrorList errors) {
    this.file = file;
    this.errors = errors;
  }

  /** Returns the tree, or null after reporting a syntax error. */
  static JsonTree parse(String file, String text, ErrorList errors) {
    return new JsonTreeParser(file, errors).parse(text);
  }

  private JsonTree parse(String text) {
    try (JsonParser parser = FACTORY.createParser(text)) {
      if (parser.nextToken() == null) {
        errors.add(file, 1, 1, "Tệp %s trống.".formatted(file), "%s is empty.".formatted(file));
        return null;
      }
      JsonTree root = value(parser);
      if (parser.nextToken() != null) {
        JsonLocation extra = parser.currentTokenLocation();
        errors.add(
            file,
            extra.getLineNr(),
            extra.getColumnNr(),
            "Sau giá trị JSON chính còn có nội dung thừa.",
            "There is more content after the JSON value.");
        return null;
      }
      return root;
    } catch (JsonEOFException end) {
      JsonLocation at = end.getLocation();
      errors.add(
          file,
          at.getLineNr(),
          at.getColumnNr(),
          "JSON kết thúc đột ngột: thiếu dấu đóng } hoặc ] hay dấu \" kết thúc chuỗi.",
          "The JSON ends too early: a closing } or ] or the \" ending a string is missing.");
      return null;
    } catch (JsonProcessingException syntax) {
      JsonLocation at = syntax.getLocation();
      int line = at == null ? 0 : at.getLineNr();
      int column = at == null ? 0 : at.getColumnNr();
      Matcher notFinite = NOT_FINITE_TOKEN.matcher(syntax.getOriginalMessage());
      if (notFinite.find()) {
        // Jackson's own wording advises enabling a parser feature, which is no help to an assessor.
        errors.add(
            file,
            line,
            column,
            "\"%s\" không phải là một số hữu hạn; hãy viết một số thập phân như 1 hoặc 0.5."
                .formatted(notFinite.group(1)),
            "\"%s\" is not a finite number; write a decimal such as 1 or 0.5."
                .formatted(notFinite.group(1)));
        return null;
      }
      errors.add(
          file,
          line,
          column,
          "JSON sai cú pháp tại đây (%s).".formatted(syntax.getOriginalMessage()),
          "Invalid JSON here (%s).".formatted(syntax.getOriginalMessage()));
      return null;
    } catch (IOException unexpected) {
      // Reading a String cannot fail with anything but a syntax error.
      throw new IllegalStateException(unexpected);
    }
  }

  /** Reads the value whose first token is the parser's current token. */
  private JsonTree value(JsonParser parser) throws IOException {
    JsonLocation at = parser.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    return switch (parser.currentToken()) {
      case START_OBJECT -> object(parser, line, column);
      case START_ARRAY -> array(parser, line, column);
      case VALUE_STRING -> new JsonTree.Str(parser.getText(), line, column);
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
          new JsonTree.Num(parser.getDecimalValue(), line, column);
      case VALUE_TRUE -> new JsonTree.Bool(true, line, column);
      case VALUE_FALSE -> new JsonTree.Bool(false, line, column);
      case VALUE_NULL -> new JsonTree.Null(line, column);
      default -> throw new IllegalStateException("Unexpected token " + parser.currentToken());
    };
  }

  private JsonTree object(JsonParser parser, int line, int column) throws IOException {
    List<JsonTree.Member> members = new ArrayList<>();
    Map<String, JsonTree.Member> byName = new HashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      JsonLocation at = parser.currentTokenLocation();
      String name = parser.currentName();
      parser.nextToken();
      JsonTree.Member member =
          new JsonTree.Member(name, value(parser), at.getLineNr(), at.getColumnNr());
      JsonTree.Member first = byName.putIfAbsent(name, member);
      if (first == null) {
        members.add(member);
      } else {
        errors.add(
            file,
            member.line(),
            member.column(),
            "Trường \"%s\" bị lặp lại (đã có ở dòng %d).".formatted(name, first.line()),
            "Field \"%s\" is repeated (already on line %d).".formatted(name, first.line()));
      }
    }
    return new JsonTree.Obj(members, line, column);
  }

  private JsonTree array(JsonParser parser, int line, int column) throws IOException {
    List<JsonTree> items = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      items.add(value(parser));
    }
    return new JsonTree.Arr(items, line, column);
  }
}
